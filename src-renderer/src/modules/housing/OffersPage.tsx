import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CaseCard, OfferView } from '../../../../src-main/contract/housing';
import { LANDLORD_TYPES, offerInput } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { formatEuro, formatLocalDate } from '../../i18n/date-locale';
import { Input, Select, issuesToErrors, type FieldErrors } from './FormBits';
import { landlordKey } from './keys';

const EMPTY = { address: '', rooms: '', sizeSqm: '', rent: '', freeFrom: '', landlordType: 'housingCompany' as OfferView['landlordType'], reservedFor: '' };

/** Flats offered by the housing company and private landlords. */
export function OffersPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [offers, setOffers] = useState<OfferView[] | null>(null);
  const [cases, setCases] = useState<CaseCard[]>([]);
  const [draft, setDraft] = useState(EMPTY);
  /** The offer loaded into the form for editing; null while entering a new one. */
  const [editingId, setEditingId] = useState<number | null>(null);
  const edit = (o: OfferView) => {
    setEditingId(o.id);
    setErrors({});
    setError(null);
    setDraft({
      address: o.address,
      rooms: String(o.rooms),
      sizeSqm: String(o.sizeSqm),
      rent: String(o.rentCents / 100),
      freeFrom: o.freeFrom,
      landlordType: o.landlordType,
      reservedFor: o.reservedForCaseId ? String(o.reservedForCaseId) : '',
    });
    // Keyboard users land in the form they just filled.
    document.querySelector<HTMLInputElement>('#housing-offer-form input')?.focus();
  };
  const stopEditing = () => {
    setEditingId(null);
    setDraft(EMPTY);
  };
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const load = useCallback(async () => {
    const r = await api.housing.offersList({ includePast: false });
    if (r.ok) setOffers(r.value);
    else setError(r.error);
  }, []);
  useEffect(() => {
    void load();
    void api.housing.casesList({ sort: 'reference', direction: 'asc', limit: 500 }).then((r) => r.ok && setCases(r.value.rows));
  }, [load]);
  const submit = async () => {
    const parsed = offerInput.safeParse({
      ...(editingId !== null ? { id: editingId } : {}),
      address: draft.address,
      rooms: Number(draft.rooms),
      sizeSqm: Number(draft.sizeSqm),
      rentCents: Math.round(Number(draft.rent.replace(',', '.')) * 100),
      freeFrom: draft.freeFrom,
      landlordType: draft.landlordType,
      reservedForCaseId: draft.reservedFor ? Number(draft.reservedFor) : null,
    });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error));
    setErrors({});
    const r = await api.housing.offerSave(parsed.data);
    if (!r.ok) return setError(r.error);
    setError(null);
    stopEditing();
    showMessage('housing:offers.saved');
    await load();
  };
  return (
    <>
      <PageHeading id="housing-offers-heading">{t('housing:offers.title')}</PageHeading>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      {offers ? (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby="housing-offers-heading">
            <thead>
              <tr>
                <th scope="col">{t('housing:offers.address')}</th>
                <th scope="col">{t('housing:offers.rooms')}</th>
                <th scope="col">{t('housing:offers.size')}</th>
                <th scope="col">{t('housing:offers.rent')}</th>
                <th scope="col">{t('housing:offers.freeFrom')}</th>
                <th scope="col">{t('housing:offers.landlordType')}</th>
                <th scope="col">{t('housing:offers.reservedFor')}</th>
                <th scope="col">{t('housing:settings.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {offers.map((o) => (
                <tr key={o.id}>
                  <th scope="row" dir="auto">
                    {o.address}
                  </th>
                  <td>{o.rooms}</td>
                  <td>{t('housing:offers.sqm', { size: o.sizeSqm })}</td>
                  <td>{formatEuro(o.rentCents, lng)}</td>
                  <td>{formatLocalDate(o.freeFrom, lng)}</td>
                  <td>{t(landlordKey(o.landlordType))}</td>
                  <td>{o.reservedForReference ? <bdi>{o.reservedForReference}</bdi> : '—'}</td>
                  <td>
                    <button type="button" className="button-small" onClick={() => edit(o)}>
                      {t('housing:offers.edit', { address: o.address })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section className="panel housing-form-panel" aria-labelledby="housing-offer-new">
        <h2 id="housing-offer-new">{editingId !== null ? t('housing:offers.editTitle') : t('housing:offers.add')}</h2>
        <form
          id="housing-offer-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Input label={t('housing:offers.address')} value={draft.address} onChange={(e) => setDraft({ ...draft, address: e.target.value })} error={errors.address} dir="auto" />
          <Input label={t('housing:offers.rooms')} type="number" min={1} className="input-short" value={draft.rooms} onChange={(e) => setDraft({ ...draft, rooms: e.target.value })} error={errors.rooms} />
          <Input label={t('housing:offers.sizeLabel')} type="number" min={10} className="input-short" value={draft.sizeSqm} onChange={(e) => setDraft({ ...draft, sizeSqm: e.target.value })} error={errors.sizeSqm} />
          <Input label={t('housing:offers.rentLabel')} inputMode="decimal" className="input-short" value={draft.rent} onChange={(e) => setDraft({ ...draft, rent: e.target.value })} error={errors.rentCents} />
          <Input label={t('housing:offers.freeFrom')} type="date" value={draft.freeFrom} onChange={(e) => setDraft({ ...draft, freeFrom: e.target.value })} error={errors.freeFrom} />
          <Select label={t('housing:offers.landlordType')} value={draft.landlordType} onChange={(e) => setDraft({ ...draft, landlordType: e.target.value as OfferView['landlordType'] })}>
            {LANDLORD_TYPES.map((l) => (
              <option key={l} value={l}>
                {t(landlordKey(l))}
              </option>
            ))}
          </Select>
          <Select label={t('housing:offers.reservedFor')} value={draft.reservedFor} onChange={(e) => setDraft({ ...draft, reservedFor: e.target.value })}>
            <option value="">{t('housing:offers.notReserved')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.reference}
              </option>
            ))}
          </Select>
          <FormError error={error} />
          <div className="actions">
            <button type="submit" className="button-primary">
              {t('common:save')}
            </button>
            {editingId !== null ? (
              <button type="button" className="button-secondary" onClick={stopEditing}>
                {t('common:cancel')}
              </button>
            ) : null}
          </div>
        </form>
      </section>
    </>
  );
}
