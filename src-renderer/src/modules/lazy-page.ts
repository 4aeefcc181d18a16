import { lazy, type ComponentType } from 'react';
import type { PageParams } from './module-ui';

type Page = ComponentType<{ params: PageParams }>;

/**
 * A module page whose code is fetched when it is first opened: it becomes a chunk of its own, so
 * the first download (log-in and start page) does not carry every screen of every module. The
 * frame shows it inside a Suspense boundary.
 */
export function lazyPage<Name extends string>(load: () => Promise<{ [K in Name]: Page }>, name: Name): Page {
  const page: Page = lazy<Page>(async () => ({ default: (await load())[name] }));
  return page;
}
