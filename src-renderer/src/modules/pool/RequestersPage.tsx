import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { RequesterInput, RequesterView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { listOf } from './format';
import { enumKey } from './keys';
import { newRequester, RequesterForm, requesterToInput } from './RequesterForm';
import { TableScroll } from '../../components/TableScroll';

/** Organisations that book interpreters, with their contact persons: list, create, edit. */
export function RequestersPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [rows, setRows] = useState<RequesterView[] | null>(null);
  const [total, setTotal] = useState(0);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  // The form below the list: a new requester, or the one being edited. The key remounts it.
  const [editing, setEditing] = useState<{ key: number; value: RequesterInput }>({ key: 0, value: newRequester() });
  const formHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    const r = await api.pool.requestersList({ search });
    if (!r.ok) return setError(r.error);
    setRows(r.value.rows);
    setTotal(r.value.total);
  }, [search]);
  useEffect(() => {
    const timer = window.setTimeout(() => void load(), 150);
    return () => window.clearTimeout(timer);
  }, [load]);

  const edit = (value: RequesterInput) => {
    setEditing((current) => ({ key: current.key + 1, value }));
    // Keyboard users land on the form they asked for.
    window.setTimeout(() => formHeading.current?.focus(), 0);
  };
  const saved = async () => {
    showMessage('pool:requesters.saved');
    setEditing((current) => ({ key: current.key + 1, value: newRequester() }));
    await load();
  };

  return (
    <>
      <PageHeading id="pool-requesters-heading">{t('pool:requesters.title')}</PageHeading>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <FieldFrame className="pool-search" label={t('pool:interpreters.search')}>
        {(control) => <input {...control} type="search" dir="auto" value={search} onChange={(e) => setSearch(e.target.value)} />}
      </FieldFrame>
      <FormError error={error} />
      {rows && total > rows.length ? <p className="muted">{t('common:pager.narrow', { shown: rows.length, total })}</p> : null}
      {rows && rows.length > 0 ? (
        <TableScroll labelledBy="pool-requesters-heading">
          <table className="data-table" aria-labelledby="pool-requesters-heading">
            <thead>
              <tr>
                <th scope="col">{t('pool:requesters.name')}</th>
                <th scope="col">{t('pool:requesters.type')}</th>
                <th scope="col">{t('pool:requesters.trained')}</th>
                <th scope="col">{t('pool:requesters.contacts')}</th>
                <th scope="col">{t('pool:requesters.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <button type="button" className="link-button" dir="auto" onClick={() => edit(requesterToInput(r))}>
                      {r.name}
                    </button>
                  </th>
                  <td>{t(enumKey('requesterType', r.type))}</td>
                  <td>{r.trained ? t('common:yes') : t('common:no')}</td>
                  <td>{listOf(r.contacts.map((c) => c.name), lng)}</td>
                  <td dir="ltr">{r.phone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="muted">{rows ? t('pool:requesters.empty') : t('common:loading')}</p>
      )}
      <section className="panel" aria-labelledby="pool-requester-form">
        <h2 id="pool-requester-form" ref={formHeading} tabIndex={-1}>
          {editing.value.id === null ? t('pool:requesters.add') : t('pool:requesters.editTitle')}
        </h2>
        <RequesterForm
          key={editing.key}
          initial={editing.value}
          onSaved={() => void saved()}
          onCancel={editing.value.id === null ? null : () => edit(newRequester())}
        />
      </section>
    </>
  );
}
