import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../components/LanguageSelect';

/** The frame of every screen before log-in: product name, language choice, one centred card. */
export function AuthLayout({ children, showLanguage = true, wide = false }: { children: ReactNode; showLanguage?: boolean; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="auth-layout">
      <header className="auth-header">
        <span className="brand" translate="no">
          {t('common:productName')}
        </span>
        {showLanguage ? <LanguageSelect className="language-inline" /> : null}
      </header>
      <main className={wide ? 'auth-card auth-card-wide' : 'auth-card'}>{children}</main>
    </div>
  );
}
