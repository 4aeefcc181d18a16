import { format, parseISO, subDays } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentSummary, InterpreterDetail, InterpreterHours } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { Pager } from '../../components/Pager';
import { formatLocalDate, formatNumber } from '../../i18n/date-locale';
import { AssignmentsTable } from './AssignmentsTable';
import { languageName } from './format';
import { enumKey } from './keys';

const PAGE = 10;

/** Hours as staff say them: "12,5 Std." from minutes. */
function hours(minutes: number, lng: string): string {
  return formatNumber(Math.round((minutes / 60) * 10) / 10, lng);
}

/**
 * One interpreter at a glance (read-only): languages, pools, availability, absences, contact,
 * hours this month and year, and their assignments — upcoming from today, past up to yesterday —
 * a page at a time. Editing is a separate step ("Edit").
 */
export function InterpreterOverview({ detail, today }: { detail: InterpreterDetail; today: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [hoursView, setHours] = useState<InterpreterHours | null>(null);
  useEffect(() => {
    void api.pool.interpreterHours({ id: detail.id }).then((r) => r.ok && setHours(r.value));
  }, [detail.id]);
  const slot = (s: { weekday: number; from: string; to: string }) => `${t(enumKey('weekday', String(s.weekday)))} ${s.from}–${s.to}`;
  return (
    <>
      <dl className="facts" data-testid="pool-interpreter-facts">
        <dt>{t('pool:interpreter.name')}</dt>
        <dd>
          <bdi>{detail.nameLatin}</bdi> · <bdi dir="auto">{detail.nameNative}</bdi>
        </dd>
        <dt>{t('pool:interpreter.status')}</dt>
        <dd>{t(enumKey('interpreterStatus', detail.status))}</dd>
        <dt>{t('pool:interpreter.languages')}</dt>
        <dd>
          {detail.languages.map((l) => [languageName(l.language, lng), l.dialect, t(enumKey('level', l.level))].filter(Boolean).join(' · ')).join('; ')}
        </dd>
        <dt>{t('pool:interpreter.focusPools')}</dt>
        <dd>{detail.focusPools.map((p) => t(enumKey('focusPool', p))).join(', ')}</dd>
        <dt>{t('pool:interpreter.availability')}</dt>
        <dd>{detail.availability.length > 0 ? detail.availability.map(slot).join(', ') : t('pool:overview.alwaysAvailable')}</dd>
        <dt>{t('pool:interpreter.absences')}</dt>
        <dd>{detail.absences.length > 0 ? detail.absences.map((a) => `${formatLocalDate(a.from, lng)}–${formatLocalDate(a.to, lng)}`).join(', ') : '—'}</dd>
        <dt>{t('pool:interpreter.phone')}</dt>
        <dd>
          <bdi>{detail.phone || '—'}</bdi>
        </dd>
        <dt>{t('pool:interpreter.email')}</dt>
        <dd>
          <bdi>{detail.email || '—'}</bdi>
        </dd>
        <dt>{t('pool:interpreter.confidentiality')}</dt>
        <dd>{detail.confidentialitySignedOn ? formatLocalDate(detail.confidentialitySignedOn, lng) : '—'}</dd>
        <dt>{t('pool:overview.hours')}</dt>
        <dd data-testid="pool-interpreter-hours">
          {hoursView
            ? t('pool:overview.hoursValue', {
                month: hours(hoursView.monthMinutes, lng),
                monthSessions: hoursView.monthSessions,
                year: hours(hoursView.yearMinutes, lng),
                yearSessions: hoursView.yearSessions,
              })
            : '…'}
        </dd>
      </dl>
      <AssignmentsSection interpreterId={detail.id} headingKey="pool:overview.upcoming" from={today} to="" startAtEnd={false} />
      <AssignmentsSection interpreterId={detail.id} headingKey="pool:overview.past" from="" to={previousDay(today)} startAtEnd />
    </>
  );
}

function previousDay(localDate: string): string {
  return format(subDays(parseISO(localDate), 1), 'yyyy-MM-dd');
}

/** A page of the interpreter's assignments in a date range; the past starts at its most recent page. */
function AssignmentsSection({ interpreterId, headingKey, from, to, startAtEnd }: { interpreterId: number; headingKey: string; from: string; to: string; startAtEnd: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState<{ rows: AssignmentSummary[]; total: number; offset: number } | null>(null);
  const headingId = `pool-overview-${headingKey.split('.').pop()}`;
  const load = async (offset: number | 'last') => {
    const filter = { status: null, from, to, interpreterId, limit: PAGE };
    let at = offset === 'last' ? 0 : offset;
    let r = await api.pool.assignmentsList({ ...filter, offset: at });
    if (r.ok && offset === 'last' && r.value.total > PAGE) {
      at = Math.floor((r.value.total - 1) / PAGE) * PAGE;
      r = await api.pool.assignmentsList({ ...filter, offset: at });
    }
    if (r.ok) setPage({ rows: r.value.rows, total: r.value.total, offset: at });
  };
  useEffect(() => {
    void load(startAtEnd ? 'last' : 0);
    // Loaded once per interpreter; paging calls load itself.
  }, [interpreterId]);
  return (
    <section className="panel panel-wide" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(headingKey)}</h2>
      {page ? (
        <>
          <AssignmentsTable rows={page.rows} labelledBy={headingId} />
          {page.total > 0 ? <Pager offset={page.offset} pageSize={PAGE} shown={page.rows.length} total={page.total} onOffset={(o) => void load(o)} /> : null}
        </>
      ) : (
        <p className="muted">{t('common:loading')}</p>
      )}
    </section>
  );
}
