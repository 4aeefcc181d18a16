import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { formatNumber } from '../../i18n/date-locale';
import { formatLocalDate } from '../../i18n/date-locale';
import { outreachKindKey } from './keys';
import { OutreachForm } from './OutreachForm';
import { Pagination } from './pagination';
import { usePaged } from './use-paged';
import { useTaxonomy } from './use-taxonomy';
import { TableScroll } from '../../components/TableScroll';

/** Flyers handed out and events attended (Öffentlichkeitsarbeit), to set against "how did you hear about us". */
export function OutreachPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const taxonomy = useTaxonomy();
  const list = usePaged((query, page) => api.hotline.outreachList({ query, page }));
  const [editing, setEditing] = useState<OutreachView | null>(null);
  const [message, showMessage] = useStatusMessage();

  return (
    <>
      <PageHeading id="outreach-heading">{t('hotline:nav.outreach')}</PageHeading>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <OutreachForm
        key={editing?.id ?? 'new'}
        taxonomy={taxonomy}
        editing={editing}
        onSaved={(created) => {
          setEditing(null);
          list.reload();
          showMessage(created ? 'hotline:outreach.added' : 'hotline:outreach.saved');
        }}
        onCancel={() => setEditing(null)}
      />
      <div className="inline-form hotline-form" role="search">
        <FieldFrame label={t('hotline:outreach.search')}>
          {(c) => <input {...c} type="search" dir="auto" value={list.query} onChange={(e) => list.setQuery(e.target.value)} />}
        </FieldFrame>
      </div>
      <FormError error={list.error} />
      {list.data && list.data.items.length > 0 ? (
        <>
          <TableScroll labelledBy="outreach-heading">
            <table className="data-table" aria-labelledby="outreach-heading">
              <thead>
                <tr>
                  <th scope="col">{t('hotline:outreach.date')}</th>
                  <th scope="col">{t('hotline:outreach.kind')}</th>
                  <th scope="col">{t('hotline:outreach.place')}</th>
                  <th scope="col">{t('hotline:outreach.channel')}</th>
                  <th scope="col">{t('hotline:outreach.count')}</th>
                  <th scope="col">{t('hotline:outreach.notes')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('hotline:contact.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((o) => (
                  <tr key={o.id}>
                    <td className="cell-nowrap">{formatLocalDate(o.date, lng)}</td>
                    <td>{t(outreachKindKey(o.kind))}</td>
                    <td dir="auto">{o.place}</td>
                    <td>{taxonomy.label(o.channelId)}</td>
                    <td>{formatNumber(o.count, lng)}</td>
                    <td dir="auto">{o.notes}</td>
                    <td className="cell-actions">
                      <button type="button" className="button-secondary button-small" aria-label={t('hotline:outreach.editNamed', { place: o.place, date: formatLocalDate(o.date, lng) })} onClick={() => setEditing(o)}>
                        {t('hotline:outreach.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination page={list.page} pageSize={list.data.pageSize} total={list.data.total} onPage={list.setPage} />
        </>
      ) : (
        <p className="muted">{t('hotline:outreach.none')}</p>
      )}
    </>
  );
}
