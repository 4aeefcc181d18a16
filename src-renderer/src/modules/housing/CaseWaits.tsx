import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import type { CaseDetail } from '../../../../src-main/contract/housing';
import { WAITING_ACTORS, type WaitingActor } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { formatDateTime } from '../../i18n/date-locale';
import { Input, Select } from './FormBits';
import { actorKey } from './keys';

type Apply = (result: Result<CaseDetail>) => Result<CaseDetail>;

/** Requests to people outside: each actor's clock runs until the answer is recorded. */
export function CaseWaits({ detail, apply }: { detail: CaseDetail; apply: Apply }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [actor, setActor] = useState<WaitingActor>('benefitsAgency');
  const [what, setWhat] = useState('');
  const [whatMissing, setWhatMissing] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const start = async () => {
    if (!what.trim()) return setWhatMissing(true);
    setWhatMissing(false);
    const r = apply(await api.housing.waitingStart({ caseId: detail.card.id, actor, what: what.trim() }));
    if (r.ok) setWhat('');
    else setError(r.error);
  };
  return (
    <section className="panel housing-wide" aria-labelledby="hc-waits">
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
      <form
        className="housing-inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <Select label={t('housing:waits.actor')} value={actor} onChange={(e) => setActor(e.target.value as WaitingActor)}>
          {WAITING_ACTORS.map((a) => (
            <option key={a} value={a}>
              {t(actorKey(a))}
            </option>
          ))}
        </Select>
        <Input label={t('housing:waits.what')} value={what} onChange={(e) => setWhat(e.target.value)} error={whatMissing ? 'validation:required' : undefined} dir="auto" />
        <button type="submit" className="button-secondary">
          {t('housing:waits.start')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
