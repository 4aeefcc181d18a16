import type { ModuleUi } from '../module-ui';

/** The hotline module's pages and hooks into the app frame. */
export const hotlineUi: ModuleUi = {
  id: 'hotline',
  pages: [],
};
