import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { InterpreterSummary, ListPage } from '../../../../src-main/contract/pool';
import { Pager } from '../../components/Pager';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { languageName, listOf, localDateTime } from './format';
import { enumKey } from './keys';
import { TableScroll } from '../../components/TableScroll';
import { ExportMenu } from '../../components/ExportMenu';
import { exportWords, languageWords } from '../../components/export-words';
import { INTERPRETER_LIST_COLUMNS } from '../../../../src-main/contract/pool';
import { dynamicKeys } from './keys';

/** The pool's interpreters with languages, focus pools and when they last had supervision. */
export function InterpretersPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const navigate = useNavigate();
  const [page, setPage] = useState<ListPage<InterpreterSummary> | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const rows = page?.rows ?? null;

  useEffect(() => {
    const timer = window.setTimeout(() => {
      void api.pool.interpretersList({ search, status: null, offset }).then((r) => (r.ok ? setPage(r.value) : setError(r.error)));
    }, 150);
    return () => window.clearTimeout(timer);
  }, [search, offset]);

  return (
    <>
      <div className="page-header">
        <PageHeading id="pool-interpreters-heading">{t('pool:interpreters.title')}</PageHeading>
        <ExportMenu
          run={(format) =>
            api.pool.interpretersExport({
              format,
              filter: { search, status: null, offset: 0 },
              columns: [...INTERPRETER_LIST_COLUMNS],
              texts: {
                title: t('pool:interpreters.title'),
                headers: {
                  name: t('pool:interpreter.nameLatin'),
                  nameNative: t('pool:interpreter.nameNative'),
                  languages: t('pool:interpreter.languages'),
                  focusPools: t('pool:interpreter.focusPools'),
                  status: t('pool:interpreter.status'),
                  lastSupervision: t('pool:interpreters.lastSupervision'),
                },
                words: exportWords(t, dynamicKeys, languageWords(lng)),
              },
            })
          }
        />
        <button type="button" className="button-primary" onClick={() => navigate('pool.interpreter', {})}>
          {t('pool:interpreters.add')}
        </button>
      </div>
      <FieldFrame className="pool-search" label={t('pool:interpreters.search')}>
        {(control) => <input {...control} type="search" dir="auto" value={search} onChange={(e) => (setSearch(e.target.value), setOffset(0))} />}
      </FieldFrame>
      <FormError error={error} />
      {rows === null ? (
        <p className="muted">{t('common:loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('pool:interpreters.empty')}</p>
      ) : (
        <TableScroll labelledBy="pool-interpreters-heading">
          <table className="data-table" aria-labelledby="pool-interpreters-heading">
            <thead>
              <tr>
                <th scope="col">{t('pool:interpreter.name')}</th>
                <th scope="col">{t('pool:interpreter.languages')}</th>
                <th scope="col">{t('pool:interpreter.focusPools')}</th>
                <th scope="col">{t('pool:interpreter.status')}</th>
                <th scope="col">{t('pool:interpreters.lastSupervision')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => navigate('pool.interpreter', { id: r.id })}>
                      <bdi>{r.nameLatin}</bdi>
                    </button>{' '}
                    <span dir="auto" className="muted">
                      {r.nameNative}
                    </span>
                  </th>
                  <td>{listOf(r.languages.map((l) => languageName(l.language, lng) + (l.dialect ? ` (${l.dialect})` : '')), lng)}</td>
                  <td>{listOf(r.focusPools.map((p) => t(enumKey('focusPool', p))), lng)}</td>
                  <td>{t(enumKey('interpreterStatus', r.status))}</td>
                  <td className="cell-nowrap">{r.lastSupervisionOn ? localDateTime(r.lastSupervisionOn, lng) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {page && page.total > 0 ? <Pager offset={page.offset} pageSize={page.pageSize} shown={page.rows.length} total={page.total} onOffset={setOffset} /> : null}
    </>
  );
}
