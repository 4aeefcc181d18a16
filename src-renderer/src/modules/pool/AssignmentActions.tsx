import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import { CANCELLED_BY, cancelInput, completeInput, type AssignmentDetail } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField, useContractForm } from '../../components/form';
import { enumKey } from './keys';

/** An empty number field means "not given" (null), as the contract has it. */
const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** What can happen next to an assignment in its current status. */
export function AssignmentActions({ a, onChanged }: { a: AssignmentDetail; onChanged: (next: AssignmentDetail) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const completion = useContractForm(completeInput, { defaultValues: { id: a.id, actualMinutes: null, travelKm: null } });
  const cancellation = useContractForm(cancelInput, { defaultValues: { id: a.id, by: 'requester', reason: '' } });
  const run = async (call: Promise<Result<AssignmentDetail>>, form?: { showServerIssues(error: ErrorValue): boolean }) => {
    setError(null);
    const r = await call;
    if (r.ok) onChanged(r.value);
    else if (!form?.showServerIssues(r.error)) setError(r.error);
  };
  const complete = completion.handleSubmit((values) => run(api.pool.assignmentComplete({ ...values, id: a.id }), completion));
  const cancel = cancellation.handleSubmit((values) => run(api.pool.assignmentCancel({ ...values, id: a.id }), cancellation));
  const open = a.status === 'requested' || a.status === 'proposed' || a.status === 'confirmed';
  if (!open) return null;
  const done = completion.formState.errors;
  const cancelled = cancellation.formState.errors;

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
      {a.status === 'confirmed' && !a.started ? <p className="muted">{t('pool:actions.notStarted')}</p> : null}
      {a.status === 'confirmed' && a.started ? (
        <form className="pool-inline-form" noValidate onSubmit={(event) => void complete(event)}>
          <TextField
            className="pool-cell"
            label={t('pool:actions.actualMinutes')}
            type="number"
            min={1}
            registration={completion.register('actualMinutes', { setValueAs: numberOrNull })}
            error={done.actualMinutes}
            inputMode="numeric"
          />
          {a.setting === 'onSite' ? (
            <TextField
              className="pool-cell"
              label={t('pool:actions.travelKm')}
              type="number"
              min={0}
              registration={completion.register('travelKm', { setValueAs: numberOrNull })}
              error={done.travelKm}
              inputMode="numeric"
            />
          ) : null}
          <button type="submit" className="button-primary">
            {t('pool:actions.done')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void run(api.pool.assignmentNoShow({ id: a.id }))}>
            {t('pool:actions.noShow')}
          </button>
        </form>
      ) : null}
      <form className="pool-inline-form" noValidate onSubmit={(event) => void cancel(event)}>
        <SelectField className="pool-cell" label={t('pool:actions.cancelledBy')} registration={cancellation.register('by')}>
          {CANCELLED_BY.map((c) => (
            <option key={c} value={c}>
              {t(enumKey('cancelledBy', c))}
            </option>
          ))}
        </SelectField>
        <TextField className="pool-cell" label={t('pool:actions.reason')} registration={cancellation.register('reason')} error={cancelled.reason} dir="auto" maxLength={300} />
        <button type="submit" className="button-danger">
          {t('pool:actions.cancel')}
        </button>
        {a.status !== 'confirmed' ? (
          <button type="button" className="button-secondary" onClick={() => void run(api.pool.assignmentUnmet({ id: a.id, reason: cancellation.getValues('reason') }), cancellation)}>
            {t('pool:actions.unmet')}
          </button>
        ) : null}
      </form>
    </section>
  );
}
