import { z } from 'zod';
import { UI_LANGUAGES, type UiLanguage } from './languages';

/**
 * An admin-defined label (a hotline topic, a housing stage …): one text per UI language, German
 * required, every other language optional and shown in German until someone writes it. Stored as
 * a language → text map, so a new UI language needs no new column.
 */
export type LabelMap = { de: string } & Partial<Record<UiLanguage, string>>;

/** The rule of a label map: German required (`<field>.de`), each text at most `max` characters; empty texts are dropped. */
export function labelMap(max: number) {
  const text = z.string().trim().max(max, { error: 'validation:tooLong' });
  return z
    .partialRecord(z.enum(UI_LANGUAGES), text)
    .check((ctx) => {
      if (!ctx.value.de) ctx.issues.push({ code: 'custom', input: ctx.value.de, path: ['de'], message: 'validation:required' });
    })
    .transform((labels) => Object.fromEntries(Object.entries(labels).filter(([, v]) => v)) as LabelMap);
}

/** The label in `lng`, falling back to German. */
export function labelIn(labels: Partial<Record<string, string>> | null | undefined, lng: string): string {
  return labels?.[lng]?.trim() || labels?.de?.trim() || '';
}
