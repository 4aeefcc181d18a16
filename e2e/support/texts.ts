import fs from 'node:fs';
import path from 'node:path';

const LOCALES = path.resolve(import.meta.dirname, '..', '..', 'locales');
const cache = new Map<string, Record<string, unknown>>();

/**
 * The UI's own text for a key, read from locales/<lng>/<ns>.json, so tests find controls by
 * what a user reads in that language without copying strings that change with the wording.
 * `text('ar', 'common:nav.users')`. Tags like <name> and {{vars}} are filled or dropped.
 */
export function text(lng: string, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, dotted] = key.split(':') as [string, string];
  const file = path.join(LOCALES, lng, `${ns}.json`);
  let resources = cache.get(file);
  if (!resources) {
    resources = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    cache.set(file, resources);
  }
  let value: unknown = resources;
  for (const part of dotted.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`no text for ${lng}/${key}`);
  return value
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
    .replace(/<\/?\w+>/g, '');
}
