// @ts-check
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import direction (src-main/README.md): contract ← core ← shell/web/cli; the renderer sees only the contract. */
const restrict = (patterns) => ['error', { patterns }];

/** Module folders are the ones with a descriptor (core/<module>/module.ts). */
const MODULE_FOLDERS = fs
  .readdirSync('src-main/core', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(`src-main/core/${entry.name}/module.ts`))
  .map((entry) => entry.name);
const moduleImports = MODULE_FOLDERS.flatMap((m) => [`**/core/${m}/**`, `../${m}/**`, `./${m}/**`]);
const CORE_ONLY = ['electron', '**/electron/**', '**/web/**', '**/cli/**', '**/src-renderer/**'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
    },
  },
  {
    files: ['src-main/contract/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        // zod, and the contract's own files: `./x`, or `../x` from a module's folder, never up into src-main.
        { regex: '^(?!zod$|\\./[\\w./-]+$|\\.\\./(?!core/|electron/|web/|cli/|preload/|\\.\\./)[\\w./-]+$)', message: 'The contract imports only zod and itself.' },
      ]),
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: CORE_ONLY, message: 'Core never imports the shell, web, cli or renderer.' }]),
    },
  },
  {
    // The layers every module runs on receive modules' tables and handlers from the composition root.
    files: ['src-main/core/{db,session,router,keys,audit,data-dir}/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: CORE_ONLY, message: 'Core never imports the shell, web, cli or renderer.' },
        { group: [...moduleImports, '**/core/modules', '**/core/composition', '../modules', '../composition'], message: 'This layer imports no module: it receives them from core/composition.ts.' },
      ]),
    },
  },
  {
    // The shell uses the core (and the HTTP transports' client) but composes no module itself.
    files: ['src-main/electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/cli/**', '**/src-renderer/**'], message: 'The shell never imports the cli or the renderer.' },
        { group: [...moduleImports, '**/core/modules', '**/core/composition'], message: 'The shell imports no module: the core composes itself.' },
      ]),
    },
  },
  {
    // Browser mode and the team server run in plain Node, built (out/main/web.js, serve.js) or by tsx:
    // nothing they load may need Electron.
    files: ['src-main/{web,cli}/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['electron', '**/electron/**'], message: 'Browser mode, the team server and the CLI run in plain Node: no electron.' }]),
    },
  },
  {
    files: MODULE_FOLDERS.map((m) => `src-main/core/${m}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: CORE_ONLY, message: 'Core never imports the shell, web, cli or renderer.' },
        { group: ['**/testing/**'], message: 'The test kit (core/testing) is for tests only.' },
      ]),
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/src-main/core/**', '**/src-main/electron/**', '**/src-main/web/**', 'typeorm', 'electron', 'node:*'], message: 'The renderer uses only the contract.' },
      ]),
    },
  },
);
