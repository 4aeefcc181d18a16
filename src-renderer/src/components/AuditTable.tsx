import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../src-main/contract';
import { formatDateTime } from '../i18n/date-locale';
import { auditActionKey } from '../i18n/dynamic-keys';
import { TableScroll } from './TableScroll';

/** Recorded details as short `key: value` pairs: filters, counts, names of changed fields. */
function detailsText(details: Record<string, unknown> | null): string {
  if (!details) return '';
  return Object.entries(details)
    .filter(([, v]) => v !== '' && v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

/** Audit entries as a dense table; `showRecord` false in a record's own history tab. */
export function AuditTable({ entries, labelledBy, showRecord = true }: { entries: AuditEntryView[]; labelledBy: string; showRecord?: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  return (
    // Focusable, so a keyboard can scroll a long row of details (axe: scrollable-region-focusable).
    <TableScroll labelledBy={labelledBy}>
      <table className="data-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('privacy:audit.at')}</th>
            <th scope="col">{t('privacy:audit.person')}</th>
            <th scope="col">{t('privacy:audit.action')}</th>
            {showRecord ? <th scope="col">{t('privacy:audit.record')}</th> : null}
            <th scope="col">{t('privacy:audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="cell-nowrap">{formatDateTime(e.at, lng)}</td>
              <td dir="auto">{e.userName ?? t('privacy:audit.nobody')}</td>
              <td>{t(auditActionKey(e.action))}</td>
              {showRecord ? (
                <td className="cell-mono" dir="ltr">
                  {e.entity}
                  {e.entityId ? ` #${e.entityId}` : ''}
                </td>
              ) : null}
              <td className="cell-mono" dir="ltr">
                {detailsText(e.details)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
