import type { ModuleUi } from '../module-ui';

/** The pool module's pages and hooks into the app frame. */
export const poolUi: ModuleUi = {
  id: 'pool',
  pages: [],
};
