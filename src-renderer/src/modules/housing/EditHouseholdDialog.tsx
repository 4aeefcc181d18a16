import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { householdInput, type CaseDetail } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { issuesToErrors, type FieldErrors } from './FormBits';
import { draftFromHousehold, HouseholdFields, householdFromDraft, type HouseholdDraft } from './HouseholdFields';

interface Props {
  detail: CaseDetail;
  open: boolean;
  onClose: () => void;
  onSaved: (detail: CaseDetail) => void;
}

/** Languages, needs, status, income and members change while a household waits for a flat. */
export function EditHouseholdDialog({ detail, open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<HouseholdDraft>(() => draftFromHousehold(detail.household));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    if (!open) return;
    setDraft(draftFromHousehold(detail.household));
    setErrors({});
    setError(null);
  }, [open, detail.household]);

  const submit = async () => {
    const parsed = householdInput.safeParse(householdFromDraft(draft));
    if (!parsed.success) return setErrors(issuesToErrors(parsed.error));
    setErrors({});
    const result = await api.housing.householdUpdate({ caseId: detail.card.id, household: parsed.data });
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };
  return (
    <Dialog open={open} title={t('housing:household.editTitle')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <HouseholdFields draft={draft} onChange={setDraft} errors={errors} prefix="" />
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('common:save')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
