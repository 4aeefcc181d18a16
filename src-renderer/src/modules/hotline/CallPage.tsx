import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { DraftView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { rememberInAddress } from '../../frame/route-url';
import type { PageParams } from '../module-ui';
import { CallForm, type FormDraft } from './CallForm';
import { CALL_SHORTCUT } from './shortcut';

/**
 * Log a call (Anruf erfassen): opens the draft given, else the user's call in progress (F2 from
 * another page returns to it), else a new draft (`fresh`: a second call the user confirmed), so the timer and everything
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
  // The new draft's id once the core has made it (null if it could not). A call typed and left
  // before then (a slow network, a busy server) still reaches its draft: CallForm saves into it.
  const [draftOnItsWay] = useState(() => pendingDraftId());
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const fresh = params.fresh === 1;
  // A call of this user already in progress, reopened instead of a new blank one.
  const [resumed, setResumed] = useState(false);
  const [askingNew, setAskingNew] = useState(false);

  useEffect(() => {
    // One draft per opening, also under React's development double-run of effects.
    if (requested.current) return;
    requested.current = true;
    void (async () => {
      if (draftId !== null) {
        const result = await api.hotline.draftGet({ id: draftId });
        return result.ok ? setDraft(result.value) : setError(result.error);
      }
      // F2 while a call is in progress (typed on another page) goes back to that call; only the
      // confirmed "new call" below starts a second one.
      if (!fresh) {
        const mine = await api.hotline.draftsMine({});
        const newest = mine.ok ? mine.value[0] : undefined;
        if (newest) {
          setResumed(true);
          setDraft(newest);
          rememberInAddress({ page: 'hotline.call', params: { draftId: newest.id } });
          return;
        }
      }
      const result = await api.hotline.draftStart({});
      draftOnItsWay.resolve(result.ok ? result.value.id : null);
      // Left already: the address belongs to the page the user went to.
      if (!mounted.current) return;
      if (!result.ok) return setError(result.error);
      setDraft(result.value);
      // A reload or a return after a lock reopens this draft, not a new one.
      rememberInAddress({ page: 'hotline.call', params: { draftId: result.value.id } });
    })();
  }, [draftId, fresh, draftOnItsWay]);

  // F2 on the call screen itself: a second call only after asking (the first stays in progress).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== CALL_SHORTCUT.key || event.altKey || event.ctrlKey || event.shiftKey || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setAskingNew(true);
    };
    // Capture: before the app's global shortcut, which then sees the key handled.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  // Same element in the same place before and after the draft arrives, so typing is not reset.
  // A resumed call is another draft with its own content: its form starts afresh.
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
      {resumed ? (
        <p className="notice-hint" role="status">
          {t('hotline:call.resumed')}
        </p>
      ) : null}
      {shown ? (
        <CallForm key={resumed ? `resumed-${draft?.id}` : 'call'} draft={shown} draftOnItsWay={draftOnItsWay.promise} onDiscarded={() => navigate('start')} />
      ) : error ? null : (
        <p className="muted">{t('common:loading')}</p>
      )}
      <Dialog open={askingNew} title={t('hotline:call.newCallTitle')} onClose={() => setAskingNew(false)}>
        <p>{t('hotline:call.newCallText')}</p>
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => navigate('hotline.call', { fresh: 1 })}>
            {t('hotline:call.newCallConfirm')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setAskingNew(false)}>
            {t('hotline:call.newCallBack')}
          </button>
        </div>
      </Dialog>
    </>
  );
}

/** A promise of the draft id and the function that settles it. */
function pendingDraftId(): { promise: Promise<number | null>; resolve: (id: number | null) => void } {
  let resolve: (id: number | null) => void = () => undefined;
  const promise = new Promise<number | null>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
