import type { TFunction } from 'i18next';
import { parseDocumentExpiryTitle } from '../../../../src-main/contract/housing';
import { formatLocalDate } from '../../i18n/date-locale';
import { documentKindKey } from './keys';

/** "Ausweis / Aufenthaltstitel läuft ab · HH-2026-001 · 11.06.2027" from the stored reminder title. */
export function housingTaskTitle(task: { kind: string; title: string }, t: TFunction, lng: string): string | null {
  if (task.kind !== 'housing.documentExpiring') return null;
  const parsed = parseDocumentExpiryTitle(task.title);
  if (!parsed) return null;
  const document = parsed.kind === 'custom' ? (parsed.customLabel ?? '') : t(documentKindKey(parsed.kind));
  // Each part isolated (FSI … PDI): a Latin reference and a date between Arabic words keep their order.
  const isolate = (text: string) => `\u2068${text}\u2069`;
  return t('housing:taskTitle.documentExpiring', { document: isolate(document), reference: isolate(parsed.reference), date: isolate(formatLocalDate(parsed.expiresOn, lng)) });
}
