import { DOCUMENT_KINDS, type DocumentKind } from './values';

/**
 * The stored title of a "document expiring" reminder: `HH-2026-001 · 2027-06-11 · wbs`. Tasks keep
 * one title for everyone, so it holds what the reminder is about in a form each user's screen
 * words in their own language ("Aufenthaltstitel läuft ab · HH-2026-001 · 11.06.2027"): the
 * household's reference, the expiry date and the document's kind (or a custom document's label).
 */
export interface DocumentExpiryTitle {
  reference: string;
  expiresOn: string;
  kind: DocumentKind;
  customLabel: string | null;
}

const SEPARATOR = ' · ';

export function documentExpiryTitle(d: DocumentExpiryTitle): string {
  const document = d.kind === 'custom' ? (d.customLabel ?? '') : d.kind;
  return [d.reference, d.expiresOn, document].join(SEPARATOR);
}

/** Null for a title written before the document was named (`HH-2026-001 · 2027-06-11`). */
export function parseDocumentExpiryTitle(title: string): DocumentExpiryTitle | null {
  const [reference, expiresOn, ...rest] = title.split(SEPARATOR);
  if (!reference || !expiresOn || rest.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn)) return null;
  const document = rest.join(SEPARATOR);
  const builtIn = (DOCUMENT_KINDS as readonly string[]).includes(document) && document !== 'custom';
  return { reference, expiresOn, kind: builtIn ? (document as DocumentKind) : 'custom', customLabel: builtIn ? null : document };
}
