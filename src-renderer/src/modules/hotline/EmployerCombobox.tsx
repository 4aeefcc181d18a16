import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EmployerSummary } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FieldFrame } from '../../components/form';

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

type Option = { kind: 'employer'; employer: EmployerSummary } | { kind: 'create'; name: string };

const SEARCH_DELAY_MS = 150;

/**
 * Employer search as you type (ARIA combobox with a list box): arrow keys move, Enter picks, Escape
 * closes. The last option creates the typed name as a new employer without leaving the form.
 */
export function EmployerCombobox({ value, onChange, error, inputRef }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [results, setResults] = useState<EmployerSummary[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | undefined>(undefined);
  const query = value.name.trim();
  const requestNo = useRef(0);

  useEffect(() => {
    if (value.id !== null || query === '') {
      setResults([]);
      return;
    }
    const no = ++requestNo.current;
    const timer = window.setTimeout(() => {
      void api.hotline.employersList({ query, page: 1 }).then((result) => {
        // Only the answer to the latest query counts.
        if (result.ok && no === requestNo.current) setResults(result.value.items.slice(0, 8));
      });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, value.id]);

  const exact = results.some((e) => e.name.toLocaleLowerCase() === query.toLocaleLowerCase());
  const options: Option[] =
    value.id === null && query !== ''
      ? [...results.map((employer) => ({ kind: 'employer' as const, employer })), ...(exact ? [] : [{ kind: 'create' as const, name: query }])]
      : [];
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  async function choose(option: Option) {
    setOpen(false);
    setActive(-1);
    if (option.kind === 'employer') {
      onChange({ id: option.employer.id, name: option.employer.name });
      return;
    }
    setCreating(true);
    const result = await api.hotline.employerSave({
      id: null,
      employer: { name: option.name, sector: '', sizeBand: null, street: '', postcode: '', city: '', notes: '' },
    });
    setCreating(false);
    if (result.ok) {
      setCreateError(undefined);
      onChange({ id: result.value.id, name: result.value.name });
    } else {
      setCreateError(result.error.details?.issues?.[0]?.message ?? 'validation:invalid');
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      void choose(options[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <FieldFrame
      label={t('hotline:call.employer')}
      hint={value.id !== null ? t('hotline:call.employerChosen') : t('hotline:call.employerHint')}
      error={error ?? createError}
      className="combobox"
    >
      {(control) => (
        <>
          <input
            {...control}
            ref={inputRef}
            name="employerId"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-busy={creating || undefined}
            autoComplete="off"
            dir="auto"
            maxLength={120}
            value={value.name}
            onChange={(event) => {
              onChange({ id: null, name: event.target.value });
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={listId} role="listbox" aria-label={t('hotline:call.employerMatches')} className="combobox-list" hidden={!expanded}>
            {options.map((option, index) => (
              <li
                key={option.kind === 'employer' ? option.employer.id : 'create'}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={option.kind === 'create' ? 'combobox-option combobox-create' : 'combobox-option'}
                // Keep focus in the input: a mouse pick must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => void choose(option)}
              >
                {option.kind === 'employer' ? (
                  <>
                    <bdi>{option.employer.name}</bdi>
                    {option.employer.city ? <span className="muted"> · {option.employer.city}</span> : null}
                  </>
                ) : (
                  <>
                    {t('hotline:call.createEmployer')} <bdi>{option.name}</bdi>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </FieldFrame>
  );
}
