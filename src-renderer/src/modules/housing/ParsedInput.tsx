import { useEffect, useState, type ComponentProps } from 'react';

interface ParsedInputProps<T> extends Omit<ComponentProps<'input'>, 'value' | 'onChange'> {
  value: T;
  onChange: (value: T) => void;
  /** The value as the user reads and types it (euros for cents, "4, 12" for a list). */
  format: (value: T) => string;
  parse: (text: string) => T;
}

/**
 * A text input for a value typed in another form than the contract keeps it, for react-hook-form's
 * `Controller` inside a `FieldFrame`. What the user types stays as typed ("4, " on the way to
 * "4, 12"); the text is replaced only when the value changes from outside (a form reset).
 */
export function ParsedInput<T>({ value, onChange, format, parse, ...input }: ParsedInputProps<T>) {
  const [text, setText] = useState(() => format(value));
  useEffect(() => {
    setText((current) => (format(parse(current)) === format(value) ? current : format(value)));
  }, [value, format, parse]);
  return (
    <input
      {...input}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parse(e.target.value));
      }}
    />
  );
}

/** Cents shown and typed as euros (`590`, `415,50`); an empty field is no number. */
export const euros = {
  format: (cents: number | undefined) => (cents === undefined || Number.isNaN(cents) ? '' : String(cents / 100)),
  parse: (text: string) => (text.trim() === '' ? Number.NaN : Math.round(Number(text.replace(',', '.')) * 100)),
};
