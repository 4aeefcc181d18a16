import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { interpreterInput } from '../../../../src-main/contract/pool';
import type { ContractForm } from '../../components/form';
import { RequesterPicker, type RequesterChoice } from './RequesterPicker';

interface Props {
  control: ContractForm<typeof interpreterInput>['control'];
  index: number;
  /** The requester's name as loaded with the profile (empty for a new row or none). */
  initialName: string;
}

/** The requester of one conflict-of-interest row, searched by name (any requester, not only the first page). */
export function ConflictRequesterField({ control, index, initialName }: Props) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: `conflicts.${index}.requesterId` });
  const [choice, setChoice] = useState<RequesterChoice>({ id: (field.value as number | null) ?? null, name: initialName });
  return (
    <RequesterPicker
      className="pool-cell"
      label={t('pool:interpreter.conflictRequester')}
      name={field.name}
      value={choice}
      inputRef={field.ref}
      onChange={(next) => {
        setChoice(next);
        // Text typed but nothing picked is refused (NaN fails the id rule), not saved as "no requester".
        field.onChange(next.id ?? (next.name.trim() === '' ? null : Number.NaN));
      }}
      error={fieldState.error ? 'pool:validation.requesterNotChosen' : undefined}
    />
  );
}
