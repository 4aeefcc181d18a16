import { format } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { OUTREACH_KINDS, outreachInput, type OutreachKind } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { formatNumber } from '../../i18n/date-locale';
import { FormField, issuesByField } from './FormField';
import { outreachKindKey } from './keys';
import { Pagination } from './pagination';
import { usePaged } from './use-paged';
import { useTaxonomy } from './use-taxonomy';
import { TableScroll } from './TableScroll';

/** Flyers handed out and events attended (Öffentlichkeitsarbeit), to set against "how did you hear about us". */
export function OutreachPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const taxonomy = useTaxonomy();
  const list = usePaged((query, page) => api.hotline.outreachList({ query, page }));
  const [kind, setKind] = useState<OutreachKind>('flyer');
  const [place, setPlace] = useState('');
  const [channelId, setChannelId] = useState('');
  const [count, setCount] = useState('');
  const [date, setDate] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();

  async function add() {
    const parsed = outreachInput.safeParse({ kind, place, channelId: channelId === '' ? 0 : Number(channelId), count: count === '' ? NaN : Number(count), date, notes });
    if (!parsed.success) {
      const found = issuesByField(parsed.error.issues);
      if (found.channelId) found.channelId = 'validation:required';
      setErrors(found);
      return;
    }
    setErrors({});
    const result = await api.hotline.outreachSave({ id: null, outreach: parsed.data });
    if (result.ok) {
      setPlace('');
      setCount('');
      setNotes('');
      list.reload();
      showMessage('hotline:outreach.added');
    } else {
      setError(result.error);
    }
  }

  return (
    <>
      <PageHeading id="outreach-heading">{t('hotline:nav.outreach')}</PageHeading>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <section className="panel" aria-labelledby="outreach-add-heading">
        <h2 id="outreach-add-heading">{t('hotline:outreach.add')}</h2>
        <form
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <FormField label={t('hotline:outreach.kind')}>
            {(c) => (
              <select {...c} value={kind} onChange={(e) => setKind(e.target.value as OutreachKind)}>
                {OUTREACH_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(outreachKindKey(k))}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('hotline:outreach.place')} error={errors.place}>
            {(c) => <input {...c} type="text" dir="auto" maxLength={120} value={place} onChange={(e) => setPlace(e.target.value)} />}
          </FormField>
          <FormField label={t('hotline:outreach.channel')} error={errors.channelId}>
            {(c) => (
              <select {...c} value={channelId} onChange={(e) => setChannelId(e.target.value)}>
                <option value="">{t('hotline:call.choose')}</option>
                {taxonomy.of('channel').map((o) => (
                  <option key={o.id} value={o.id}>
                    {taxonomy.label(o.id)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('hotline:outreach.count')} error={errors.count}>
            {(c) => <input {...c} type="number" min={0} className="input-short" value={count} onChange={(e) => setCount(e.target.value)} />}
          </FormField>
          <FormField label={t('hotline:outreach.date')} error={errors.date}>
            {(c) => <input {...c} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </FormField>
          <FormField label={t('hotline:outreach.notes')} error={errors.notes}>
            {(c) => <input {...c} type="text" dir="auto" maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
          </FormField>
          <button type="submit" className="button-primary">
            {t('hotline:outreach.save')}
          </button>
        </form>
        <FormError error={error} />
      </section>
      <div className="inline-form" role="search">
        <FormField label={t('hotline:outreach.search')}>
          {(c) => <input {...c} type="search" dir="auto" value={list.query} onChange={(e) => list.setQuery(e.target.value)} />}
        </FormField>
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
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((o) => (
                  <tr key={o.id}>
                    <td className="cell-nowrap">{o.date}</td>
                    <td>{t(outreachKindKey(o.kind))}</td>
                    <td dir="auto">{o.place}</td>
                    <td>{taxonomy.label(o.channelId)}</td>
                    <td>{formatNumber(o.count, lng)}</td>
                    <td dir="auto">{o.notes}</td>
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
