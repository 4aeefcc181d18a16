import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_GIVERS, consentInput, type ConsentView, type ErrorValue } from '../../../../src-main/contract';
import { NAMED_CASE_PURPOSE, namedCaseInput, type CallView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { DateField, fieldsUnder, SelectField, TextField, useContractForm } from '../../components/form';
import { FormLanguageOptions } from '../../components/FormLanguageOptions';
import { languageName } from '../../i18n/language-names';

/** `consent.givenOn` in the core's answer is the consent form's `givenOn`. */
const CONSENT_FIELDS = fieldsUnder('consent', consentInput);

/**
 * Anonymous by default. The employee's name and contact are added only after their consent is
 * recorded (date, purpose, given by, language of the form shown); the core enforces it.
 */
export function NamedCaseSection({ call, onChanged }: { call: CallView; onChanged: (call: CallView) => void }) {
  const { t, i18n } = useTranslation();
  const [consents, setConsents] = useState<ConsentView[]>([]);
  const consentForm = useContractForm(consentInput, {
    defaultValues: { givenOn: format(new Date(), 'yyyy-MM-dd'), purpose: NAMED_CASE_PURPOSE, givenBy: 'dataSubject', formLanguage: 'de' },
  });
  const nameForm = useContractForm(namedCaseInput, {
    defaultValues: { callId: call.id, version: call.version, employeeName: call.employeeName ?? '', employeeContact: call.employeeContact ?? '' },
  });
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    void api.hotline.consents({ callId: call.id }).then((r) => r.ok && setConsents(r.value));
  }, [call.id]);
  const active = consents.find((c) => c.purpose === NAMED_CASE_PURPOSE && !c.withdrawnOn);

  const recordConsent = consentForm.handleSubmit(async (consent) => {
    const result = await api.hotline.consentRecord({ callId: call.id, consent });
    if (result.ok) {
      setConsents([...consents, result.value]);
      setError(null);
    } else {
      setError(consentForm.showServerIssues(result.error, CONSENT_FIELDS) ? null : result.error);
    }
  });
  const saveName = nameForm.handleSubmit(async (named) => {
    // The call as shown now: closing it on this page moved its version on.
    const result = await api.hotline.namedCase({ ...named, version: call.version });
    if (result.ok) {
      setError(null);
      onChanged(result.value);
    } else {
      setError(nameForm.showServerIssues(result.error) ? null : result.error);
    }
  });
  // Withdrawn consent: what it alone allowed (name, contact, the name in the texts) is erased with it.
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const withdraw = async (consentId: number) => {
    const result = await api.hotline.consentWithdraw({ callId: call.id, consentId, withdrawnOn: format(new Date(), 'yyyy-MM-dd') });
    if (!result.ok) return setError(result.error);
    setError(null);
    setConfirmWithdraw(false);
    setConsents(consents.map((c) => (c.id === consentId ? { ...c, withdrawnOn: format(new Date(), 'yyyy-MM-dd') } : c)));
    nameForm.reset({ callId: call.id, version: result.value.version, employeeName: '', employeeContact: '' });
    onChanged(result.value);
  };
  const consentErrors = consentForm.formState.errors;
  const nameErrors = nameForm.formState.errors;

  return (
    <section className="panel" aria-labelledby="named-heading">
      <h2 id="named-heading">{t('hotline:namedCase.title')}</h2>
      <p className="muted">{t('hotline:namedCase.intro')}</p>
      {active ? (
        <>
          <p>{t('hotline:namedCase.consentOnFile', { date: active.givenOn, language: languageName(active.formLanguage, i18n.resolvedLanguage ?? 'de') })}</p>
          {confirmWithdraw ? (
            <div className="notice-warning" role="group" aria-labelledby="withdraw-explain">
              <p id="withdraw-explain">{t('hotline:namedCase.withdrawExplain')}</p>
              <div className="actions">
                <button type="button" className="button-danger" onClick={() => void withdraw(active.id)}>
                  {t('hotline:namedCase.withdrawConfirm')}
                </button>
                <button type="button" className="button-secondary" onClick={() => setConfirmWithdraw(false)}>
                  {t('common:cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button-secondary" onClick={() => setConfirmWithdraw(true)}>
              {t('hotline:namedCase.withdraw')}
            </button>
          )}
        </>
      ) : (
        <form
          className="inline-form hotline-form"
          noValidate
          onSubmit={(event) => void recordConsent(event)}
        >
          <DateField label={t('hotline:namedCase.givenOn')} error={consentErrors.givenOn} control={consentForm.control} name="givenOn" />
          <SelectField label={t('hotline:namedCase.givenBy')} error={consentErrors.givenBy} registration={consentForm.register('givenBy')}>
            {CONSENT_GIVERS.map((g) => (
              <option key={g} value={g}>
                {t(`hotline:namedCase.giver.${g}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('hotline:namedCase.formLanguage')} error={consentErrors.formLanguage} registration={consentForm.register('formLanguage')}>
            <FormLanguageOptions />
          </SelectField>
          <button type="submit" className="button-secondary">
            {t('hotline:namedCase.recordConsent')}
          </button>
        </form>
      )}
      <form
        className="inline-form hotline-form"
        noValidate
        onSubmit={(event) => void saveName(event)}
      >
        <TextField
          label={t('hotline:namedCase.employeeName')}
          error={nameErrors.employeeName}
          dir="auto"
          maxLength={120}
          disabled={!active}
          registration={nameForm.register('employeeName')}
        />
        <TextField
          label={t('hotline:namedCase.employeeContact')}
          error={nameErrors.employeeContact}
          dir="auto"
          maxLength={200}
          disabled={!active}
          registration={nameForm.register('employeeContact')}
        />
        <button type="submit" className="button-secondary" disabled={!active}>
          {t('hotline:namedCase.save')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
