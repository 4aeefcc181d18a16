import { z } from 'zod';

/**
 * Exporting a list (interpreters, assignments, calls, employers, cases) as the screen shows it:
 * every list's export channel takes the same shape — the list's own filter without paging (every
 * page is exported), the columns in screen order, and the screen's words in the user's language
 * (headings, status words, language names), because the core keeps no translations.
 */
export const LIST_EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ListExportFormat = (typeof LIST_EXPORT_FORMATS)[number];

export const listExportTexts = z.strictObject({
  /** The sheet's name (the list's heading). */
  title: z.string().min(1).max(120),
  /** Column id → heading as on screen. */
  headers: z.record(z.string().max(60), z.string().max(120)),
  /** Translation key of a value word (`pool:status.done`, `lang.ar`) → the word on screen. */
  words: z.record(z.string().max(120), z.string().max(200)).refine((w) => Object.keys(w).length <= 2000),
});
export type ListExportTexts = z.infer<typeof listExportTexts>;

/** The input of `<module>.<list>Export`: format, the list's filter, the shown columns in order, the words. */
export function listExportInput<F extends z.ZodType, const C extends readonly [string, ...string[]]>(filter: F, columns: C) {
  return z.strictObject({
    format: z.enum(LIST_EXPORT_FORMATS),
    filter,
    columns: z
      .array(z.enum(columns))
      .min(1)
      .max(columns.length)
      .refine((c) => new Set(c).size === c.length),
    texts: listExportTexts,
  });
}
