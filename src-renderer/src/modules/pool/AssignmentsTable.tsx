import { useTranslation } from 'react-i18next';
import type { AssignmentSummary } from '../../../../src-main/contract/pool';
import { useNavigate } from '../../frame/navigation-context';
import { languageName, localDateTime } from './format';
import { enumKey } from './keys';

export function AssignmentsTable({ rows, labelledBy }: { rows: AssignmentSummary[]; labelledBy: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const navigate = useNavigate();
  if (rows.length === 0) return <p className="muted">{t('pool:assignments.empty')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="data-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('pool:assignment.when')}</th>
            <th scope="col">{t('pool:assignment.language')}</th>
            <th scope="col">{t('pool:assignment.topic')}</th>
            <th scope="col">{t('pool:assignment.requester')}</th>
            <th scope="col">{t('pool:assignment.interpreter')}</th>
            <th scope="col">{t('pool:assignment.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="cell-nowrap">
                <button type="button" className="link-button" onClick={() => navigate('pool.assignment', { id: r.id })}>
                  {localDateTime(r.start, lng)}
                  <span className="visually-hidden"> #{r.id}</span>
                </button>
              </th>
              <td>{languageName(r.language, lng)}</td>
              <td>{t(enumKey('topic', r.topic))}</td>
              <td dir="auto">{r.requesterName}</td>
              <td>{r.interpreterName ? <bdi>{r.interpreterName}</bdi> : '–'}</td>
              <td>{t(enumKey('status', r.status))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
