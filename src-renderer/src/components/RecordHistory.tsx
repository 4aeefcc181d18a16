import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView, ErrorValue, HistoryEntity } from '../../../src-main/contract';
import { api } from '../api/transport';
import { FormError } from './ErrorMessage';
import { AuditTable } from './AuditTable';

/**
 * A record's history from the audit trail: who created, changed, opened or exported it, when.
 * The trail records the names of changed fields, never old or new values (entries hold no
 * content), so the history says which fields changed. Loaded only when opened: opening it is
 * itself recorded.
 */
export function RecordHistory({ entity, id }: { entity: HistoryEntity; id: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    if (!open) return;
    void api.audit.history({ entity, entityId: id }).then((r) => (r.ok ? setEntries(r.value) : setError(r.error)));
  }, [open, entity, id]);
  const headingId = `history-${entity}-${id}`;
  return (
    <details className="panel record-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 id={headingId} className="inline-heading">
          {t('privacy:history.title')}
        </h2>
      </summary>
      <p className="muted">{t('privacy:history.fieldNamesOnly')}</p>
      <FormError error={error} />
      {entries ? entries.length > 0 ? <AuditTable entries={entries} labelledBy={headingId} showRecord={false} /> : <p className="muted">{t('privacy:audit.none')}</p> : null}
    </details>
  );
}
