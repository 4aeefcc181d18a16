import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { z } from 'zod';
import { useValidationMessage } from '../../components/validation-message';

/** Field errors by path (`household.reference`), from a contract schema's safeParse. */
export type FieldErrors = Record<string, string>;

export function issuesToErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

function Frame({ id, label, error, children }: { id: string; label: string; error?: string | undefined; children: ReactNode }) {
  const message = useValidationMessage()(error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose error is announced with it (aria-describedby, aria-invalid). */
export function Input({ label, error, ...input }: { label: string; error?: string | undefined } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error}>
      <input {...input} id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
    </Frame>
  );
}

export function Select({
  label,
  error,
  children,
  ...select
}: { label: string; error?: string | undefined; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  const id = useId();
  return (
    <Frame id={id} label={label} error={error}>
      <select {...select} id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {children}
      </select>
    </Frame>
  );
}
