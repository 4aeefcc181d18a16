import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationMessage } from '../../components/validation-message';

/** The shared validation messages, plus this module's own rule messages (`hotline:validation.*`). */
function useFieldMessage(): (message: string | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  const shared = useValidationMessage();
  return (message) => (message && /^hotline:validation\.[A-Za-z]+$/.test(message) && i18n.exists(message) ? t(message) : shared(message));
}

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * Label, optional hint, control and error for the hotline's state-driven forms (the call form
 * saves on every change, so it keeps its own state rather than react-hook-form's).
 */
export function FormField({
  label,
  hint,
  error,
  className,
  children,
}: {
  label: string;
  hint?: ReactNode;
  /** An i18n key from a contract rule, e.g. `validation:required`. */
  error?: string | undefined;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const message = useFieldMessage()(error);
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

/** Zod issues of a submit, by field name (the last path segment, or a prefixed one). */
export function issuesByField(issues: { path: PropertyKey[]; message: string }[], rename: Record<string, string> = {}): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const field = rename[path] ?? String(issue.path[issue.path.length - 1] ?? '');
    // zod's own English messages become the generic hint in useValidationMessage.
    errors[field] ??= issue.message;
  }
  return errors;
}
