import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { AccommodationView, CaseCard } from '../../../../src-main/contract/housing';
import { registerHouseholdInput } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { Input, Select, issuesToErrors, type FieldErrors } from './FormBits';
import { EMPTY_HOUSEHOLD, HouseholdFields, householdFromDraft, type HouseholdDraft } from './HouseholdFields';

/** A household moves into a shelter; its move-out case starts at the first stage. */
export function RegisterHouseholdDialog({ open, onClose, onRegistered }: { open: boolean; onClose: () => void; onRegistered: (card: CaseCard) => void }) {
  const { t } = useTranslation();
  const [shelters, setShelters] = useState<AccommodationView[]>([]);
  const [draft, setDraft] = useState<HouseholdDraft>(EMPTY_HOUSEHOLD);
  const [accommodationId, setAccommodationId] = useState('');
  const [movedInOn, setMovedInOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    if (!open) return;
    setDraft(EMPTY_HOUSEHOLD);
    setMovedInOn('');
    setErrors({});
    setError(null);
    void api.housing.accommodationsList({}).then((r) => {
      if (!r.ok) return;
      setShelters(r.value);
      setAccommodationId(r.value[0] ? String(r.value[0].id) : '');
    });
  }, [open]);

  const submit = async () => {
    const parsed = registerHouseholdInput.safeParse({ household: householdFromDraft(draft), accommodationId: Number(accommodationId), movedInOn });
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error));
    setErrors({});
    const result = await api.housing.householdRegister(parsed.data);
    if (result.ok) onRegistered(result.value);
    else setError(result.error);
  };
  return (
    <Dialog open={open} title={t('housing:register.title')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Select label={t('housing:register.accommodation')} value={accommodationId} onChange={(e) => setAccommodationId(e.target.value)} error={errors.accommodationId}>
          {shelters.map((s) => (
            <option key={s.id} value={s.id}>
              {t('housing:register.accommodationOption', { name: s.name, free: s.free })}
            </option>
          ))}
        </Select>
        <Input label={t('housing:register.movedInOn')} type="date" value={movedInOn} onChange={(e) => setMovedInOn(e.target.value)} error={errors.movedInOn} />
        <HouseholdFields draft={draft} onChange={setDraft} errors={errors} prefix="household." />
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
