import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useValidationMessage } from './validation-message';

interface Described {
  hintId: string;
  errorId: string;
  message: string | undefined;
  describedBy: string | undefined;
}

function useDescribed(hint: ReactNode, error: FieldError | undefined): Described & { id: string } {
  const id = useId();
  const message = useValidationMessage()(error?.message);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, message, describedBy };
}

function FieldFrame({ id, label, hint, d, children }: { id: string; label: string; hint: ReactNode; d: Described; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={d.hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {children}
      {d.message ? (
        <p id={d.errorId} className="field-error">
          {d.message}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  /** Shown between label and input, and read out with the input (rules the user must meet). */
  hint?: ReactNode;
}

export function TextField({ label, registration, error, hint, ...input }: TextFieldProps) {
  const d = useDescribed(hint, error);
  return (
    <FieldFrame id={d.id} label={label} hint={hint} d={d}>
      <input
        type="text"
        {...input}
        {...registration}
        id={d.id}
        aria-invalid={d.message ? true : undefined}
        aria-describedby={d.describedBy}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint?: ReactNode;
  children: ReactNode;
}

export function SelectField({ label, registration, error, hint, children, ...select }: SelectFieldProps) {
  const d = useDescribed(hint, error);
  return (
    <FieldFrame id={d.id} label={label} hint={hint} d={d}>
      <select {...select} {...registration} id={d.id} aria-invalid={d.message ? true : undefined} aria-describedby={d.describedBy}>
        {children}
      </select>
    </FieldFrame>
  );
}
