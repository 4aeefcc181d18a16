import { TASK_KINDS } from '../../../src-main/contract';

/** `hotline.callBack` → `hotline:taskKind.callBack`: each module names its task kinds in its namespace. */
export function taskKindKey(kind: string): string {
  const dot = kind.indexOf('.');
  return `${kind.slice(0, dot)}:taskKind.${kind.slice(dot + 1)}`;
}

/** Each module's `keys.ts` lists the translation keys it builds at run time (no React there: the i18n check runs in Node). */
const moduleKeyFiles = import.meta.glob<string[]>('./*/keys.ts', { eager: true, import: 'dynamicKeys' });

/** Runtime-built keys of all modules and the task kinds the contract declares, for the i18n check. */
export const MODULE_DYNAMIC_KEYS: string[] = [...TASK_KINDS.map(taskKindKey), ...Object.values(moduleKeyFiles).flat()];
