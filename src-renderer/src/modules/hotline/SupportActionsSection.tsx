import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { SUPPORT_ACTION_KINDS, supportActionInput, type CallView, type SupportActionKind } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { formatNumber } from '../../i18n/date-locale';
import { FormField, issuesByField } from './FormField';
import { formatLocalDate } from '../../i18n/date-locale';
import { supportKindKey } from './keys';
import { TableScroll } from '../../components/TableScroll';

/** Mediation talks, individual contacts, crisis interventions by the social workers. */
export function SupportActionsSection({ call, onChanged }: { call: CallView; onChanged: (call: CallView) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [kind, setKind] = useState<SupportActionKind>('mediation');
  const [date, setDate] = useState('');
  const [minutes, setMinutes] = useState('');
  const [outcome, setOutcome] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorValue | null>(null);

  async function add() {
    const parsed = supportActionInput.safeParse({ kind, date, durationMinutes: minutes === '' ? NaN : Number(minutes), outcome });
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    const result = await api.hotline.supportActionAdd({ callId: call.id, action: parsed.data });
    if (result.ok) {
      setDate('');
      setMinutes('');
      setOutcome('');
      onChanged(result.value);
    } else {
      setError(result.error);
    }
  }

  return (
    <section className="panel" aria-labelledby="support-heading">
      <h2 id="support-heading">{t('hotline:support.title')}</h2>
      {call.supportActions.length > 0 ? (
        <TableScroll labelledBy="support-heading">
          <table className="data-table" aria-labelledby="support-heading">
            <thead>
              <tr>
                <th scope="col">{t('hotline:support.kind')}</th>
                <th scope="col">{t('hotline:support.date')}</th>
                <th scope="col">{t('hotline:support.duration')}</th>
                <th scope="col">{t('hotline:support.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {call.supportActions.map((a) => (
                <tr key={a.id}>
                  <td>{t(supportKindKey(a.kind))}</td>
                  <td className="cell-nowrap">{formatLocalDate(a.date, lng)}</td>
                  <td>{t('hotline:support.minutes', { count: a.durationMinutes, formatted: formatNumber(a.durationMinutes, lng) })}</td>
                  <td dir="auto">{a.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="muted">{t('hotline:support.none')}</p>
      )}
      <form
        className="inline-form hotline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <FormField label={t('hotline:support.kind')}>
          {(c) => (
            <select {...c} value={kind} onChange={(e) => setKind(e.target.value as SupportActionKind)}>
              {SUPPORT_ACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(supportKindKey(k))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('hotline:support.date')} error={errors.date}>
          {(c) => <input {...c} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </FormField>
        <FormField label={t('hotline:support.durationMinutes')} error={errors.durationMinutes}>
          {(c) => <input {...c} type="number" min={1} max={1440} className="input-short" value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
        </FormField>
        <FormField label={t('hotline:support.outcome')} error={errors.outcome}>
          {(c) => <input {...c} type="text" dir="auto" maxLength={2000} value={outcome} onChange={(e) => setOutcome(e.target.value)} />}
        </FormField>
        <button type="submit" className="button-secondary">
          {t('hotline:support.add')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
