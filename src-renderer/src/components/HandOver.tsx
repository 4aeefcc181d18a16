import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/transport';
import { useUnlockedStatus } from '../api/session-context';

/**
 * The screen handed to a client: a modal that fills the window with the form only, in large
 * type; the rest of the app is inert and Escape does nothing. Staff take it back by entering
 * their own password (checked by the core as a log-in of the signed-in person), so a client
 * cannot wander into case files.
 */
export function HandOver({ open, onBack, lang, dir, children }: { open: boolean; onBack: () => void; lang: string; dir: 'ltr' | 'rtl'; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useUnlockedStatus();
  const ref = useRef<HTMLDialogElement>(null);
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const [wrong, setWrong] = useState(false);
  const passwordId = useId();
  const backButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    if (!dialog.open) dialog.showModal();
    dialog.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [open]);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const r = await api.session.login({ username: user.username, password });
    setPassword('');
    if (!r.ok) return setWrong(true);
    setAsking(false);
    setWrong(false);
    onBack();
  };

  if (!open) return null;
  return (
    <dialog ref={ref} className="hand-over" tabIndex={-1} aria-label={t('common:handOver.label')} onCancel={(e) => e.preventDefault()} data-testid="hand-over">
      <div className="hand-over-form" lang={lang} dir={dir}>
        {children}
      </div>
      <div className="hand-over-staff">
        {asking ? (
          <form onSubmit={(e) => void check(e)} className="inline-form">
            <div className="field">
              <label htmlFor={passwordId}>{t('common:handOver.password', { name: user.displayName })}</label>
              <input
                id={passwordId}
                type="password"
                autoComplete="current-password"
                autoFocus
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={wrong ? true : undefined}
                aria-describedby={wrong ? `${passwordId}-error` : undefined}
              />
              {wrong ? (
                <p id={`${passwordId}-error`} className="field-error">
                  {t('common:handOver.wrong')}
                </p>
              ) : null}
            </div>
            <button type="submit" className="button-primary">
              {t('common:handOver.confirm')}
            </button>
          </form>
        ) : (
          <button ref={backButton} type="button" className="button-secondary" onClick={() => setAsking(true)}>
            {t('common:handOver.back')}
          </button>
        )}
      </div>
    </dialog>
  );
}
