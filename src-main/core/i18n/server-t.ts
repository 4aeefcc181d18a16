import i18next, { type TFunction } from 'i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../contract/languages';
import ar from '../../../locales/ar/server.json' with { type: 'json' };
import de from '../../../locales/de/server.json' with { type: 'json' };
import en from '../../../locales/en/server.json' with { type: 'json' };
import fa from '../../../locales/fa/server.json' with { type: 'json' };
import ru from '../../../locales/ru/server.json' with { type: 'json' };
import tr from '../../../locales/tr/server.json' with { type: 'json' };
import uk from '../../../locales/uk/server.json' with { type: 'json' };

/*
 * Texts the main process writes into files and dialogs a person reads (fee workbook, calendar
 * file, audit export, the start-up failure box), from the same locale resources as the UI:
 * `locales/<lng>/server.json`, so the key test keeps them complete in every UI language.
 * Imported statically, so the Electron bundle and plain Node (browser mode, tests) both have them.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(Object.entries({ de, en, ar, tr, uk, ru, fa }).map(([lng, server]) => [lng, { server }])),
  lng: 'de',
  fallbackLng: 'de',
  supportedLngs: [...UI_LANGUAGES],
  ns: ['server'],
  defaultNS: 'server',
  initAsync: false,
  // Output goes into files and native dialogs, never into HTML.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

/** A `t` in a UI language (the acting user's; German when they chose none). */
export function serverT(lng: UiLanguage | null | undefined): TFunction<'server'> {
  return instance.getFixedT(lng ?? 'de', 'server');
}

/** The UI language for an OS locale list such as Electron's `app.getPreferredSystemLanguages()`. */
export function uiLanguageOf(locales: readonly string[]): UiLanguage {
  for (const locale of locales) {
    const base = locale.toLowerCase().split(/[-_]/)[0];
    const match = UI_LANGUAGES.find((l) => l === base);
    if (match) return match;
  }
  return 'de';
}
