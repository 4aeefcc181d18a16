import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { AccommodationView } from '../../../../src-main/contract/housing';
import { accommodationInput } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { TextField, useContractForm } from '../../components/form';
import { useStatusMessage } from '../../components/use-status-message';
import { formatNumber } from '../../i18n/date-locale';

/** Every field named, so a reset empties what the last entry left (NaN shows as an empty number field). */
const EMPTY = { name: '', address: '', units: Number.NaN, beds: Number.NaN };

/** Municipal shelters with live occupancy and the beds move-outs have freed; added and corrected here. */
export function AccommodationsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [list, setList] = useState<AccommodationView[] | null>(null);
  const form = useContractForm(accommodationInput, { defaultValues: EMPTY });
  const errors = form.formState.errors;
  const [error, setError] = useState<ErrorValue | null>(null);
  /** The shelter loaded into the form for correcting; null while adding one. */
  const [editingId, setEditingId] = useState<number | null>(null);
  const edit = (a: AccommodationView) => {
    setEditingId(a.id);
    setError(null);
    // With the version it was loaded at: a colleague's change in between is reported, not overwritten.
    form.reset({ id: a.id, version: a.version, name: a.name, address: a.address, units: a.units, beds: a.beds });
    document.querySelector<HTMLInputElement>('#housing-acc-form input')?.focus();
  };
  const stopEditing = () => {
    setEditingId(null);
    form.reset(EMPTY);
  };
  const [message, showMessage] = useStatusMessage();
  const load = useCallback(async () => {
    const r = await api.housing.accommodationsList({});
    if (r.ok) setList(r.value);
    else setError(r.error);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const submit = form.handleSubmit(async (input) => {
    const r = await api.housing.accommodationSave(input);
    if (!r.ok) return setError(form.showServerIssues(r.error) ? null : r.error);
    setError(null);
    stopEditing();
    showMessage('housing:accommodations.saved');
    await load();
  });
  return (
    <>
      <PageHeading id="housing-acc-heading">{t('housing:accommodations.title')}</PageHeading>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      {list ? (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby="housing-acc-heading">
            <thead>
              <tr>
                <th scope="col">{t('housing:accommodations.name')}</th>
                <th scope="col">{t('housing:accommodations.address')}</th>
                <th scope="col">{t('housing:accommodations.units')}</th>
                <th scope="col">{t('housing:accommodations.beds')}</th>
                <th scope="col">{t('housing:accommodations.occupied')}</th>
                <th scope="col">{t('housing:accommodations.free')}</th>
                <th scope="col">{t('housing:accommodations.households')}</th>
                <th scope="col">{t('housing:accommodations.freed')}</th>
                <th scope="col">{t('housing:settings.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id} data-testid={`accommodation-${a.id}`}>
                  <th scope="row" dir="auto">
                    {a.name}
                  </th>
                  <td dir="auto">{a.address}</td>
                  <td>{formatNumber(a.units, lng)}</td>
                  <td>{formatNumber(a.beds, lng)}</td>
                  <td data-testid="occupied">{formatNumber(a.occupied, lng)}</td>
                  <td>{formatNumber(a.free, lng)}</td>
                  <td>{formatNumber(a.households, lng)}</td>
                  <td>{formatNumber(a.freedLast90Days, lng)}</td>
                  <td>
                    <button type="button" className="button-small" onClick={() => edit(a)}>
                      {t('housing:accommodations.edit', { name: a.name })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section className="panel housing-form-panel" aria-labelledby="housing-acc-new">
        <h2 id="housing-acc-new">{editingId !== null ? t('housing:accommodations.editTitle') : t('housing:accommodations.add')}</h2>
        <form id="housing-acc-form" noValidate onSubmit={(e) => void submit(e)}>
          <TextField label={t('housing:accommodations.name')} registration={form.register('name')} error={errors.name} dir="auto" />
          <TextField label={t('housing:accommodations.address')} registration={form.register('address')} error={errors.address} dir="auto" />
          <TextField label={t('housing:accommodations.units')} type="number" min={0} className="input-short" registration={form.register('units', { valueAsNumber: true })} error={errors.units} />
          <TextField label={t('housing:accommodations.beds')} type="number" min={0} className="input-short" registration={form.register('beds', { valueAsNumber: true })} error={errors.beds} />
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
