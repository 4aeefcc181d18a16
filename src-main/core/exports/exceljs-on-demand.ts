import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded the first time a workbook is made rather than when the core starts. With its
 * zip and polyfill stack it is about a thousand CommonJS files, a third of the time the core's
 * worker needs to load; nobody needs it until they import or export a workbook. The builds alias
 * `exceljs` to this file (electron.vite.config.ts, src-main/vitest.config.ts), so the code keeps
 * writing `import ExcelJS from 'exceljs'` and tests run what ships. Every property of the default
 * export is forwarded; a named import would fail the build, not run differently.
 */
const requireFromHere = createRequire(import.meta.url);
let loaded: typeof ExcelJS | undefined;
const exceljs = (): typeof ExcelJS => (loaded ??= requireFromHere('exceljs') as typeof ExcelJS);

const onDemand = new Proxy({} as typeof ExcelJS, {
  get: (_target, property) => Reflect.get(exceljs(), property),
  has: (_target, property) => Reflect.has(exceljs(), property),
});

export default onDemand;
