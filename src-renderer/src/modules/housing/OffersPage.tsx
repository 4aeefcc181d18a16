import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CaseCard, OfferListPage, OfferView } from '../../../../src-main/contract/housing';
import { LANDLORD_TYPES, offerInput } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { Controller } from 'react-hook-form';
import { useStatusMessage } from '../../components/use-status-message';
import { DateField, FieldFrame, SelectField, TextField, useContractForm } from '../../components/form';
import { formatEuro, formatLocalDate } from '../../i18n/date-locale';
import { landlordKey } from './keys';
import { euros, ParsedInput } from './ParsedInput';

/** A new offer: every field named, so a reset empties what the last one left (NaN shows as an empty number field). */
const EMPTY = { address: '', rooms: Number.NaN, sizeSqm: Number.NaN, rentCents: Number.NaN, freeFrom: '', landlordType: 'housingCompany' as const, reservedForCaseId: null };

/** Flats offered by the housing company and private landlords. */
export function OffersPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [offers, setOffers] = useState<OfferListPage | null>(null);
  const [cases, setCases] = useState<CaseCard[]>([]);
  const form = useContractForm(offerInput, { defaultValues: EMPTY });
  const errors = form.formState.errors;
  /** The offer loaded into the form for editing; null while entering a new one. */
  const [editingId, setEditingId] = useState<number | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const edit = (o: OfferView) => {
    setEditingId(o.id);
    setError(null);
    form.reset({
      id: o.id,
      // Sent back with the save: a colleague's change in between is reported, not overwritten.
      version: o.version,
      address: o.address,
      rooms: o.rooms,
      sizeSqm: o.sizeSqm,
      rentCents: o.rentCents,
      freeFrom: o.freeFrom,
      landlordType: o.landlordType,
      reservedForCaseId: o.reservedForCaseId,
    });
    // Keyboard users land in the form they just filled.
    document.querySelector<HTMLInputElement>('#housing-offer-form input')?.focus();
  };
  const stopEditing = () => {
    setEditingId(null);
    form.reset(EMPTY);
  };
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
  const submit = form.handleSubmit(async (input) => {
    const r = await api.housing.offerSave(input);
    if (!r.ok) return setError(form.showServerIssues(r.error) ? null : r.error);
    setError(null);
    stopEditing();
    showMessage('housing:offers.saved');
    await load();
  });
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
              {offers.rows.map((o) => (
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
      {offers && offers.total > offers.rows.length ? (
        <p className="muted" data-testid="housing-offers-narrow">
          {t('common:pager.narrow', { shown: offers.rows.length, total: offers.total })}
        </p>
      ) : null}
      <section className="panel housing-form-panel" aria-labelledby="housing-offer-new">
        <h2 id="housing-offer-new">{editingId !== null ? t('housing:offers.editTitle') : t('housing:offers.add')}</h2>
        <form id="housing-offer-form" noValidate onSubmit={(e) => void submit(e)}>
          <TextField label={t('housing:offers.address')} registration={form.register('address')} error={errors.address} dir="auto" />
          <TextField label={t('housing:offers.rooms')} type="number" min={1} className="input-short" registration={form.register('rooms', { valueAsNumber: true })} error={errors.rooms} />
          <TextField label={t('housing:offers.sizeLabel')} type="number" min={10} className="input-short" registration={form.register('sizeSqm', { valueAsNumber: true })} error={errors.sizeSqm} />
          <Controller
            control={form.control}
            name="rentCents"
            render={({ field, fieldState }) => (
              <FieldFrame label={t('housing:offers.rentLabel')} error={fieldState.error}>
                {(control) => <ParsedInput {...field} {...control} {...euros} inputMode="decimal" className="input-short" />}
              </FieldFrame>
            )}
          />
          <DateField label={t('housing:offers.freeFrom')} control={form.control} name="freeFrom" error={errors.freeFrom} />
          <SelectField label={t('housing:offers.landlordType')} registration={form.register('landlordType')}>
            {LANDLORD_TYPES.map((l) => (
              <option key={l} value={l}>
                {t(landlordKey(l))}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('housing:offers.reservedFor')} registration={form.register('reservedForCaseId', { setValueAs: (v: unknown) => (v === '' || v === null ? null : Number(v)) })}>
            <option value="">{t('housing:offers.notReserved')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.reference}
              </option>
            ))}
          </SelectField>
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
