import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { registerHouseholdInput, type AccommodationView, type CaseCard } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { DateField, SelectField, useContractForm } from '../../components/form';
import { EMPTY_HOUSEHOLD, HouseholdFields, householdDraft } from './HouseholdFields';

/** The registration's rules, with the household as the form holds it. */
const registerForm = registerHouseholdInput.extend({ household: householdDraft });

/** A household moves into a shelter; its move-out case starts at the first stage. */
export function RegisterHouseholdDialog({ open, onClose, onRegistered }: { open: boolean; onClose: () => void; onRegistered: (card: CaseCard) => void }) {
  const { t } = useTranslation();
  const [shelters, setShelters] = useState<AccommodationView[]>([]);
  const form = useContractForm(registerForm, { defaultValues: { household: EMPTY_HOUSEHOLD, movedInOn: '' } });
  const { reset, setValue } = form;
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    if (!open) return;
    reset({ household: EMPTY_HOUSEHOLD, movedInOn: '' });
    setError(null);
    void api.housing.accommodationsList({}).then((r) => {
      if (!r.ok) return;
      setShelters(r.value);
      const first = r.value[0];
      if (first) setValue('accommodationId', first.id);
    });
  }, [open, reset, setValue]);

  const submit = form.handleSubmit(async (input) => {
    const result = await api.housing.householdRegister(input);
    if (result.ok) onRegistered(result.value);
    else setError(form.showServerIssues(result.error) ? null : result.error);
  });
  const errors = form.formState.errors;
  return (
    <Dialog open={open} title={t('housing:register.title')} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <SelectField label={t('housing:register.accommodation')} registration={form.register('accommodationId', { valueAsNumber: true })} error={errors.accommodationId}>
          {shelters.map((s) => (
            <option key={s.id} value={s.id}>
              {t('housing:register.accommodationOption', { name: s.name, free: s.free })}
            </option>
          ))}
        </SelectField>
        <DateField label={t('housing:register.movedInOn')} control={form.control} name="movedInOn" error={errors.movedInOn} />
        <HouseholdFields register={(name, asNumber) => form.register(`household.${name}`, asNumber ? { valueAsNumber: true } : {})} errors={errors.household} />
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('housing:register.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
