import { useTranslation } from 'react-i18next';

/**
 * The import's progress: while rows are checked, a determinate bar (rows checked of all rows);
 * while the commit saves them, an indeterminate one (no value: the core saves in one go).
 * The live text is the page's status line, so a screen reader hears it once, not twice.
 */
export function ImportProgress({ progress }: { progress: { checked: number; total: number } | 'saving' }) {
  const { t } = useTranslation();
  if (progress === 'saving') {
    return (
      <div className="import-progress" role="progressbar" aria-label={t('imports:savingLabel')} aria-busy="true">
        <div className="import-progress-bar import-progress-indeterminate" />
      </div>
    );
  }
  const { checked, total } = progress;
  const percent = total > 0 ? Math.round((checked / total) * 100) : 0;
  return (
    <div
      className="import-progress"
      role="progressbar"
      aria-label={t('imports:progressLabel')}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={checked}
      aria-valuetext={t('imports:checking', { checked, total })}
    >
      {/* Width on the inline axis: in Arabic and Farsi the bar grows from the right. */}
      <div className="import-progress-bar" style={{ inlineSize: `${percent}%` }} />
    </div>
  );
}
