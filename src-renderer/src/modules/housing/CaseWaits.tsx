import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import { WAITING_ACTORS, waitingStartInput, type CaseDetail } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField, useContractForm } from '../../components/form';
import { formatDateTime } from '../../i18n/date-locale';
import { actorKey } from './keys';

type Apply = (result: Result<CaseDetail>) => Result<CaseDetail>;

/** Requests to people outside: each actor's clock runs until the answer is recorded. */
export function CaseWaits({ detail, apply }: { detail: CaseDetail; apply: Apply }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const form = useContractForm(waitingStartInput, { defaultValues: { caseId: detail.card.id, actor: 'benefitsAgency', what: '' } });
  const [error, setError] = useState<ErrorValue | null>(null);
  const start = form.handleSubmit(async (input) => {
    // The case on screen, also when the page moved on to another one.
    const r = apply(await api.housing.waitingStart({ ...input, caseId: detail.card.id }));
    if (r.ok) form.reset({ ...input, what: '' });
    else setError(form.showServerIssues(r.error) ? null : r.error);
  });
  return (
    <section className="panel panel-wide" aria-labelledby="hc-waits">
      <h2 id="hc-waits">{t('housing:waits.title')}</h2>
      {detail.totalsByActor.length > 0 ? (
        <p>
          {t('housing:waits.totals')}{' '}
          {detail.totalsByActor.map((x) => `${t(actorKey(x.actor))}: ${t('housing:card.days', { count: x.days })}`).join(' · ')}
        </p>
      ) : null}
      {detail.waits.length > 0 ? (
        <table className="data-table" aria-labelledby="hc-waits">
          <thead>
            <tr>
              <th scope="col">{t('housing:waits.actor')}</th>
              <th scope="col">{t('housing:waits.what')}</th>
              <th scope="col">{t('housing:waits.requestedAt')}</th>
              <th scope="col">{t('housing:waits.duration')}</th>
              <th scope="col">{t('housing:waits.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.waits.map((w) => (
              <tr key={w.id}>
                <td>{t(actorKey(w.actor))}</td>
                <td dir="auto">{w.what}</td>
                <td className="cell-nowrap">{formatDateTime(w.requestedAt, lng)}</td>
                <td>{t('housing:card.days', { count: w.days })}</td>
                <td>
                  {w.answeredAt ? (
                    formatDateTime(w.answeredAt, lng)
                  ) : (
                    <button type="button" className="button-secondary button-small" onClick={() => void api.housing.waitingAnswer({ id: w.id }).then(apply)}>
                      {t('housing:waits.answered')}
                      <span className="visually-hidden"> {w.what}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('housing:waits.none')}</p>
      )}
      <form className="housing-inline-form" noValidate onSubmit={(e) => void start(e)}>
        <SelectField label={t('housing:waits.actor')} registration={form.register('actor')}>
          {WAITING_ACTORS.map((a) => (
            <option key={a} value={a}>
              {t(actorKey(a))}
            </option>
          ))}
        </SelectField>
        <TextField label={t('housing:waits.what')} registration={form.register('what')} error={form.formState.errors.what} dir="auto" />
        <button type="submit" className="button-secondary">
          {t('housing:waits.start')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
