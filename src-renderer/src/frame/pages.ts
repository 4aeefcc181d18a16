import type { PageParams } from '../modules/module-ui';

/**
 * The app's pages. Routing is plain state: the URL fragment belongs to the browser-mode token.
 * Core pages have plain ids; module pages are `<module>.<page>`, e.g. `pool.interpreters`.
 */
export type CorePageId = 'start' | 'team' | 'reports' | 'imports' | 'settings' | 'users' | 'organisation' | 'audit' | 'dataProtection' | 'accessibility';
export type PageId = CorePageId | `${string}.${string}`;

export const ADMIN_PAGES: readonly PageId[] = ['users', 'organisation', 'audit', 'dataProtection'];

/** Council reports: the reporting role and admins (the core checks the same roles). */
export const canSeeReports = (roles: readonly string[]): boolean => roles.includes('reporting') || roles.includes('admin');

export interface Route {
  page: PageId;
  params: PageParams;
}
