import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isClientFormLanguage, shortHash, type ErrorValue, type Result } from '../../../../src-main/contract';
import { CONSENT_GIVERS, consentInput } from '../../../../src-main/contract/consent';
import type { CaseDetail } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FormLanguageOptions } from '../../components/FormLanguageOptions';
import { languageName } from '../../i18n/language-names';
import { DateField, SelectField, TextField, useContractForm } from '../../components/form';
import { formatDateTime, formatLocalDate } from '../../i18n/date-locale';
import { consentGiverKey } from './keys';

type Apply = (result: Result<CaseDetail>) => Result<CaseDetail>;

/** The household's consents (stored by the core): when, for what, by whom, in which form language. */
export function CaseConsents({ detail, apply, today }: { detail: CaseDetail; apply: Apply; today: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const form = useContractForm(consentInput, {
    defaultValues: { givenOn: today, purpose: t('housing:consent.purposeDefault'), givenBy: 'dataSubject', formLanguage: detail.household.languages.find(isClientFormLanguage) ?? 'de' },
  });
  const errors = form.formState.errors;
  const [error, setError] = useState<ErrorValue | null>(null);
  const record = form.handleSubmit(async (consent) => {
    const r = apply(await api.housing.consentRecord({ caseId: detail.card.id, consent }));
    setError(r.ok || form.showServerIssues(r.error, { 'consent.givenOn': 'givenOn', 'consent.purpose': 'purpose', 'consent.formLanguage': 'formLanguage' }) ? null : r.error);
  });
  // Withdrawal asks first: the purpose is free text, so the caseworker decides whether it requires erasing the household.
  const [confirming, setConfirming] = useState<number | null>(null);
  const withdraw = async (consentId: number, eraseHousehold: boolean) => {
    const r = apply(await api.housing.consentWithdraw({ caseId: detail.card.id, consentId, withdrawnOn: today, eraseHousehold }));
    setError(r.ok ? null : r.error);
    if (r.ok) setConfirming(null);
  };
  return (
    <section className="panel panel-wide" aria-labelledby="hc-consents">
      <h2 id="hc-consents">{t('housing:consent.title')}</h2>
      {detail.consents.length > 0 ? (
        <table className="data-table" aria-labelledby="hc-consents">
          <thead>
            <tr>
              <th scope="col">{t('housing:consent.purpose')}</th>
              <th scope="col">{t('housing:consent.givenOn')}</th>
              <th scope="col">{t('housing:consent.givenBy')}</th>
              <th scope="col">{t('housing:consent.formLanguage')}</th>
              <th scope="col">{t('housing:consent.recordedBy')}</th>
              <th scope="col">{t('housing:consent.status')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.consents.map((c) => (
              <tr key={c.id}>
                <td dir="auto">{c.purpose}</td>
                <td className="cell-nowrap">{formatLocalDate(c.givenOn, lng)}</td>
                <td>{t(consentGiverKey(c.givenBy))}</td>
                <td>
                  {languageName(c.formLanguage, lng)}
                  {c.formVersion !== null && c.formTextHash ? (
                    <span className="muted cell-nowrap"> · {t('housing:consent.textVersion', { version: c.formVersion, hash: shortHash(c.formTextHash) })}</span>
                  ) : null}
                </td>
                <td>
                  <bdi>{c.recordedByName ?? '—'}</bdi> · {formatDateTime(c.recordedAt, lng)}
                </td>
                <td>
                  {c.withdrawnOn ? (
                    t('housing:consent.withdrawn', { date: formatLocalDate(c.withdrawnOn, lng) })
                  ) : confirming === c.id ? (
                    <div className="notice-warning" role="group" aria-labelledby={`hc-withdraw-${c.id}`}>
                      <p id={`hc-withdraw-${c.id}`}>{t('housing:consent.withdrawExplain', { reference: detail.household.reference })}</p>
                      <div className="actions">
                        <button type="button" className="button-danger" onClick={() => void withdraw(c.id, true)}>
                          {t('housing:consent.withdrawAndErase')}
                        </button>
                        <button type="button" className="button-secondary" onClick={() => void withdraw(c.id, false)}>
                          {t('housing:consent.withdrawOnly')}
                        </button>
                        <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
                          {t('common:cancel')}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <>
                      {t('housing:consent.active')}{' '}
                      <button type="button" className="button-small" onClick={() => setConfirming(c.id)}>
                        {t('housing:consent.withdraw', { purpose: c.purpose })}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('housing:consent.none')}</p>
      )}
      <form className="housing-inline-form" noValidate onSubmit={(e) => void record(e)}>
        <TextField label={t('housing:consent.purpose')} registration={form.register('purpose')} error={errors.purpose} dir="auto" />
        <DateField label={t('housing:consent.givenOn')} max={today} control={form.control} name="givenOn" error={errors.givenOn} />
        <SelectField label={t('housing:consent.givenBy')} registration={form.register('givenBy')}>
          {CONSENT_GIVERS.map((g) => (
            <option key={g} value={g}>
              {t(consentGiverKey(g))}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('housing:consent.formLanguage')} registration={form.register('formLanguage')} error={errors.formLanguage}>
          <FormLanguageOptions />
        </SelectField>
        <button type="submit" className="button-secondary">
          {t('housing:consent.record')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
