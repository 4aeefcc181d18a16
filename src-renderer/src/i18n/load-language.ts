import type { i18n as I18n, Resource, ResourceKey } from 'i18next';

/**
 * Which texts are in the first download, and how the others arrive.
 *
 * German is the source and every language's fallback, so its texts are bundled with the app; every
 * other language's files are a chunk of their own (see electron.vite.config.ts), fetched from the
 * app's own files the first time that language is needed — as UI language, or as the language of
 * a client form. Nothing is fetched from anywhere else.
 */
const GERMAN = import.meta.glob<ResourceKey>('../../../locales/de/*.json', { eager: true, import: 'default' });
const OTHERS = import.meta.glob<ResourceKey>(['../../../locales/*/*.json', '!../../../locales/de/*.json'], { import: 'default' });

/** `…/locales/<lng>/<ns>.json` → its language and namespace. */
export function localeFileOf(path: string): { lng: string; ns: string } | null {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return match ? { lng: match[1] as string, ns: match[2] as string } : null;
}

/** Every language with texts, and which namespaces each has (some have the client forms only). */
const BUNDLES = new Map<string, Set<string>>();
for (const path of [...Object.keys(GERMAN), ...Object.keys(OTHERS)]) {
  const parsed = localeFileOf(path);
  if (parsed) (BUNDLES.get(parsed.lng) ?? BUNDLES.set(parsed.lng, new Set()).get(parsed.lng))?.add(parsed.ns);
}

export const TEXT_LANGUAGES: readonly string[] = [...BUNDLES.keys()];
export const NAMESPACES: readonly string[] = [...(BUNDLES.get('de') ?? [])];

/** German's texts as i18next resources, for the instance's start. */
export function germanResources(): Resource {
  const bundles: Record<string, ResourceKey> = {};
  for (const [path, content] of Object.entries(GERMAN)) {
    const parsed = localeFileOf(path);
    if (parsed) bundles[parsed.ns] = content;
  }
  return { de: bundles };
}

/** Whether `lng` has a file for `ns` at all (loaded or not). */
export function hasTexts(lng: string, ns: string): boolean {
  return BUNDLES.get(lng)?.has(ns) ?? false;
}

const loading = new Map<string, Promise<void>>();

/**
 * Loads all of a language's files into the instance, once; later calls share the first one's
 * promise. A language without files resolves at once (i18next then falls back to German).
 */
export function loadLanguage(i18n: I18n, lng: string): Promise<void> {
  const known = loading.get(lng);
  if (known) return known;
  const files = Object.entries(OTHERS).filter(([path]) => localeFileOf(path)?.lng === lng);
  const promise = Promise.all(
    files.map(async ([path, load]) => {
      const content = await load();
      i18n.addResourceBundle(lng, localeFileOf(path)?.ns ?? 'common', content, true, true);
    }),
  ).then(() => undefined);
  // A failed fetch (an app file missing) may be retried on the next request.
  promise.catch(() => loading.delete(lng));
  loading.set(lng, promise);
  return promise;
}

/** Whether a language's texts are in the instance (German always is). */
export function isLanguageLoaded(i18n: I18n, lng: string): boolean {
  return lng === 'de' || [...(BUNDLES.get(lng) ?? [])].every((ns) => i18n.hasResourceBundle(lng, ns));
}
