import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { AuthLayout } from './AuthLayout';

/** Browser mode opened without the per-launch token: only the address from the terminal works. */
export function MissingTokenScreen() {
  const { t } = useTranslation();
  return (
    <AuthLayout>
      <PageHeading>{t('auth:missingToken.title')}</PageHeading>
      <p className="lead">{t('auth:missingToken.explanation')}</p>
      <p>{t('auth:missingToken.example')}</p>
      <p className="code-sample" dir="ltr" translate="no">
        {window.location.origin}/#token=…
      </p>
      <p className="muted">{t('auth:missingToken.why')}</p>
    </AuthLayout>
  );
}
