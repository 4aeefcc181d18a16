import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../components/LanguageSelect';
import { AccessibilityStatement } from '../accessibility/AccessibilityStatement';

/**
 * The frame of every screen before log-in: product name, language choice, one centred card, and
 * the accessibility statement one link away (it must be reachable without an account). The
 * screen stays mounted, hidden, while the statement shows, so nothing typed is lost.
 */
export function AuthLayout({ children, showLanguage = true, wide = false }: { children: ReactNode; showLanguage?: boolean; wide?: boolean }) {
  const { t } = useTranslation();
  const [statement, setStatement] = useState(false);
  // Back from the statement, the focus returns to the link that opened it.
  const link = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (statement || !returning.current) return;
    returning.current = false;
    link.current?.focus();
  }, [statement]);
  return (
    <div className="auth-layout">
      <header className="auth-header">
        <span className="brand" translate="no">
          {t('common:productName')}
        </span>
        {showLanguage ? <LanguageSelect className="language-inline" /> : null}
      </header>
      <main className={wide || statement ? 'auth-card auth-card-wide' : 'auth-card'}>
        <div hidden={statement}>{children}</div>
        {statement ? (
          <>
            <AccessibilityStatement contact={null} />
            <div className="actions">
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  returning.current = true;
                  setStatement(false);
                }}
              >
                {t('accessibility:back')}
              </button>
            </div>
          </>
        ) : null}
      </main>
      <footer className="auth-page-footer">
        <button ref={link} type="button" className="button-link" hidden={statement} onClick={() => setStatement(true)}>
          {t('accessibility:link')}
        </button>
      </footer>
    </div>
  );
}
