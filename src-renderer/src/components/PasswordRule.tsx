import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../src-main/contract/fields';

/** The password rule, visible before typing and updated while typing. */
export function PasswordRule({ value }: { value: string | undefined }) {
  const { t } = useTranslation();
  const length = value?.length ?? 0;
  const met = length >= PASSWORD_MIN_LENGTH;
  return (
    <span className={met ? 'rule rule-met' : 'rule'}>
      <span className="rule-mark" aria-hidden="true">
        {met ? '✓' : '○'}
      </span>{' '}
      {t('common:passwordRule.minLength', { count: PASSWORD_MIN_LENGTH })}{' '}
      <span className="rule-progress">{t('common:passwordRule.typed', { count: length })}</span>
    </span>
  );
}
