import { hotlineDynamicKeys, hotlineTaskKinds } from './hotline/keys';
import { housingDynamicKeys, housingTaskKinds } from './housing/keys';
import { poolDynamicKeys, poolTaskKinds } from './pool/keys';

/** `hotline.callBack` → `hotline:taskKind.callBack`: each module names its task kinds in its namespace. */
export function taskKindKey(kind: string): string {
  const dot = kind.indexOf('.');
  return `${kind.slice(0, dot)}:taskKind.${kind.slice(dot + 1)}`;
}

/** Runtime-built keys of all modules, for the i18n check (no React imports here). */
export const MODULE_DYNAMIC_KEYS: string[] = [
  ...[...poolTaskKinds, ...hotlineTaskKinds, ...housingTaskKinds].map(taskKindKey),
  ...poolDynamicKeys,
  ...hotlineDynamicKeys,
  ...housingDynamicKeys,
];
