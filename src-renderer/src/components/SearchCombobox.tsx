import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { FieldError } from 'react-hook-form';
import { FieldFrame } from './form';

/** An extra last option, e.g. "create the typed name", picked like the others. */
export interface ExtraOption {
  content: ReactNode;
  onPick: () => void;
  className?: string;
}

interface Props<T> {
  label: string;
  hint?: ReactNode;
  /** The form's error for the field (an i18n key), or one of the caller's own. */
  error?: FieldError | string | undefined;
  /** Names the list of matches for screen readers. */
  listLabel: string;
  /** The field's name, so the form kit's error summary can point at it. */
  name: string;
  /** What the field shows: the typed text, or the chosen record's name. */
  text: string;
  /** A record is chosen: no search, no list, until the user types again. */
  chosen: boolean;
  /** The user typed: the caller forgets any chosen record and keeps the text. */
  onType: (text: string) => void;
  /** Matches for the trimmed text; only the answer to the latest text is shown. */
  search: (query: string) => Promise<T[]>;
  onPick: (item: T) => void;
  itemKey: (item: T) => string | number;
  renderItem: (item: T) => ReactNode;
  extraOption?: ((query: string, matches: T[]) => ExtraOption | null) | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  busy?: boolean;
  maxLength?: number;
  /** More classes for the field's frame (e.g. a cell in a row of fields). */
  className?: string | undefined;
}

const SEARCH_DELAY_MS = 150;
const SHOWN = 8;

type Option<T> = { kind: 'item'; item: T } | { kind: 'extra'; extra: ExtraOption };

/**
 * Search as you type (ARIA 1.2 combobox with a list box): the list asks the server after a short
 * pause, so a record is reachable however many there are; arrow keys move, Enter picks, Escape closes.
 * The focus stays in the text field throughout (`aria-activedescendant`).
 */
export function SearchCombobox<T>({
  label,
  hint,
  error,
  listLabel,
  name,
  text,
  chosen,
  onType,
  search,
  onPick,
  itemKey,
  renderItem,
  extraOption,
  inputRef,
  busy,
  maxLength = 120,
  className,
}: Props<T>) {
  const listId = useId();
  const [results, setResults] = useState<T[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = text.trim();
  const requestNo = useRef(0);
  // The latest search function without restarting the search when the caller passes a new one.
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    if (chosen || query === '') {
      requestNo.current += 1;
      setResults([]);
      return;
    }
    const no = ++requestNo.current;
    const timer = window.setTimeout(() => {
      void searchRef.current(query).then((items) => {
        // Only the answer to the latest query counts.
        if (no === requestNo.current) setResults(items.slice(0, SHOWN));
      });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, chosen]);

  const extra = !chosen && query !== '' && extraOption ? extraOption(query, results) : null;
  const options: Option<T>[] = chosen || query === '' ? [] : [...results.map((item) => ({ kind: 'item' as const, item })), ...(extra ? [{ kind: 'extra' as const, extra }] : [])];
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(option: Option<T>) {
    setOpen(false);
    setActive(-1);
    if (option.kind === 'item') onPick(option.item);
    else option.extra.onPick();
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
      choose(options[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <FieldFrame label={label} hint={hint} error={error} className={className ? `combobox ${className}` : 'combobox'}>
      {(control) => (
        <>
          <input
            {...control}
            ref={inputRef}
            name={name}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-busy={busy || undefined}
            autoComplete="off"
            dir="auto"
            maxLength={maxLength}
            value={text}
            onChange={(event) => {
              onType(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={listId} role="listbox" aria-label={listLabel} className="combobox-list" hidden={!expanded}>
            {options.map((option, index) => (
              <li
                key={option.kind === 'item' ? itemKey(option.item) : 'extra'}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={option.kind === 'extra' && option.extra.className ? `combobox-option ${option.extra.className}` : 'combobox-option'}
                // Keep focus in the input: a mouse pick must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                {option.kind === 'item' ? renderItem(option.item) : option.extra.content}
              </li>
            ))}
          </ul>
        </>
      )}
    </FieldFrame>
  );
}
