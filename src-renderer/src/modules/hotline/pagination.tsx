import { useTranslation } from 'react-i18next';

/** Previous/next for server-side pages; says where the user is. */
export function Pagination({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="hotline-pagination" aria-label={t('hotline:list.pagination')}>
      <button type="button" className="button-secondary button-small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('hotline:list.previous')}
      </button>
      <span>{t('hotline:list.pageOf', { page, pages })}</span>
      <button type="button" className="button-secondary button-small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('hotline:list.next')}
      </button>
    </nav>
  );
}
