import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CallView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import type { PageParams } from '../module-ui';
import { urgencyKey } from './keys';
import { useTaxonomy } from './use-taxonomy';

/**
 * The printable hand-over sheet for the office a call is routed to (e.g. the foreigners'
 * authority): what that office needs to take the matter over — who called, from which employer,
 * about what, the question and the hand-over note, and whom to ask back. Not the answer given,
 * the follow-ups, how the employer heard of the hotline, or a named employee. Printed with the
 * browser's print (save as PDF there); print CSS hides the app frame.
 */
export function HandoverSheetPage({ params }: { params: PageParams }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const taxonomy = useTaxonomy();
  const lng = i18n.resolvedLanguage ?? 'de';
  const id = Number(params.id);
  const [call, setCall] = useState<CallView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  useEffect(() => {
    void api.hotline.callGet({ id }).then((r) => (r.ok ? setCall(r.value) : setError(r.error)));
  }, [id]);
  if (!call) return <FormError error={error} />;
  const row = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd dir="auto">{value || '—'}</dd>
    </>
  );
  return (
    <>
      <div className="page-header hotline-no-print">
        <PageHeading>{t('hotline:handover.pageTitle', { id })}</PageHeading>
        <div className="row-actions">
          <button type="button" className="button-primary" onClick={() => window.print()}>
            {t('hotline:handover.print')}
          </button>
          <button type="button" className="button-secondary" onClick={() => navigate('hotline.callDetail', { id })}>
            {t('hotline:handover.back')}
          </button>
        </div>
      </div>
      <article className="hotline-sheet" data-testid="hotline-handover-sheet">
        <h2>{t('hotline:handover.title', { to: call.routingId ? taxonomy.label(call.routingId) : t('hotline:call.notRouted') })}</h2>
        <dl className="facts">
          {row(t('hotline:handover.callNo'), `#${call.id}`)}
          {row(t('hotline:handover.when'), formatDateTime(call.startedAt, lng))}
          {row(t('hotline:call.employer'), call.employerName)}
          {row(t('hotline:call.callerName'), [call.callerName, call.callerRole].filter(Boolean).join(', '))}
          {row(t('hotline:call.employeeRef'), call.employeeRef)}
          {row(t('hotline:call.topic'), [taxonomy.label(call.topicId), call.subtopicId ? taxonomy.label(call.subtopicId) : ''].filter(Boolean).join(' – '))}
          {row(t('hotline:call.urgency'), t(urgencyKey(call.urgency)))}
          {row(t('hotline:call.question'), call.question)}
          {row(t('hotline:call.handoverNote'), call.handoverNote)}
          {row(t('hotline:handover.contact'), call.takenByName ?? '')}
        </dl>
      </article>
    </>
  );
}
