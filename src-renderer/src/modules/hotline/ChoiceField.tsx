import { useLayoutEffect, useRef } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { FieldFrame } from '../../components/form';

/** `register()` options for a select of record ids: the empty option is null, any other its id. */
export const idChoice = { setValueAs: (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value)) };

interface Props {
  label: string;
  error?: FieldError | undefined;
  registration: UseFormRegisterReturn;
  /** The form's value: shown as soon as its option exists. */
  value: number | null | undefined;
  /** The option for no choice, e.g. "please choose" or "not routed". */
  empty: string;
  options: readonly { id: number; label: string }[];
  disabled?: boolean;
}

/**
 * A pick from entries that load after the form opens (the taxonomy, the hotline staff), on the
 * form kit's frame. The form holds the value from the start; a select cannot show it before its
 * option exists, so it is shown again whenever the options change.
 */
export function ChoiceField({ label, error, registration, value, empty, options, disabled }: Props) {
  const select = useRef<HTMLSelectElement | null>(null);
  useLayoutEffect(() => {
    if (select.current) select.current.value = value === null || value === undefined ? '' : String(value);
  }, [value, options]);
  return (
    <FieldFrame label={label} error={error}>
      {(control) => (
        <select
          {...registration}
          {...control}
          disabled={disabled}
          ref={(element) => {
            select.current = element;
            registration.ref(element);
          }}
        >
          <option value="">{empty}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
