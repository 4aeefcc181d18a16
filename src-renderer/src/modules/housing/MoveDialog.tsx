import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CaseCard, CaseDetail } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';

interface MoveDialogProps {
  card: CaseCard | null;
  /** Preselected target (e.g. the previous stage after Ctrl+Arrow back). */
  initialTarget?: string | null;
  stageLabel: (stage: string) => string;
  onClose: () => void;
  onMoved: (detail: CaseDetail) => void;
}

/** "Move to…": the stages the path allows from here, with a reason where the path asks for one. */
export function MoveDialog({ card, initialTarget, stageLabel, onClose, onMoved }: MoveDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [moveOn, setMoveOn] = useState('');
  const [error, setError] = useState<ErrorValue | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  useEffect(() => {
    setTo(initialTarget ?? card?.allowedMoves[0]?.to ?? '');
    setReason('');
    setMoveOn('');
    setError(null);
    setReasonMissing(false);
  }, [card, initialTarget]);
  if (!card) return null;
  const move = card.allowedMoves.find((m) => m.to === to);
  const needsDate = to === 'leaseSigned' || to === 'movedOut';
  const submit = async () => {
    if (move?.needsReason && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    const result = await api.housing.caseMove({
      id: card.id,
      to,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(needsDate && moveOn ? { moveOn } : {}),
    });
    if (result.ok) onMoved(result.value);
    else setError(result.error);
  };
  return (
    <Dialog open title={t('housing:move.title', { reference: card.reference })} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('housing:move.to')}</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
            {card.allowedMoves.map((m) => (
              <option key={m.to} value={m.to}>
                {stageLabel(m.to)}
              </option>
            ))}
          </select>
        </div>
        {move?.needsReason ? (
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('housing:move.reason')}</label>
            <textarea
              id={`${id}-reason`}
              dir="auto"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonMissing ? true : undefined}
              aria-describedby={reasonMissing ? `${id}-reason-error` : undefined}
            />
            {reasonMissing ? (
              <p id={`${id}-reason-error`} className="field-error">
                {t('housing:move.reasonRequired')}
              </p>
            ) : null}
          </div>
        ) : null}
        {needsDate ? (
          <div className="field">
            <label htmlFor={`${id}-date`}>{to === 'leaseSigned' ? t('housing:move.plannedMoveOn') : t('housing:move.movedOutOn')}</label>
            <input id={`${id}-date`} type="date" value={moveOn} onChange={(e) => setMoveOn(e.target.value)} />
          </div>
        ) : null}
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={!move}>
            {t('housing:move.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
