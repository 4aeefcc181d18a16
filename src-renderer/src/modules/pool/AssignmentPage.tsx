import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { AssignmentDetail } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { formatDateTime } from '../../i18n/date-locale';
import { useNavigate } from '../../frame/navigation-context';
import type { PageParams } from '../module-ui';
import { AssignmentActions } from './AssignmentActions';
import { Briefing } from './Briefing';
import { FeedbackForm } from './FeedbackForm';
import { arrow, languageName, localDateTime } from './format';
import { enumKey } from './keys';
import { MatchPanel } from './MatchPanel';
import { TableScroll } from '../../components/TableScroll';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordRestriction } from '../../components/RecordRestriction';

/** One assignment: status, matching, next steps, briefing, feedback and its history. */
export function AssignmentPage({ params }: { params: PageParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const id = Number(params.id);
  const [a, setA] = useState<AssignmentDetail | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const navigate = useNavigate();

  useEffect(() => {
    void api.pool.assignmentGet({ id }).then((r) => (r.ok ? setA(r.value) : setError(r.error)));
  }, [id]);

  const statusRef = useRef<HTMLElement>(null);
  const changed = (next: AssignmentDetail) => {
    setA(next);
    showMessage(enumKey('status', next.status));
    // The button just used (Confirm, Propose …) is usually gone with the new status: keyboard
    // users continue from the status it changed, not from the top of the document.
    focusAfterChange.current = true;
  };
  const focusAfterChange = useRef(false);
  useEffect(() => {
    if (!focusAfterChange.current) return;
    focusAfterChange.current = false;
    if (!document.activeElement || document.activeElement === document.body) statusRef.current?.focus();
  }, [a]);

  return (
    <>
      <PageHeading>{t('pool:assignment.title', { id })}</PageHeading>
      <FormError error={error} />
      <RecordRestriction recordType="poolAssignment" recordId={id} />
      <p role="status" className="saved-status" data-testid="pool-status-message">
        {message ? t('pool:assignment.nowStatus', { status: t(message) }) : ''}
      </p>
      {a ? (
        <>
          <dl className="facts">
            <dt>{t('pool:assignment.status')}</dt>
            <dd data-testid="pool-assignment-status" tabIndex={-1} ref={statusRef}>
              <span className={`pool-status pool-status-${a.status}`}>{t(enumKey('status', a.status))}</span>
              {a.cancelledBy ? ` · ${t(enumKey('cancelledBy', a.cancelledBy))}` : ''}
              {a.lateCancellation ? ` · ${t('pool:assignment.late')}` : ''}
            </dd>
            <dt>{t('pool:assignment.when')}</dt>
            <dd>
              {localDateTime(a.start, lng)} – {a.end.slice(11)} ({t('pool:assignment.minutes', { count: a.durationMinutes })})
            </dd>
            <dt>{t('pool:assignment.requester')}</dt>
            <dd dir="auto">{a.requesterName}</dd>
            <dt>{t('pool:assignment.language')}</dt>
            <dd>
              {languageName(a.language, lng)}
              {a.dialect ? <bdi> ({a.dialect})</bdi> : null}
            </dd>
            <dt>{t('pool:assignment.topic')}</dt>
            <dd>
              {t(enumKey('topic', a.topic))} · {t(enumKey('sensitivity', a.sensitivity))} · {t(enumKey('setting', a.setting))}
            </dd>
            <dt>{t('pool:assignment.clientReference')}</dt>
            <dd dir="auto">{a.clientReference || '–'}</dd>
            <dt>{t('pool:assignment.interpreter')}</dt>
            <dd data-testid="pool-assignment-interpreter">{a.interpreterName ? <bdi>{a.interpreterName}</bdi> : '–'}</dd>
            {a.seriesId !== null ? (
              <>
                <dt>{t('pool:assignment.series')}</dt>
                <dd>#{a.seriesId}</dd>
              </>
            ) : null}
          </dl>
          {a.status === 'requested' || a.status === 'proposed' ? <MatchPanel a={a} onChanged={changed} /> : null}
          <AssignmentActions a={a} onChanged={changed} />
          {a.interpreterId !== null && a.status !== 'cancelled' ? <Briefing a={a} /> : null}
          {a.status === 'done' ? (
            <p className="no-print">
              <button type="button" className="button-secondary" onClick={() => navigate('pool.feedbackForm', { id: a.id })}>
                {t('pool:printForm.open')}
              </button>
            </p>
          ) : null}
          {a.status === 'done' && !a.feedback ? <FeedbackForm a={a} onSaved={(next) => (setA(next), showMessage('pool:feedback.saved'))} /> : null}
          {a.feedback ? (
            <section className="panel" aria-labelledby="pool-feedback-view">
              <h2 id="pool-feedback-view">{t('pool:feedback.title')}</h2>
              <p data-testid="pool-feedback-summary">
                {t('pool:feedback.summary', {
                  overall: a.feedback.overall,
                  accuracy: a.feedback.accuracy,
                  role: a.feedback.role,
                  punctuality: a.feedback.punctuality,
                  confidentiality: a.feedback.confidentiality,
                })}
              </p>
              {a.feedback.comment ? <p dir="auto">{a.feedback.comment}</p> : null}
              {a.feedback.supervisionWish ? <p>{t('pool:feedback.supervisionWish')}</p> : null}
            </section>
          ) : null}
          <section className="panel" aria-labelledby="pool-history-heading">
            <h2 id="pool-history-heading">{t('pool:history.title')}</h2>
            <TableScroll labelledBy="pool-history-heading">
              <table className="data-table" aria-labelledby="pool-history-heading">
                <thead>
                  <tr>
                    <th scope="col">{t('pool:history.at')}</th>
                    <th scope="col">{t('pool:history.change')}</th>
                    <th scope="col">{t('pool:history.interpreter')}</th>
                    <th scope="col">{t('pool:history.user')}</th>
                    <th scope="col">{t('pool:history.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.history.map((h, i) => (
                    <tr key={i}>
                      <td className="cell-nowrap">{formatDateTime(h.at, lng)}</td>
                      <td className="pool-nowrap">
                        {h.from ? `${t(enumKey('status', h.from))} ${arrow(lng)} ` : ''}
                        {t(enumKey('status', h.to))}
                        {h.cancelledBy ? ` (${t(enumKey('cancelledBy', h.cancelledBy))})` : ''}
                      </td>
                      <td className="pool-nowrap">{h.interpreterName ? <bdi>{h.interpreterName}</bdi> : '–'}</td>
                      <td dir="auto" className="pool-nowrap">{h.userName}</td>
                      <td dir="auto">{h.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        </>
      ) : error ? null : (
        <p className="muted">{t('common:loading')}</p>
      )}
      <RecordHistory entity="poolAssignment" id={id} />
    </>
  );
}
