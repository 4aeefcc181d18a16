import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { SUPPORT_ACTION_KINDS, supportActionInput, type CallView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { DateField, FieldFrame, fieldsUnder, SelectField, TextField, useContractForm } from '../../components/form';
import { TableScroll } from '../../components/TableScroll';
import { formatLocalDate, formatNumber } from '../../i18n/date-locale';
import { supportKindKey } from './keys';

/** An empty number field holds NaN until something is typed. */
const EMPTY = { date: '', durationMinutes: Number.NaN, outcome: '' };
/** `action.date` in the core's answer is the form's `date`. */
const SERVER_FIELDS = fieldsUnder('action', supportActionInput);

/** Mediation talks, individual contacts, crisis interventions by the social workers. */
export function SupportActionsSection({ call, onChanged }: { call: CallView; onChanged: (call: CallView) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const form = useContractForm(supportActionInput, { defaultValues: { kind: 'mediation', ...EMPTY } });
  const { control, register, reset, getValues, handleSubmit, showServerIssues } = form;
  const { errors } = form.formState;
  const [error, setError] = useState<ErrorValue | null>(null);

  const add = handleSubmit(async (action) => {
    setError(null);
    const result = await api.hotline.supportActionAdd({ callId: call.id, action });
    if (result.ok) {
      reset({ kind: getValues('kind'), ...EMPTY }, { keepFieldsRef: true });
      onChanged(result.value);
    } else if (!showServerIssues(result.error, SERVER_FIELDS)) {
      setError(result.error);
    }
  });

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
        onSubmit={(event) => void add(event)}
      >
        <SelectField label={t('hotline:support.kind')} error={errors.kind} registration={register('kind')}>
          {SUPPORT_ACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(supportKindKey(k))}
            </option>
          ))}
        </SelectField>
        <DateField label={t('hotline:support.date')} error={errors.date} control={control} name="date" />
        <FieldFrame label={t('hotline:support.durationMinutes')} error={errors.durationMinutes}>
          {(control) => <input type="number" min={1} max={1440} className="input-short" {...register('durationMinutes', { valueAsNumber: true })} {...control} />}
        </FieldFrame>
        <TextField label={t('hotline:support.outcome')} error={errors.outcome} dir="auto" maxLength={2000} registration={register('outcome')} />
        <button type="submit" className="button-secondary">
          {t('hotline:support.add')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
