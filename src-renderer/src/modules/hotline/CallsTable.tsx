import { useTranslation } from 'react-i18next';
import type { CallSummary } from '../../../../src-main/contract/hotline';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import { callStatusKey, urgencyKey } from './keys';
import type { Taxonomy } from './use-taxonomy';
import { TableScroll } from '../../components/TableScroll';

/** Calls as a table; used by the call list and an employer's call history. */
export function CallsTable({ calls, taxonomy, labelledBy, showEmployer = true }: { calls: CallSummary[]; taxonomy: Taxonomy; labelledBy: string; showEmployer?: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const lng = i18n.resolvedLanguage ?? 'de';
  return (
    <TableScroll labelledBy={labelledBy}>
      <table className="data-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('hotline:list.when')}</th>
            {showEmployer ? <th scope="col">{t('hotline:call.employer')}</th> : null}
            <th scope="col">{t('hotline:call.callerName')}</th>
            <th scope="col">{t('hotline:call.topic')}</th>
            <th scope="col">{t('hotline:call.routing')}</th>
            <th scope="col">{t('hotline:call.urgency')}</th>
            <th scope="col">{t('hotline:callDetail.status')}</th>
            <th scope="col">{t('hotline:list.openFollowUps')}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="cell-nowrap">
                <button type="button" className="button-link" onClick={() => navigate('hotline.callDetail', { id: c.id })}>
                  {formatDateTime(c.startedAt, lng)}
                  <span className="visually-hidden"> {t('hotline:list.callNo', { id: c.id })}</span>
                </button>
              </th>
              {showEmployer ? (
                <td>
                  <bdi>{c.employerName}</bdi>
                </td>
              ) : null}
              <td dir="auto">{c.callerName}</td>
              <td>{taxonomy.label(c.topicId)}</td>
              <td>{c.routingId ? taxonomy.label(c.routingId) : '—'}</td>
              <td>{t(urgencyKey(c.urgency))}</td>
              <td>{t(callStatusKey(c.status))}</td>
              <td>{c.openFollowUps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
