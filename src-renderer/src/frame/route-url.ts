import type { PageParams } from '../modules/module-ui';
import type { PageId, Route } from './pages';

/**
 * The page in the address, so Back, Reload and a link to a record work: `#page=pool.assignment&id=12`
 * (beside browser mode's `token=…`, which stays untouched). Numbers come back as numbers.
 */
const PAGE = 'page';

export function routeFromHash(hash: string): Route | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const page = params.get(PAGE);
  if (!page || !/^[a-z]+(\.[A-Za-z]+)?$/.test(page)) return null;
  const values: Record<string, string | number> = {};
  for (const [key, value] of params) {
    if (key === PAGE || key === 'token') continue;
    values[key] = /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  }
  return { page: page as PageId, params: values };
}

/** The fragment for `route`, keeping every other parameter (the launch token) as it was. */
export function hashWithRoute(hash: string, route: { page: PageId; params: PageParams }): string {
  const current = new URLSearchParams(hash.replace(/^#/, ''));
  const next = new URLSearchParams();
  const token = current.get('token');
  if (token) next.set('token', token);
  next.set(PAGE, route.page);
  for (const [key, value] of Object.entries(route.params)) next.set(key, String(value));
  return `#${next.toString()}`;
}

/**
 * Puts what a page learned after opening into the address without reopening the page (a new
 * call's draft id), so Reload, or a return after a lock, comes back to the same record.
 */
export function rememberInAddress(route: { page: PageId; params: PageParams }): void {
  window.history.replaceState(null, '', hashWithRoute(window.location.hash, route));
}
