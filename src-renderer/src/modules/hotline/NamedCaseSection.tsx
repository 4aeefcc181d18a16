import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_GIVERS, type ConsentView, type ErrorValue } from '../../../../src-main/contract';
import { NAMED_CASE_PURPOSE, type CallView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { languageKey } from '../../i18n/dynamic-keys';
import { FormField } from './FormField';

/** Languages a consent form is usually shown in at the hotline; any ISO code is accepted by the core. */
const FORM_LANGUAGES = ['de', 'en', 'ar'] as const;

/**
 * Anonymous by default. The employee's name and contact are added only after their consent is
 * recorded (date, purpose, given by, language of the form shown); the core enforces it.
 */
export function NamedCaseSection({ call, onChanged }: { call: CallView; onChanged: (call: CallView) => void }) {
  const { t } = useTranslation();
  const [consents, setConsents] = useState<ConsentView[]>([]);
  const [givenOn, setGivenOn] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  const [givenBy, setGivenBy] = useState<(typeof CONSENT_GIVERS)[number]>('dataSubject');
  const [formLanguage, setFormLanguage] = useState('de');
  const [name, setName] = useState(call.employeeName ?? '');
  const [contact, setContact] = useState(call.employeeContact ?? '');
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    void api.hotline.consents({ callId: call.id }).then((r) => r.ok && setConsents(r.value));
  }, [call.id]);
  const active = consents.find((c) => c.purpose === NAMED_CASE_PURPOSE && !c.withdrawnOn);

  async function recordConsent() {
    const result = await api.hotline.consentRecord({ callId: call.id, consent: { givenOn, purpose: NAMED_CASE_PURPOSE, givenBy, formLanguage } });
    if (result.ok) {
      setConsents([...consents, result.value]);
      setError(null);
    } else {
      setError(result.error);
    }
  }
  async function saveName() {
    const result = await api.hotline.namedCase({ callId: call.id, employeeName: name, employeeContact: contact });
    if (result.ok) {
      setError(null);
      onChanged(result.value);
    } else {
      setError(result.error);
    }
  }

  return (
    <section className="panel" aria-labelledby="named-heading">
      <h2 id="named-heading">{t('hotline:namedCase.title')}</h2>
      <p className="muted">{t('hotline:namedCase.intro')}</p>
      {active ? (
        <p>{t('hotline:namedCase.consentOnFile', { date: active.givenOn, language: t(languageKey(active.formLanguage)) })}</p>
      ) : (
        <form
          className="inline-form hotline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void recordConsent();
          }}
        >
          <FormField label={t('hotline:namedCase.givenOn')}>{(c) => <input {...c} type="date" value={givenOn} onChange={(e) => setGivenOn(e.target.value)} />}</FormField>
          <FormField label={t('hotline:namedCase.givenBy')}>
            {(c) => (
              <select {...c} value={givenBy} onChange={(e) => setGivenBy(e.target.value as typeof givenBy)}>
                {CONSENT_GIVERS.map((g) => (
                  <option key={g} value={g}>
                    {t(`hotline:namedCase.giver.${g}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('hotline:namedCase.formLanguage')}>
            {(c) => (
              <select {...c} value={formLanguage} onChange={(e) => setFormLanguage(e.target.value)}>
                {FORM_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(languageKey(l))}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <button type="submit" className="button-secondary">
            {t('hotline:namedCase.recordConsent')}
          </button>
        </form>
      )}
      <form
        className="inline-form hotline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void saveName();
        }}
      >
        <FormField label={t('hotline:namedCase.employeeName')}>
          {(c) => <input {...c} type="text" dir="auto" maxLength={120} disabled={!active} value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <FormField label={t('hotline:namedCase.employeeContact')}>
          {(c) => <input {...c} type="text" dir="auto" maxLength={200} disabled={!active} value={contact} onChange={(e) => setContact(e.target.value)} />}
        </FormField>
        <button type="submit" className="button-secondary" disabled={!active}>
          {t('hotline:namedCase.save')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
