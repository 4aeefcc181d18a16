import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CaseCard } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { formatNumber } from '../../i18n/date-locale';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { CaseCardView } from './CaseCardView';
import { MoveDialog } from './MoveDialog';
import { RegisterHouseholdDialog } from './RegisterHouseholdDialog';
import { useHousingSettings, useStageLabel } from './use-housing-settings';

/** One column per stage of the installation's path; cards move by keyboard or through "Move to…". */
export function BoardPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const settings = useHousingSettings();
  const stageLabel = useStageLabel(settings);
  const hintId = useId();
  const [cards, setCards] = useState<CaseCard[] | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [moving, setMoving] = useState<{ card: CaseCard; target: string | null } | null>(null);
  const [registering, setRegistering] = useState(false);
  const [focusId, setFocusId] = useState<number | null>(null);

  const load = useCallback(async (focusCaseId?: number) => {
    const result = await api.housing.casesList({ sort: 'daysInStage', direction: 'desc', limit: 500 });
    if (!result.ok) return setError(result.error);
    setCards(result.value.rows);
    setError(null);
    if (focusCaseId !== undefined) setFocusId(focusCaseId);
  }, []);
  // After a move the card sits in another column (a new element): keep the keyboard on it.
  useEffect(() => {
    if (focusId === null) return;
    document.querySelector<HTMLElement>(`[data-case-id="${focusId}"] .housing-card-open`)?.focus();
    setFocusId(null);
  }, [cards, focusId]);
  useEffect(() => {
    void load();
  }, [load]);

  const announceMove = (reference: string, stage: string) => {
    setAnnouncement('');
    setTimeout(() => setAnnouncement(t('housing:board.moved', { reference, stage: stageLabel(stage) })), 50);
  };

  const step = async (card: CaseCard, direction: 'forward' | 'back') => {
    if (!settings) return;
    const order = settings.stages.map((s) => s.key);
    const here = order.indexOf(card.stage === 'paused' ? (card.pausedFrom ?? '') : card.stage);
    const candidates = card.allowedMoves.filter((m) => {
      const there = order.indexOf(m.to);
      return there >= 0 && (direction === 'forward' ? there > here : there < here);
    });
    const target = direction === 'forward' ? candidates[0] : candidates.at(-1);
    if (!target) {
      setAnnouncement(t('housing:board.cannotMove'));
      return;
    }
    // A step back needs a reason: ask for it in the dialog.
    if (target.needsReason) return setMoving({ card, target: target.to });
    const result = await api.housing.caseMove({ id: card.id, fromStage: card.stage, to: target.to });
    if (!result.ok) {
      // Documents still missing: the dialog lists them and asks for the reason.
      if (result.error.code === 'INVALID_INPUT' && result.error.details?.issues?.some((i) => i.path === 'reason')) return setMoving({ card, target: target.to });
      // A colleague moved the card meanwhile: show where it is now, and who moved it.
      if (result.error.code === 'CONFLICT') await load(card.id);
      return setError(result.error);
    }
    announceMove(card.reference, target.to);
    await load(card.id);
  };

  const columns = settings ? [...settings.stages.map((s) => s.key).filter((k) => k !== 'closed'), 'paused'] : [];
  return (
    <>
      <div className="page-header">
        <PageHeading id={`${hintId}-title`}>{t('housing:board.title')}</PageHeading>
        <button type="button" className="button-primary" onClick={() => setRegistering(true)}>
          {t('housing:register.open')}
        </button>
      </div>
      <p id={hintId} className="muted">
        {t('housing:board.keyboardHint')}
      </p>
      <p role="status" aria-live="polite" className="saved-status">
        {announcement}
      </p>
      <FormError error={error} />
      {cards && settings ? (
        // The board scrolls sideways in its own box; it takes the focus itself (named by the page
        // title) so arrow keys can scroll it even when no column holds a card to tab to.
        <div className="housing-board" role="region" aria-labelledby={`${hintId}-title`} tabIndex={0}>
          {columns.map((stage) => {
            const inColumn = cards.filter((c) => c.stage === stage);
            const headingId = `${hintId}-col-${stage}`;
            return (
              <section key={stage} className="housing-column" aria-labelledby={headingId}>
                <h2 id={headingId} className="housing-column-title">
                  {stageLabel(stage)} <span className="housing-count">({formatNumber(inColumn.length, i18n.language)})</span>
                </h2>
                <ul className="housing-cards">
                  {inColumn.map((card) => (
                    <CaseCardView
                      key={card.id}
                      card={card}
                      hintId={hintId}
                      onOpen={() => navigate('housing.case', { id: card.id })}
                      onMoveMenu={() => setMoving({ card, target: null })}
                      onStep={(direction) => void step(card, direction)}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      ) : error ? null : (
        <p className="muted">{t('common:loading')}</p>
      )}
      <MoveDialog
        card={moving?.card ?? null}
        initialTarget={moving?.target ?? null}
        stageLabel={stageLabel}
        onClose={() => setMoving(null)}
        onMoved={(detail) => {
          setMoving(null);
          announceMove(detail.card.reference, detail.card.stage);
          void load(detail.card.id);
        }}
      />
      <RegisterHouseholdDialog
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(card) => {
          setRegistering(false);
          setAnnouncement(t('housing:register.done', { reference: card.reference }));
          void load(card.id);
        }}
      />
    </>
  );
}
