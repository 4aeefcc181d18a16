/** The app's pages. Routing is plain state: the URL fragment belongs to the browser-mode token. */
export type PageId = 'start' | 'settings' | 'users' | 'organisation';

export const ADMIN_PAGES: readonly PageId[] = ['users', 'organisation'];
