import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCard } from '../../../../src-main/contract/housing';
import { formatDateTime } from '../../i18n/date-locale';
import { actorKey } from './keys';

interface CaseCardViewProps {
  card: CaseCard;
  hintId: string;
  onOpen: () => void;
  onMoveMenu: () => void;
  onStep: (direction: 'forward' | 'back') => void;
}

/**
 * One card on the board. Keyboard: Ctrl+Arrow moves it one column in reading direction (mirrored
 * in Arabic), "Move to…" offers every stage the path allows. Drag-and-drop is not needed for any of it.
 */
export function CaseCardView({ card, hintId, onOpen, onMoveMenu, onStep }: CaseCardViewProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!event.ctrlKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    event.preventDefault();
    const rtl = document.documentElement.dir === 'rtl';
    const forward = (event.key === 'ArrowRight') !== rtl;
    onStep(forward ? 'forward' : 'back');
  };
  return (
    <li className="housing-card" data-case-id={card.id}>
      <h3 className="housing-card-title">
        <button
          type="button"
          className="button-link housing-card-open"
          onClick={onOpen}
          onKeyDown={onKeyDown}
          aria-describedby={hintId}
          aria-keyshortcuts="Control+ArrowRight Control+ArrowLeft"
        >
          <bdi>{card.reference}</bdi>
        </button>
      </h3>
      <p className="housing-card-meta">
        {t('housing:card.members', { count: card.members })} · {t('housing:card.daysInStage', { count: card.daysInStage })}
      </p>
      {card.waitingOn ? (
        <p className="housing-card-wait">
          {t('housing:card.waitingOn', {
            actor: t(actorKey(card.waitingOn.actor)),
            since: formatDateTime(card.waitingOn.since, lng),
          })}{' '}
          ({t('housing:card.days', { count: card.waitingOn.days })})
        </p>
      ) : null}
      {card.expiringDocuments > 0 ? (
        <p className="badge badge-warning">{t('housing:card.expiringDocuments', { count: card.expiringDocuments })}</p>
      ) : null}
      {card.allowedMoves.length > 0 ? (
        <button type="button" className="button-secondary button-small" onClick={onMoveMenu}>
          {t('housing:card.moveTo')}
          <span className="visually-hidden">
            {' '}
            <bdi>{card.reference}</bdi>
          </span>
        </button>
      ) : null}
    </li>
  );
}
