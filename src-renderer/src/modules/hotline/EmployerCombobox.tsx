import { useState, type Ref } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EmployerSummary } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { SearchCombobox } from '../../components/SearchCombobox';

export interface EmployerChoice {
  id: number | null;
  name: string;
}

interface Props {
  value: EmployerChoice;
  onChange: (choice: EmployerChoice) => void;
  /** The form's error for the employer, e.g. none chosen yet. */
  error?: FieldError | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

async function searchEmployers(query: string): Promise<EmployerSummary[]> {
  const result = await api.hotline.employersList({ query, page: 1 });
  return result.ok ? result.value.items : [];
}

/**
 * Employer search as you type (the shared `SearchCombobox`). The last option creates the typed name
 * as a new employer without leaving the form.
 */
export function EmployerCombobox({ value, onChange, error, inputRef }: Props) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | undefined>(undefined);

  async function create(name: string) {
    setCreating(true);
    const result = await api.hotline.employerSave({
      id: null,
      employer: { name, sector: '', sizeBand: null, street: '', postcode: '', city: '', notes: '' },
    });
    setCreating(false);
    if (result.ok) {
      setCreateError(undefined);
      onChange({ id: result.value.id, name: result.value.name });
    } else {
      setCreateError(result.error.details?.issues?.[0]?.message ?? 'validation:invalid');
    }
  }

  return (
    <SearchCombobox<EmployerSummary>
      label={t('hotline:call.employer')}
      hint={value.id !== null ? t('hotline:call.employerChosen') : t('hotline:call.employerHint')}
      error={error ?? createError}
      listLabel={t('hotline:call.employerMatches')}
      name="employerId"
      text={value.name}
      chosen={value.id !== null}
      onType={(name) => onChange({ id: null, name })}
      search={searchEmployers}
      onPick={(employer) => onChange({ id: employer.id, name: employer.name })}
      itemKey={(employer) => employer.id}
      renderItem={(employer) => (
        <>
          <bdi>{employer.name}</bdi>
          {employer.city ? <span className="muted"> · {employer.city}</span> : null}
        </>
      )}
      // No "create" when the typed name is one of the matches.
      extraOption={(query, matches) =>
        matches.some((e) => e.name.toLocaleLowerCase() === query.toLocaleLowerCase())
          ? null
          : {
              content: (
                <>
                  {t('hotline:call.createEmployer')} <bdi>{query}</bdi>
                </>
              ),
              onPick: () => void create(query),
              className: 'combobox-create',
            }
      }
      inputRef={inputRef}
      busy={creating}
    />
  );
}
