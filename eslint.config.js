// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import direction (ARCHITECTURE.md): contract ← core ← shell/web/cli; the renderer sees only the contract. */
const restrict = (patterns) => ['error', { patterns }];

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
    rules: {
      'no-restricted-imports': restrict([
        { regex: '^(?!zod$|\\./[\\w.-]+$)', message: 'The contract imports only zod and itself.' },
      ]),
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron', '**/electron/**', '**/web/**', '**/cli/**', '**/src-renderer/**'], message: 'Core never imports the shell, web, cli or renderer.' },
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
