import { useTranslation } from 'react-i18next';

/**
 * Previous/next for lists the core hands out a page at a time, saying where the user is
 * ("51–100 of 312"), so every record stays reachable and nothing is silently cut off.
 */
export function Pager({ offset, pageSize, shown, total, onOffset }: { offset: number; pageSize: number; shown: number; total: number; onOffset: (offset: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('common:pager.label')}>
      <span>{t('common:pager.showing', { from: total === 0 ? 0 : offset + 1, to: offset + shown, total })}</span>
      {total > pageSize ? (
        <>
          <button type="button" className="button-secondary button-small" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
            {t('common:pager.previous')}
          </button>
          <button type="button" className="button-secondary button-small" disabled={offset + pageSize >= total} onClick={() => onOffset(offset + pageSize)}>
            {t('common:pager.next')}
          </button>
        </>
      ) : null}
    </nav>
  );
}
