import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowSettings {
  /** Developer tools stay available in development and are switched off in a packaged build. */
  devTools: boolean;
  icon?: string;
}

/**
 * The one window's options. Every web preference that could hand the page more power than a
 * browser tab is set explicitly, so a change in Electron's defaults cannot loosen it silently;
 * window-options.test.ts asserts each one.
 */
export function mainWindowOptions(
  preloadPath: string,
  settings: MainWindowSettings = { devTools: false },
): BrowserWindowConstructorOptions {
  return {
    title: 'Brücke',
    ...(settings.icon ? { icon: settings.icon } : {}),
    width: 1280,
    height: 840,
    // Small enough for a laptop beside a phone call, large enough for the two-column forms.
    minWidth: 960,
    minHeight: 600,
    backgroundColor: '#f7f7f5',
    // Shown on ready-to-show, so staff never see a blank white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // The spell checker would download dictionaries from Google; this app makes no remote calls.
      spellcheck: false,
      devTools: settings.devTools,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
