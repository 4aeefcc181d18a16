import { addDays, format } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { FOLLOW_UP_KINDS, followUpInput, type CallView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { DateField, fieldsUnder, SelectField, useContractForm } from '../../components/form';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../i18n/date-locale';
import { followUpKindKey, followUpStatusKey } from './keys';

/** `followUp.dueOn` in the core's answer is the form's `dueOn`. */
const SERVER_FIELDS = fieldsUnder('followUp', followUpInput);

/** Call-backs and actions of a call: tasks of the core's one list, completed from here or the start page. */
export function FollowUpsSection({ call, onChanged, onReload }: { call: CallView; onChanged: (call: CallView) => void; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const form = useContractForm(followUpInput, {
    defaultValues: { kind: 'callBack', dueOn: format(addDays(new Date(), 1), 'yyyy-MM-dd'), dueTime: null, ownerUserId: null, note: '' },
  });
  const { control, register, handleSubmit, showServerIssues } = form;
  const { errors } = form.formState;
  const [error, setError] = useState<ErrorValue | null>(null);

  const add = handleSubmit(async (followUp) => {
    setError(null);
    const result = await api.hotline.followUpAdd({ callId: call.id, followUp });
    if (result.ok) onChanged(result.value);
    else if (!showServerIssues(result.error, SERVER_FIELDS)) setError(result.error);
  });
  async function complete(taskId: number) {
    const result = await api.tasks.complete({ id: taskId });
    if (result.ok) onReload();
    else setError(result.error);
  }

  return (
    <section className="panel" aria-labelledby="followups-heading">
      <h2 id="followups-heading">{t('hotline:followUp.title')}</h2>
      {call.followUps.length === 0 ? (
        <p className="muted">{t('hotline:followUp.none')}</p>
      ) : (
        <TableScroll labelledBy="followups-heading">
          <table className="data-table" aria-labelledby="followups-heading">
            <thead>
              <tr>
                <th scope="col">{t('hotline:followUp.kind')}</th>
                <th scope="col">{t('hotline:followUp.due')}</th>
                <th scope="col">{t('hotline:followUp.owner')}</th>
                <th scope="col">{t('hotline:followUp.state')}</th>
                <th scope="col">{t('hotline:list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {call.followUps.map((f) => (
                <tr key={f.taskId}>
                  <td>{t(followUpKindKey(f.kind))}</td>
                  <td className="cell-nowrap">{formatDateTime(f.dueAt, lng)}</td>
                  <td>
                    <bdi>{f.ownerName ?? '—'}</bdi>
                  </td>
                  <td>
                    {f.overdue ? <strong className="badge badge-warning">{t('tasks:overdue')}</strong> : null}{' '}
                    {t(followUpStatusKey(f.status))}
                    {f.outcome ? (
                      <>
                        {': '}
                        <bdi>{f.outcome}</bdi>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {f.status === 'open' ? (
                      <button type="button" className="button-secondary button-small" onClick={() => void complete(f.taskId)}>
                        {t('tasks:complete')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {call.status === 'open' ? (
        <form
          className="inline-form hotline-form"
          noValidate
          onSubmit={(event) => void add(event)}
        >
          <SelectField label={t('hotline:followUp.kind')} error={errors.kind} registration={register('kind')}>
            {FOLLOW_UP_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(followUpKindKey(k))}
              </option>
            ))}
          </SelectField>
          <DateField label={t('hotline:followUp.due')} error={errors.dueOn} control={control} name="dueOn" />
          <button type="submit" className="button-secondary">
            {t('hotline:followUp.add')}
          </button>
        </form>
      ) : null}
      <FormError error={error} />
    </section>
  );
}
