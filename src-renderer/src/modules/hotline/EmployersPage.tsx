import { useTranslation } from 'react-i18next';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import { formatList } from '../../i18n/list-format';
import { Pagination } from './pagination';
import { usePaged } from './use-paged';
import { TableScroll } from '../../components/TableScroll';
import { ExportMenu } from '../../components/ExportMenu';
import { EMPLOYER_LIST_COLUMNS } from '../../../../src-main/contract/hotline';

/** Employers who called, searchable and paged. */
export function EmployersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lng = i18n.resolvedLanguage ?? 'de';
  const list = usePaged((query, page) => api.hotline.employersList({ query, page }));
  return (
    <>
      <div className="page-header">
        <PageHeading id="employers-heading">{t('hotline:nav.employers')}</PageHeading>
        <ExportMenu
          run={(format) =>
            api.hotline.employersExport({
              format,
              filter: { query: list.query, page: 1 },
              columns: [...EMPLOYER_LIST_COLUMNS],
              texts: {
                title: t('hotline:nav.employers'),
                headers: {
                  name: t('hotline:employer.name'),
                  sector: t('hotline:employer.sector'),
                  city: t('hotline:employer.city'),
                  calls: t('hotline:list.calls'),
                  lastCall: t('hotline:list.lastCall'),
                },
                words: {},
              },
            })
          }
        />
        <button type="button" className="button-primary" onClick={() => navigate('hotline.employerDetail', { id: 0 })}>
          {t('hotline:employer.add')}
        </button>
      </div>
      <div className="inline-form hotline-form" role="search">
        <FieldFrame label={t('hotline:list.searchEmployers')}>
          {(c) => <input {...c} type="search" dir="auto" value={list.query} onChange={(e) => list.setQuery(e.target.value)} />}
        </FieldFrame>
      </div>
      <FormError error={list.error} />
      {list.data ? (
        <>
          <p className="muted">{t('hotline:list.employerCount', { count: list.data.total })}</p>
          {list.data.items.length > 0 ? (
            <TableScroll labelledBy="employers-heading">
              <table className="data-table" aria-labelledby="employers-heading">
                <thead>
                  <tr>
                    <th scope="col">{t('hotline:employer.name')}</th>
                    <th scope="col">{t('hotline:employer.sector')}</th>
                    <th scope="col">{t('hotline:employer.city')}</th>
                    <th scope="col">{t('hotline:list.calls')}</th>
                    <th scope="col">{t('hotline:list.lastCall')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        <button type="button" className="button-link" onClick={() => navigate('hotline.employerDetail', { id: e.id })}>
                          <bdi>{e.name}</bdi>
                        </button>
                        {e.inCallWith.length > 0 ? <span className="in-call-names">{t('hotline:held.inCallWith', { names: formatList(e.inCallWith, lng) })}</span> : null}
                      </th>
                      <td dir="auto">{e.sector}</td>
                      <td dir="auto">{e.city}</td>
                      <td>{e.callCount}</td>
                      <td className="cell-nowrap">{e.lastCallAt ? formatDateTime(e.lastCallAt, lng) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          <Pagination page={list.page} pageSize={list.data.pageSize} total={list.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </>
  );
}
