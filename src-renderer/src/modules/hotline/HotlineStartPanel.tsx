import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import { takeReopenRequest } from './reopen-draft';
import { CALL_SHORTCUT } from './shortcut';

/** Start page: the call shortcut, a button to log a call, and calls still being typed. */
export function HotlineStartPanel() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [drafts, setDrafts] = useState<DraftView[]>([]);

  useEffect(() => {
    const reopen = takeReopenRequest();
    void api.hotline.draftsMine({}).then((result) => {
      if (!result.ok) return;
      const newest = result.value[0];
      // Right after log-in (also after an auto-lock), the call that was being typed comes back.
      if (reopen && newest) navigate('hotline.call', { draftId: newest.id });
      else setDrafts(result.value);
    });
  }, [navigate]);

  return (
    <section className="panel" aria-labelledby="hotline-start-heading">
      <h2 id="hotline-start-heading">{t('hotline:start.title')}</h2>
      <p>
        <button type="button" className="button-primary" aria-keyshortcuts={CALL_SHORTCUT.display} onClick={() => navigate('hotline.call')}>
          {t('hotline:start.logCall')} <kbd>{CALL_SHORTCUT.display}</kbd>
        </button>{' '}
        <span className="muted">{t('hotline:call.shortcutHint', { key: CALL_SHORTCUT.display })}</span>
      </p>
      {drafts.length > 0 ? (
        <>
          <h3>{t('hotline:start.drafts')}</h3>
          <ul className="task-list">
            {drafts.map((d) => (
              <li key={d.id} className="task">
                <div className="task-main">
                  <span className="task-title" dir="auto">
                    {d.data.employerName || t('hotline:start.draftNoEmployer')}
                  </span>
                </div>
                <div className="task-meta">
                  <span>{t('hotline:start.draftStarted', { date: formatDateTime(d.startedAt, lng) })}</span>
                </div>
                <div className="task-actions">
                  <button type="button" className="button-secondary button-small" onClick={() => navigate('hotline.call', { draftId: d.id })}>
                    {t('hotline:start.continue')}
                    <span className="visually-hidden">: {d.data.employerName || t('hotline:start.draftNoEmployer')}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
