import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import type { CaseDetail, FitReason, OfferMatch } from '../../../../src-main/contract/housing';
import { VIEWING_OUTCOMES } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { formatEuro, formatLocalDate } from '../../i18n/date-locale';
import { Input, Select } from './FormBits';
import { fitKey, outcomeKey } from './keys';

type Apply = (result: Result<CaseDetail>) => Result<CaseDetail>;
type Outcome = (typeof VIEWING_OUTCOMES)[number];

/** Open offers for this household, why each fits or not, and the viewings it had. */
export function CaseOffers({ detail, apply }: { detail: CaseDetail; apply: Apply }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [matches, setMatches] = useState<OfferMatch[]>([]);
  const [offerId, setOfferId] = useState('');
  const [at, setAt] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('pending');
  const [error, setError] = useState<ErrorValue | null>(null);
  const [atMissing, setAtMissing] = useState(false);
  useEffect(() => {
    void api.housing.offersMatch({ caseId: detail.card.id }).then((r) => {
      if (!r.ok) return;
      setMatches(r.value);
      setOfferId((current) => current || (r.value[0] ? String(r.value[0].offer.id) : ''));
    });
  }, [detail.card.id]);
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
  const record = async () => {
    if (!at) return setAtMissing(true);
    setAtMissing(false);
    const r = apply(await api.housing.viewingSave({ caseId: detail.card.id, offerId: Number(offerId), at, outcome }));
    if (!r.ok) setError(r.error);
  };
  return (
    <section className="panel housing-wide" aria-labelledby="hc-offers">
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
        <form
          className="housing-inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void record();
          }}
        >
          <Select label={t('housing:caseOffers.offer')} value={offerId} onChange={(e) => setOfferId(e.target.value)}>
            {matches.map((m) => (
              <option key={m.offer.id} value={m.offer.id}>
                {m.offer.address}
              </option>
            ))}
          </Select>
          <Input label={t('housing:caseOffers.at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} error={atMissing ? 'validation:required' : undefined} />
          <Select label={t('housing:caseOffers.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
            {VIEWING_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(outcomeKey(o))}
              </option>
            ))}
          </Select>
          <button type="submit" className="button-secondary">
            {t('housing:caseOffers.recordViewing')}
          </button>
        </form>
      ) : null}
      <FormError error={error} />
    </section>
  );
}
