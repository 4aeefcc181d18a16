import { ERROR_CODES, MODULES, ROLES } from '../../../src-main/contract';
import { MODULE_DYNAMIC_KEYS } from '../modules/module-keys';

/**
 * Translation keys built at run time, which a text search for literal keys cannot see.
 * The i18n key test counts these as used, and requires each to exist in every language.
 */
export const errorKey = (code: string): string => `errors:${code}`;
export const roleKey = (role: string): string => `common:role.${role}`;
export const moduleKey = (module: string): string => `common:module.${module}`;
export const roleHintKey = (role: string): string => `common:roleHint.${role}`;
export const moduleHintKey = (module: string): string => `common:moduleHint.${module}`;

export const DYNAMIC_KEYS: string[] = [
  ...ERROR_CODES.map(errorKey),
  ...ROLES.map(roleKey),
  ...ROLES.map(roleHintKey),
  ...MODULES.map(moduleKey),
  ...MODULES.map(moduleHintKey),
  ...MODULE_DYNAMIC_KEYS,
];
