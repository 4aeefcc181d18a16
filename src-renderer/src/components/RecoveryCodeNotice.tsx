import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton';

/** 30 characters read more safely in six groups of five. */
export function groupRecoveryCode(code: string): string {
  return (code.replace(/[\s-]/g, '').match(/.{1,5}/g) ?? []).join(' ');
}

interface RecoveryCodeNoticeProps {
  code: string;
  /** What the confirmed button does next ("Continue to log-in", "Done"). */
  continueLabel: string;
  onContinue: () => void;
  /** Why a new code appears (first setup, after recovery, after a deactivation). */
  intro: string;
}

/**
 * Shows a recovery code exactly once. The way on is blocked until the person confirms they
 * stored it: without it, a forgotten admin password means the data is lost.
 */
export function RecoveryCodeNotice({ code, continueLabel, onContinue, intro }: RecoveryCodeNoticeProps) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const checkId = useId();
  const grouped = groupRecoveryCode(code);
  return (
    <div className="secret-notice">
      <p>{intro}</p>
      <p className="secret-value" data-testid="recovery-code" dir="ltr" translate="no">
        {grouped}
      </p>
      <CopyButton text={grouped} label={t('common:recoveryCode.copy')} />
      <ul className="secret-advice">
        <li>{t('common:recoveryCode.advicePaper')}</li>
        <li>{t('common:recoveryCode.adviceOnce')}</li>
        <li>{t('common:recoveryCode.adviceReplaced')}</li>
      </ul>
      <div className="check check-confirm">
        <input id={checkId} type="checkbox" checked={stored} onChange={(event) => setStored(event.target.checked)} />
        <label htmlFor={checkId}>{t('common:recoveryCode.confirmStored')}</label>
      </div>
      <div className="actions">
        <button type="button" className="button-primary" disabled={!stored} onClick={onContinue}>
          {continueLabel}
        </button>
      </div>
    </div>
  );
}
