/** Roles of an installation; which module each working role serves is declared by the module. */
export const ROLES = ['coordinator', 'hotline', 'caseworker', 'reporting', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** UI languages shipped so far; German is the source language. */
export const UI_LANGUAGES = ['de', 'en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const RTL_LANGUAGES: readonly string[] = ['ar', 'fa', 'he', 'ur', 'ps', 'ckb'];
