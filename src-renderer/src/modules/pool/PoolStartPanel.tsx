import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentSummary } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { useNavigate } from '../../frame/navigation-context';
import { languageName, localDateTime } from './format';
import { enumKey } from './keys';

interface Upcoming {
  today: string;
  tomorrow: string;
  rows: AssignmentSummary[];
  total: number;
}

/** Start page: the pool's assignments today and tomorrow, each one click from its page. */
export function PoolStartPanel() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const navigate = useNavigate();
  const [data, setData] = useState<Upcoming | null>(null);

  useEffect(() => {
    void api.pool.upcoming({}).then((r) => (r.ok ? setData(r.value) : undefined));
  }, []);
  if (!data) return null;

  const day = (date: string, headingKey: 'pool:start.today' | 'pool:start.tomorrow', id: string) => {
    const rows = data.rows.filter((r) => r.start.startsWith(date));
    return (
      <div data-testid={`pool-start-${id}`}>
        <h3 id={`pool-start-${id}`}>
          {t(headingKey)} · {localDateTime(date, lng)}
        </h3>
        {rows.length === 0 ? (
          <p className="muted">{t('pool:start.none')}</p>
        ) : (
          <ul className="task-list">
            {rows.map((r) => (
              <li key={r.id} className="task">
                <div className="task-main">
                  <button type="button" className="link-button" onClick={() => navigate('pool.assignment', { id: r.id })}>
                    <bdi>{r.start.slice(11)}</bdi>–<bdi>{r.end.slice(11)}</bdi> · {languageName(r.language, lng)} · <bdi>{r.requesterName}</bdi>
                  </button>
                </div>
                <div className="task-meta">
                  <span>{t(enumKey('status', r.status))}</span>
                  <span>{r.interpreterName ? <bdi>{r.interpreterName}</bdi> : <strong className="pool-flag">{t('pool:start.unstaffed')}</strong>}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  return (
    <section className="panel" aria-labelledby="pool-start-heading">
      <h2 id="pool-start-heading">{t('pool:start.title')}</h2>
      {day(data.today, 'pool:start.today', 'today')}
      {day(data.tomorrow, 'pool:start.tomorrow', 'tomorrow')}
      {data.total > data.rows.length ? <p className="muted">{t('common:pager.narrow', { shown: data.rows.length, total: data.total })}</p> : null}
      <p>
        <button type="button" className="button-secondary" onClick={() => navigate('pool.assignments')}>
          {t('pool:start.open')}
        </button>
      </p>
    </section>
  );
}
