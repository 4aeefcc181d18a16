import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CaseDetail } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { useContractForm } from '../../components/form';
import { draftFromHousehold, HouseholdFields, householdDraft } from './HouseholdFields';

interface Props {
  detail: CaseDetail;
  open: boolean;
  onClose: () => void;
  onSaved: (detail: CaseDetail) => void;
}

/** Languages, needs, status, income and members change while a household waits for a flat. */
export function EditHouseholdDialog({ detail, open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const form = useContractForm(householdDraft, { defaultValues: draftFromHousehold(detail.household) });
  const { reset } = form;
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    if (!open) return;
    reset(draftFromHousehold(detail.household));
    setError(null);
  }, [open, detail.household, reset]);

  const submit = form.handleSubmit(async (household) => {
    // The version it was loaded at: a colleague's save in between is reported, not overwritten.
    const result = await api.housing.householdUpdate({ caseId: detail.card.id, version: detail.household.version, household });
    if (result.ok) onSaved(result.value);
    else setError(form.showServerIssues(result.error, { 'household.reference': 'reference', 'household.roomsNeeded': 'roomsNeeded' }) ? null : result.error);
  });
  return (
    <Dialog open={open} title={t('housing:household.editTitle')} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <HouseholdFields register={(name, asNumber) => form.register(name, asNumber ? { valueAsNumber: true } : {})} errors={form.formState.errors} knownLanguages={detail.household.languages} />
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
