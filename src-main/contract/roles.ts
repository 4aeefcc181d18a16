/** Roles of an installation; which module each working role serves is declared by the module. */
export const ROLES = ['coordinator', 'hotline', 'caseworker', 'reporting', 'admin'] as const;
export type Role = (typeof ROLES)[number];
