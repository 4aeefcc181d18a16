import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useValidationMessage } from '../validation-message';

/** What a control needs so its label, hint and error are read out with it. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FrameProps {
  label: string;
  /** Shown between label and control, and read out with it (rules the user must meet). */
  hint?: ReactNode;
  /** From react-hook-form, or a contract rule's message (an i18n key such as `validation:required`). */
  error?: FieldError | string | undefined;
  className?: string;
}

/**
 * Label, optional hint, any control, and its error: the one frame every form field uses. The
 * error text is a contract rule's key translated here, so the core and the form say the same.
 */
export function FieldFrame({ label, hint, error, className, children }: FrameProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const message = useValidationMessage()(typeof error === 'string' ? error : error?.message);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': message ? true : undefined })}
      {message ? (
        <p id={errorId} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}

type Registered = { registration: UseFormRegisterReturn };

export function TextField({ label, hint, error, className, registration, ...input }: FrameProps & Registered & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} {...(className ? { className } : {})}>
      {(control) => <input type="text" {...input} {...registration} {...control} />}
    </FieldFrame>
  );
}

export function TextAreaField({ label, hint, error, className, registration, ...area }: FrameProps & Registered & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} {...(className ? { className } : {})}>
      {(control) => <textarea dir="auto" {...area} {...registration} {...control} />}
    </FieldFrame>
  );
}

export function SelectField({
  label,
  hint,
  error,
  className,
  registration,
  children,
  ...select
}: FrameProps & Registered & { children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} {...(className ? { className } : {})}>
      {(control) => (
        <select {...select} {...registration} {...control}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A checkbox with its label after it; an error, if any, is read out with it. */
export function CheckboxField({ label, error, registration, ...input }: Omit<FrameProps, 'hint' | 'className'> & Registered & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'type'>) {
  const id = useId();
  const message = useValidationMessage()(typeof error === 'string' ? error : error?.message);
  return (
    <div className="check">
      <input type="checkbox" {...input} {...registration} id={id} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} />
      <label htmlFor={id}>{label}</label>
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
