import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import { CANCELLED_BY, type AssignmentDetail, type CancelledBy } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { enumKey } from './keys';

/** What can happen next to an assignment in its current status. */
export function AssignmentActions({ a, onChanged }: { a: AssignmentDetail; onChanged: (next: AssignmentDetail) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const [minutes, setMinutes] = useState('');
  const [km, setKm] = useState('');
  const [by, setBy] = useState<CancelledBy>('requester');
  const [reason, setReason] = useState('');
  const run = async (call: Promise<Result<AssignmentDetail>>) => {
    setError(null);
    const r = await call;
    if (r.ok) onChanged(r.value);
    else setError(r.error);
  };
  const open = a.status === 'requested' || a.status === 'proposed' || a.status === 'confirmed';
  if (!open) return null;

  return (
    <section className="panel" aria-labelledby="pool-actions-heading">
      <h2 id="pool-actions-heading">{t('pool:actions.title')}</h2>
      <FormError error={error} />
      {a.status === 'proposed' ? (
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => void run(api.pool.assignmentConfirm({ id: a.id }))}>
            {t('pool:actions.confirm')}
          </button>
        </div>
      ) : null}
      {a.status === 'confirmed' ? (
        <form
          className="pool-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(
              api.pool.assignmentComplete({
                id: a.id,
                actualMinutes: minutes.trim() === '' ? null : Number(minutes),
                travelKm: km.trim() === '' ? null : Number(km),
              }),
            );
          }}
        >
          <label className="pool-cell">
            <span>{t('pool:actions.actualMinutes')}</span>
            <input type="number" min={1} value={minutes} onChange={(e) => setMinutes(e.target.value)} className="input-short" />
          </label>
          {a.setting === 'onSite' ? (
            <label className="pool-cell">
              <span>{t('pool:actions.travelKm')}</span>
              <input type="number" min={0} value={km} onChange={(e) => setKm(e.target.value)} className="input-short" />
            </label>
          ) : null}
          <button type="submit" className="button-primary">
            {t('pool:actions.done')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void run(api.pool.assignmentNoShow({ id: a.id }))}>
            {t('pool:actions.noShow')}
          </button>
        </form>
      ) : null}
      <form
        className="pool-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(api.pool.assignmentCancel({ id: a.id, by, reason }));
        }}
      >
        <label className="pool-cell">
          <span>{t('pool:actions.cancelledBy')}</span>
          <select value={by} onChange={(e) => setBy(e.target.value as CancelledBy)}>
            {CANCELLED_BY.map((c) => (
              <option key={c} value={c}>
                {t(enumKey('cancelledBy', c))}
              </option>
            ))}
          </select>
        </label>
        <label className="pool-cell">
          <span>{t('pool:actions.reason')}</span>
          <input type="text" dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} />
        </label>
        <button type="submit" className="button-danger">
          {t('pool:actions.cancel')}
        </button>
        {a.status !== 'confirmed' ? (
          <button type="button" className="button-secondary" onClick={() => void run(api.pool.assignmentUnmet({ id: a.id, reason }))}>
            {t('pool:actions.unmet')}
          </button>
        ) : null}
      </form>
    </section>
  );
}
