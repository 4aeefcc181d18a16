/** Roles and modules of an installation; see BRIEF.md "Who uses it". */

export const ROLES = ['coordinator', 'hotline', 'caseworker', 'reporting', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Modules an installation can switch on; the city and the charity are separate controllers. */
export const MODULES = ['pool', 'hotline', 'housing'] as const;
export type ModuleId = (typeof MODULES)[number];

/** Which module a working role serves. `reporting` and `admin` span modules. */
export const ROLE_MODULE: Readonly<Partial<Record<Role, ModuleId>>> = {
  coordinator: 'pool', // Sprachmittlerpool
  hotline: 'hotline', // Arbeitgeberinfo
  caseworker: 'housing', // Auszug aus städtischen Unterkünften
};

/** UI languages shipped so far; German is the source language. */
export const UI_LANGUAGES = ['de', 'en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const RTL_LANGUAGES: readonly string[] = ['ar', 'fa', 'he', 'ur', 'ps', 'ckb'];

/** Modules a user may open: the installation's modules that one of their roles serves. */
export function modulesForRoles(roles: readonly Role[], enabled: readonly ModuleId[]): ModuleId[] {
  return enabled.filter((m) => roles.some((r) => ROLE_MODULE[r] === m));
}
