import { addDays, format, parseISO, startOfISOWeek } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { AssignmentSummary, InterpreterSummary } from '../../../../src-main/contract/pool';
import { INTERPRETER_PAGE_MAX } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { languageName, weekdayShort } from './format';
import { enumKey } from './keys';
import { TableScroll } from '../../components/TableScroll';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** Week view for the pool or one interpreter: one column per day, sessions in time order. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const navigate = useNavigate();
  const [weekStart, setWeekStart] = useState(iso(startOfISOWeek(new Date())));
  const [interpreterId, setInterpreterId] = useState<number | null>(null);
  const [interpreters, setInterpreters] = useState<InterpreterSummary[]>([]);
  const [interpreterTotal, setInterpreterTotal] = useState(0);
  const [rows, setRows] = useState<AssignmentSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    void api.pool.interpretersList({ search: '', status: 'active', limit: INTERPRETER_PAGE_MAX }).then((r) => r.ok && (setInterpreters(r.value.rows), setInterpreterTotal(r.value.total)));
  }, []);
  useEffect(() => {
    void api.pool.calendarWeek({ weekStart, interpreterId }).then((r) => (r.ok ? (setRows(r.value.rows), setTotal(r.value.total)) : setError(r.error)));
  }, [weekStart, interpreterId]);

  const days = Array.from({ length: 7 }, (_, i) => iso(addDays(parseISO(weekStart), i)));
  const shift = (weeks: number) => setWeekStart(iso(addDays(parseISO(weekStart), weeks * 7)));

  return (
    <>
      <PageHeading id="pool-calendar-heading">{t('pool:calendar.title')}</PageHeading>
      <div className="pool-inline-form">
        <button type="button" className="button-secondary" onClick={() => shift(-1)}>
          {t('pool:calendar.previous')}
        </button>
        <span aria-live="polite">{t('pool:calendar.week', { from: weekdayShort(days[0]!, lng), to: weekdayShort(days[6]!, lng) })}</span>
        <button type="button" className="button-secondary" onClick={() => shift(1)}>
          {t('pool:calendar.next')}
        </button>
        <FieldFrame className="pool-cell" label={t('pool:calendar.interpreter')}>
          {(control) => (
            <select {...control} value={interpreterId ?? ''} onChange={(e) => setInterpreterId(e.target.value === '' ? null : Number(e.target.value))}>
              <option value="">{t('pool:calendar.wholePool')}</option>
              {interpreters.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.nameLatin}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        {interpreterTotal > interpreters.length ? <p className="muted">{t('common:pager.narrow', { shown: interpreters.length, total: interpreterTotal })}</p> : null}
      </div>
      <FormError error={error} />
      {rows && total > rows.length ? <p className="muted">{t('common:pager.narrow', { shown: rows.length, total })}</p> : null}
      <TableScroll labelledBy="pool-calendar-heading">
        <table className="data-table pool-week" aria-labelledby="pool-calendar-heading">
          <thead>
            <tr>
              {days.map((d) => (
                <th scope="col" key={d}>
                  {weekdayShort(d, lng)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {days.map((d) => (
                <td key={d}>
                  <ul className="pool-day">
                    {(rows ?? [])
                      .filter((r) => r.start.startsWith(d))
                      .map((r) => (
                        <li key={r.id} className={`pool-status-${r.status}${r.overlapsBooking ? ' pool-overlap' : ''}`}>
                          <button type="button" className="link-button" onClick={() => navigate('pool.assignment', { id: r.id })}>
                            {r.start.slice(11)}–{r.end.slice(11)} {languageName(r.language, lng)}
                          </button>
                          <br />
                          <span className="muted">
                            {r.interpreterName ? <bdi>{r.interpreterName}</bdi> : t(enumKey('status', r.status))}
                            {r.status === 'proposed' && r.interpreterName ? ` (${t('pool:calendar.proposed')})` : null}
                          </span>
                          {r.overlapsBooking ? (
                            <>
                              <br />
                              <strong className="badge badge-warning">{t('pool:calendar.overlap')}</strong>
                            </>
                          ) : null}
                        </li>
                      ))}
                  </ul>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
