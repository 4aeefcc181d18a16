import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import { VIEWING_OUTCOMES, viewingSaveInput, type CaseDetail, type FitReason, type OfferMatch } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { SelectField, TextField, useContractForm } from '../../components/form';
import { formatEuro, formatLocalDate } from '../../i18n/date-locale';
import { fitKey, outcomeKey } from './keys';

type Apply = (result: Result<CaseDetail>) => Result<CaseDetail>;

/** Open offers for this household, why each fits or not, and the viewings it had. */
export function CaseOffers({ detail, apply }: { detail: CaseDetail; apply: Apply }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [matches, setMatches] = useState<OfferMatch[]>([]);
  const form = useContractForm(viewingSaveInput, { defaultValues: { caseId: detail.card.id, at: '', outcome: 'pending' } });
  const { getValues, setValue } = form;
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    void api.housing.offersMatch({ caseId: detail.card.id }).then((r) => {
      if (!r.ok) return;
      setMatches(r.value);
      const first = r.value[0];
      if (first && !getValues('offerId')) setValue('offerId', first.offer.id);
    });
  }, [detail.card.id, getValues, setValue]);
  const reason = (r: FitReason) => {
    switch (r.key) {
      case 'roomsOk':
      case 'tooFewRooms':
        return t(fitKey(r.key), { rooms: r.rooms, needed: r.needed });
      case 'rentOk':
      case 'rentTooHigh':
        return t(fitKey(r.key), { rent: formatEuro(r.rentCents, lng), limit: formatEuro(r.limitCents, lng) });
      case 'sizeOk':
      case 'tooLarge':
        return t(fitKey(r.key), { size: r.sizeSqm, limit: r.limitSqm });
      default:
        return t(fitKey(r.key));
    }
  };
  const record = form.handleSubmit(async (input) => {
    const r = apply(await api.housing.viewingSave({ ...input, caseId: detail.card.id }));
    setError(r.ok || form.showServerIssues(r.error) ? null : r.error);
  });
  return (
    <section className="panel panel-wide" aria-labelledby="hc-offers">
      <h2 id="hc-offers">{t('housing:caseOffers.title')}</h2>
      {matches.length === 0 ? <p className="muted">{t('housing:caseOffers.none')}</p> : null}
      <ul className="housing-matches">
        {matches.map((m) => (
          <li key={m.offer.id}>
            <strong dir="auto">{m.offer.address}</strong> — {formatEuro(m.offer.rentCents, lng)}, {t('housing:offers.sqm', { size: m.offer.sizeSqm })},{' '}
            {formatLocalDate(m.offer.freeFrom, lng)}{' '}
            <span className={`badge ${m.fits ? 'badge-success' : 'badge-warning'}`}>{m.fits ? t('housing:caseOffers.fits') : t('housing:caseOffers.doesNotFit')}</span>
            <div className="muted">{m.reasons.map(reason).join(' · ')}</div>
          </li>
        ))}
      </ul>
      {detail.viewings.length > 0 ? (
        <table className="data-table" aria-label={t('housing:caseOffers.viewings')}>
          <thead>
            <tr>
              <th scope="col">{t('housing:offers.address')}</th>
              <th scope="col">{t('housing:caseOffers.at')}</th>
              <th scope="col">{t('housing:caseOffers.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.viewings.map((v) => (
              <tr key={v.id}>
                <td dir="auto">{v.offerAddress}</td>
                <td>{v.at.replace('T', ' ')}</td>
                <td>{t(outcomeKey(v.outcome))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {matches.length > 0 ? (
        <form className="housing-inline-form" noValidate onSubmit={(e) => void record(e)}>
          <SelectField label={t('housing:caseOffers.offer')} registration={form.register('offerId', { valueAsNumber: true })} error={form.formState.errors.offerId}>
            {matches.map((m) => (
              <option key={m.offer.id} value={m.offer.id}>
                {m.offer.address}
              </option>
            ))}
          </SelectField>
          <TextField label={t('housing:caseOffers.at')} type="datetime-local" registration={form.register('at')} error={form.formState.errors.at} />
          <SelectField label={t('housing:caseOffers.outcome')} registration={form.register('outcome')}>
            {VIEWING_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(outcomeKey(o))}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button-secondary">
            {t('housing:caseOffers.recordViewing')}
          </button>
        </form>
      ) : null}
      <FormError error={error} />
    </section>
  );
}
