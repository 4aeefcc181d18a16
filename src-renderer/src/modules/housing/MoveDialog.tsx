import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { moveCaseInput, type CaseCard, type CaseDetail } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/ErrorMessage';
import { DateField, SelectField, TextAreaField, useContractForm } from '../../components/form';
import { documentKindKey, documentStatusKey } from './keys';
import { useMissingDocuments } from './use-missing-documents';

interface MoveDialogProps {
  card: CaseCard | null;
  /** Preselected target (e.g. the previous stage after Ctrl+Arrow back). */
  initialTarget?: string | null;
  stageLabel: (stage: string) => string;
  onClose: () => void;
  onMoved: (detail: CaseDetail) => void;
}

/** An empty date field is no date: the core then takes today (moved out) or plans none (lease signed). */

/** The preselected target, else the first the path allows. */
const startOf = (card: CaseCard | null, initialTarget: string | null | undefined) => ({
  id: card?.id,
  fromStage: card?.stage,
  to: initialTarget ?? card?.allowedMoves[0]?.to ?? '',
  reason: '',
});

/** "Move to…": the stages the path allows from here, with a reason where the path asks for one. */
export function MoveDialog({ card, initialTarget, stageLabel, onClose, onMoved }: MoveDialogProps) {
  const { t } = useTranslation();
  const form = useContractForm(moveCaseInput, { defaultValues: startOf(card, initialTarget) });
  const { reset } = form;
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    reset(startOf(card, initialTarget));
    setError(null);
  }, [card, initialTarget, reset]);
  const to = form.watch('to');
  const missing = useMissingDocuments(card?.id ?? null, to === 'documentsReady');
  if (!card) return null;
  const move = card.allowedMoves.find((m) => m.to === to);
  // "Documents complete" with documents missing: allowed, but the reason goes into the stage history.
  const needsReason = !!move?.needsReason || (missing?.length ?? 0) > 0;
  const needsDate = to === 'leaseSigned' || to === 'movedOut';
  const submit = form.handleSubmit(async ({ to: target, reason, moveOn }) => {
    // The path decides where a reason is needed; the core checks the same.
    if (needsReason && !reason) {
      const message = move?.needsReason ? 'housing:validation.reasonRequired' : 'housing:validation.documentsMissingReason';
      form.setError('reason', { type: 'required', message }, { shouldFocus: true });
      return;
    }
    // From the stage the card showed: a colleague's move in between is reported, not undone.
    const result = await api.housing.caseMove({ id: card.id, fromStage: card.stage, to: target, ...(reason ? { reason } : {}), ...(needsDate && moveOn ? { moveOn } : {}) });
    if (result.ok) onMoved(result.value);
    else setError(form.showServerIssues(result.error) ? null : result.error);
  });
  return (
    <Dialog open title={t('housing:move.title', { reference: card.reference })} onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <SelectField label={t('housing:move.to')} registration={form.register('to')}>
          {card.allowedMoves.map((m) => (
            <option key={m.to} value={m.to}>
              {stageLabel(m.to)}
            </option>
          ))}
        </SelectField>
        {to === 'documentsReady' && missing && missing.length > 0 ? (
          <div className="notice-warning" data-testid="housing-missing-documents">
            <p>
              <strong>{t('housing:move.documentsMissing', { count: missing.length })}</strong>
            </p>
            <ul>
              {missing.map((d) => (
                <li key={d.id}>
                  <bdi>{d.kind === 'custom' ? d.customLabel : t(documentKindKey(d.kind))}</bdi> – {(d.flag === 'expired' ? t('housing:documents.flag.expired') : t(documentStatusKey(d.status)))}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {needsReason ? <TextAreaField label={t('housing:move.reason')} rows={3} registration={form.register('reason')} error={form.formState.errors.reason} /> : null}
        {needsDate ? (
          <DateField
            label={to === 'leaseSigned' ? t('housing:move.plannedMoveOn') : t('housing:move.movedOutOn')}
            control={form.control}
            name="moveOn"
            emptyAsUndefined
            error={form.formState.errors.moveOn}
          />
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
