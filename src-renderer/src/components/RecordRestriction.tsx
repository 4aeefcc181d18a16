import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, RestrictableRecord, RestrictionView } from '../../../src-main/contract';
import { restrictionSetInput } from '../../../src-main/contract/restriction';
import { api } from '../api/transport';
import { formatDateTime } from '../i18n/date-locale';
import { FormError } from './ErrorMessage';
import { TextAreaField, useContractForm } from './form';

/**
 * Restriction of processing on a record's detail (SDM M62): a notice when the record is
 * restricted (it is then missing from lists and searches, so whoever opens it by a direct link
 * learns why), and the action to restrict it with a reason, or to lift the restriction.
 */
export function RecordRestriction({ recordType, recordId, onChanged }: { recordType: RestrictableRecord; recordId: number; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [current, setCurrent] = useState<RestrictionView | null | undefined>(undefined);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, setMessage] = useState('');
  const form = useContractForm(restrictionSetInput, { defaultValues: { recordType, recordId, reason: '' } });
  const { register, handleSubmit, reset, showServerIssues } = form;
  const { errors } = form.formState;

  useEffect(() => {
    void api.restriction.get({ recordType, recordId }).then((r) => (r.ok ? setCurrent(r.value) : setError(r.error)));
  }, [recordType, recordId]);

  const submit = handleSubmit(async (input) => {
    setError(null);
    const r = await api.restriction.set(input);
    if (r.ok) {
      setCurrent(r.value);
      setAsking(false);
      reset({ recordType, recordId, reason: '' });
      setMessage(t('privacy:restriction.done'));
      onChanged?.();
    } else if (!showServerIssues(r.error)) setError(r.error);
  });
  const lift = async () => {
    setError(null);
    const r = await api.restriction.lift({ recordType, recordId });
    if (!r.ok) return setError(r.error);
    setCurrent(null);
    setMessage(t('privacy:restriction.liftedDone'));
    onChanged?.();
  };

  if (current === undefined) return <FormError error={error} />;
  const headingId = `restriction-${recordType}-${recordId}`;
  return (
    <section aria-labelledby={headingId} className={current ? 'notice-warning' : 'record-restriction'} data-testid="record-restriction">
      <h2 id={headingId} className={current ? 'inline-heading' : 'visually-hidden'}>
        {current ? t('privacy:restriction.restricted') : t('privacy:restriction.title')}
      </h2>
      {current ? (
        <>
          <p>{t('privacy:restriction.notice', { date: formatDateTime(current.since, lng), name: current.byName ?? '—' })}</p>
          <p>
            {t('privacy:restriction.reason')}: <span dir="auto">{current.reason}</span>
          </p>
          <button type="button" className="button-secondary" onClick={() => void lift()}>
            {t('privacy:restriction.lift')}
          </button>
        </>
      ) : asking ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <p className="muted">{t('privacy:restriction.explain')}</p>
          <TextAreaField label={t('privacy:restriction.reason')} error={errors.reason} registration={register('reason')} rows={2} />
          <div className="actions">
            <button type="submit" className="button-danger">
              {t('privacy:restriction.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
          {t('privacy:restriction.action')}
        </button>
      )}
      <p role="status" className="saved-status">
        {message}
      </p>
      <FormError error={error} />
    </section>
  );
}
