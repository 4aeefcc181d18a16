import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftHolder } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';

/**
 * Colleagues' calls in progress on the call list: who is on the phone since when, and with which
 * employer, so two people do not call the same one back. What they type stays theirs.
 */
export function HeldDraftsPanel() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [held, setHeld] = useState<DraftHolder[]>([]);
  useEffect(() => {
    void api.hotline.draftsHeld({}).then((result) => result.ok && setHeld(result.value));
  }, []);
  if (held.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="held-drafts-heading">
      <h2 id="held-drafts-heading">{t('hotline:held.title')}</h2>
      <ul className="held-drafts" data-testid="held-drafts">
        {held.map((d) => (
          <li key={d.draftId}>
            {t('hotline:held.since', { name: d.holderName, time: formatDateTime(d.startedAt, lng) })}
            {' · '}
            {d.employerId !== null ? (
              <button type="button" className="button-link" onClick={() => navigate('hotline.employerDetail', { id: d.employerId! })}>
                <bdi>{d.employerName}</bdi>
              </button>
            ) : (
              <span className="muted">{t('hotline:start.draftNoEmployer')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On an employer's page: the colleagues typing a call about it right now. */
export function InCallNotice({ holders }: { holders: DraftHolder[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  if (holders.length === 0) return null;
  return (
    <ul className="held-drafts in-call" data-testid="in-call-with">
      {holders.map((d) => (
        <li key={d.draftId}>{t('hotline:held.onThisEmployer', { name: d.holderName, time: formatDateTime(d.startedAt, lng) })}</li>
      ))}
    </ul>
  );
}
