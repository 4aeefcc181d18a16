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
  return t('housing:taskTitle.documentExpiring', { document, reference: parsed.reference, date: formatLocalDate(parsed.expiresOn, lng) });
}
