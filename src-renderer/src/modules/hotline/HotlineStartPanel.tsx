import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import { takeReopenRequest } from './reopen-draft';
import { CALL_SHORTCUT } from './shortcut';
import { useTaxonomy } from './use-taxonomy';

/** Start page: the call shortcut, a button to log a call, and calls still being typed. */
export function HotlineStartPanel() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [drafts, setDrafts] = useState<DraftView[]>([]);
  const taxonomy = useTaxonomy();
  // A call without an employer yet is known by who called and about what (its start time is beside it).
  const labelOf = (d: DraftView) =>
    d.data.employerName ||
    [d.data.callerName, d.data.topicId ? taxonomy.label(d.data.topicId) : ''].filter((part) => part && part.trim()).join(' · ') ||
    t('hotline:start.draftUntitled');

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
                    {labelOf(d)}
                  </span>
                </div>
                <div className="task-meta">
                  <span>{t('hotline:start.draftStarted', { date: formatDateTime(d.startedAt, lng) })}</span>
                </div>
                <div className="task-actions">
                  <button type="button" className="button-secondary button-small" onClick={() => navigate('hotline.call', { draftId: d.id })}>
                    {t('hotline:start.continue')}
                    <span className="visually-hidden">: {labelOf(d)}</span>
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
