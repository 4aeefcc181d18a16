import type { ModuleUi } from '../module-ui';

/** The housing module's pages and hooks into the app frame. */
export const housingUi: ModuleUi = {
  id: 'housing',
  pages: [],
};
