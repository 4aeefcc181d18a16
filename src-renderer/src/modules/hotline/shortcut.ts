import type { ModuleShortcut } from '../module-ui';

/**
 * F2 opens the call screen from anywhere: browsers do not reserve it (F1 help, F3 find, F5
 * reload, F6 address bar, F11 full screen, F12 tools do), and it needs no modifier, which
 * on Windows could switch the keyboard layout (Alt+Shift).
 */
export const CALL_SHORTCUT: ModuleShortcut = {
  key: 'F2',
  display: 'F2',
  labelKey: 'hotline:nav.call',
  page: 'hotline.call',
};
