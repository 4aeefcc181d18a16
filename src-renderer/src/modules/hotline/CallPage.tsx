import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { DraftView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { rememberInAddress } from '../../frame/route-url';
import type { PageParams } from '../module-ui';
import { CallForm, type FormDraft } from './CallForm';
import { CALL_SHORTCUT } from './shortcut';

/**
 * Log a call (Anruf erfassen): opens a new draft, or the one given, so the timer and everything
 * typed live in the encrypted database from the first second. A new call's form is there at
 * once: the caller is already talking, and keystrokes typed before the draft exists are kept and
 * saved as soon as it does.
 */
export function CallPage({ params }: { params: PageParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<DraftView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const requested = useRef(false);
  const draftId = typeof params.draftId === 'number' ? params.draftId : null;
  const [openedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    // One draft per opening, also under React's development double-run of effects.
    if (requested.current) return;
    requested.current = true;
    void (draftId !== null ? api.hotline.draftGet({ id: draftId }) : api.hotline.draftStart({})).then((result) => {
      if (!result.ok) return setError(result.error);
      setDraft(result.value);
      // A reload or a return after a lock reopens this draft, not a new one.
      if (draftId === null) rememberInAddress({ page: 'hotline.call', params: { draftId: result.value.id } });
    });
  }, [draftId]);

  // Same element in the same place before and after the draft arrives, so typing is not reset.
  const shown: FormDraft | null =
    draft ?? (draftId === null && !error ? { id: null, startedAt: openedAt, data: { urgency: 'normal' } } : null);

  return (
    <>
      <div className="page-header">
        {/* Focus goes straight to the employer field: the caller is already talking. */}
        <PageHeading focusOnMount={false}>{t('hotline:call.title')}</PageHeading>
        <p className="muted">{t('hotline:call.shortcutHint', { key: CALL_SHORTCUT.display })}</p>
      </div>
      <FormError error={error} />
      {shown ? <CallForm draft={shown} onDiscarded={() => navigate('start')} /> : error ? null : <p className="muted">{t('common:loading')}</p>}
    </>
  );
}
