import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../src-main/contract';
import { formatDateTime } from '../i18n/date-locale';
import { damageKey, errorKey } from '../i18n/dynamic-keys';
import { useValidationMessage } from './validation-message';

/** One translated error from the core, with what its details add (wait time, failed fields). */
export function ErrorText({ error, fieldLabels = {} }: { error: ErrorValue; fieldLabels?: Readonly<Record<string, string>> }) {
  const { t, i18n } = useTranslation();
  const validationMessage = useValidationMessage();
  const retry = error.details?.retryAfterSeconds;
  const issues = error.details?.issues ?? [];
  const changedAt = error.details?.changedAt;
  // A damaged database: say what was found (and where), so IT knows what to restore and why.
  const damage = error.details?.damage;
  // A stale save: say who saved in between, and when, so the user knows what to look at after reloading.
  const conflict =
    error.code === 'CONFLICT' && changedAt
      ? t('errors:changedBy', { name: error.details?.changedBy ?? t('errors:someone'), time: formatDateTime(changedAt, i18n.resolvedLanguage ?? 'de') })
      : null;
  return (
    <>
      <p>
        {conflict ?? t(errorKey(error.code))}
        {retry !== undefined && retry > 0 ? ' ' + t('errors:retryAfter', { count: Math.ceil(retry) }) : null}
      </p>
      {damage ? (
        <p data-testid="damage-found">
          {t(damageKey(damage.kind))}
          {damage.pages && damage.pages.length > 0 ? ' ' + t('errors:damagePages', { pages: damage.pages.map((p) => p.toLocaleString(i18n.resolvedLanguage ?? 'de')).join(', ') }) : null}{' '}
          {t('errors:damageUntouched')}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue, index) => (
            // Named by its field where the form knows it, so the summary says where to look.
            <li key={index}>{fieldLabels[issue.path] ? `${fieldLabels[issue.path]}: ${validationMessage(issue.message)}` : validationMessage(issue.message)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * A form's error region. It is always in the page, so screen readers announce the error
 * when it appears.
 */
export function FormError({ error, fieldLabels }: { error: ErrorValue | null | undefined; fieldLabels?: Readonly<Record<string, string>> }) {
  return (
    <div role="alert" className="form-error">
      {error ? <ErrorText error={error} {...(fieldLabels ? { fieldLabels } : {})} /> : null}
    </div>
  );
}
