import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';

/** Throwing a typed call away asks once: it cannot be brought back. */
export function DiscardDraftButton({ draftId, beforeDiscard, onDiscarded }: { draftId: number; beforeDiscard: () => Promise<void>; onDiscarded: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  async function discard() {
    await beforeDiscard();
    const result = await api.hotline.draftDiscard({ id: draftId });
    if (result.ok) {
      setOpen(false);
      onDiscarded();
    } else {
      setError(result.error);
    }
  }
  return (
    <>
      <button type="button" className="button-danger-quiet" onClick={() => setOpen(true)}>
        {t('hotline:call.discard')}
      </button>
      <Dialog open={open} title={t('hotline:call.discardTitle')} onClose={() => setOpen(false)}>
        <p>{t('hotline:call.discardText')}</p>
        <FormError error={error} />
        <div className="actions">
          <button type="button" className="button-danger" onClick={() => void discard()}>
            {t('hotline:call.discardConfirm')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
            {t('common:cancel')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
