import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { CallView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useStatusMessage } from '../../components/use-status-message';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import type { PageParams } from '../module-ui';
import { CloseCallForm } from './CloseCallForm';
import { FollowUpsSection } from './FollowUpsSection';
import { callStatusKey, urgencyKey } from './keys';
import { NamedCaseSection } from './NamedCaseSection';
import { SupportActionsSection } from './SupportActionsSection';
import { useTaxonomy } from './use-taxonomy';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordRestriction } from '../../components/RecordRestriction';

/** One logged call: what was asked and answered, where it went, what follows. */
export function CallDetailPage({ params }: { params: PageParams }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const taxonomy = useTaxonomy();
  const id = Number(params.id);
  const [call, setCall] = useState<CallView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const lng = i18n.resolvedLanguage ?? 'de';

  const load = useCallback(async () => {
    const result = await api.hotline.callGet({ id });
    if (result.ok) setCall(result.value);
    else setError(result.error);
  }, [id]);

  useEffect(() => {
    void load();
    if (params.logged) showMessage('hotline:call.logged');
  }, [load, params.logged, showMessage]);

  const changed = (next: CallView, key: string) => {
    setCall(next);
    showMessage(key);
  };

  return (
    <>
      <div className="page-header">
        <PageHeading>{t('hotline:callDetail.title', { id })}</PageHeading>
        {call?.routingId ? (
          <button type="button" className="button-secondary" onClick={() => navigate('hotline.handoverSheet', { id })}>
            {t('hotline:handover.open')}
          </button>
        ) : null}
      </div>
      <p role="status" className="saved-status">
        {message ? t(message) : ''}
      </p>
      <FormError error={error} />
      <RecordRestriction recordType="hotlineCall" recordId={id} />
      {call ? (
        <>
          <dl className="facts hotline-facts">
            <dt>{t('hotline:call.employer')}</dt>
            <dd>
              <button type="button" className="button-link" onClick={() => navigate('hotline.employerDetail', { id: call.employerId })}>
                <bdi>{call.employerName}</bdi>
              </button>
            </dd>
            <dt>{t('hotline:callDetail.status')}</dt>
            <dd>{t(callStatusKey(call.status))}</dd>
            <dt>{t('hotline:callDetail.when')}</dt>
            <dd>
              {formatDateTime(call.startedAt, lng)} – {formatDateTime(call.endedAt, lng)}
            </dd>
            <dt>{t('hotline:callDetail.takenBy')}</dt>
            <dd>
              <bdi>{call.takenByName ?? '—'}</bdi>
            </dd>
            <dt>{t('hotline:call.callerName')}</dt>
            <dd dir="auto">
              {call.callerName}
              {call.callerRole ? ` (${call.callerRole})` : ''}
            </dd>
            <dt>{t('hotline:call.employeeRef')}</dt>
            <dd dir="auto">{call.employeeRef || '—'}</dd>
            <dt>{t('hotline:call.topic')}</dt>
            <dd>
              {taxonomy.label(call.topicId)}
              {call.subtopicId ? ` – ${taxonomy.label(call.subtopicId)}` : ''}
            </dd>
            <dt>{t('hotline:call.urgency')}</dt>
            <dd>{t(urgencyKey(call.urgency))}</dd>
            <dt>{t('hotline:call.question')}</dt>
            <dd dir="auto" className="pre-wrap">
              {call.question}
            </dd>
            <dt>{t('hotline:call.answer')}</dt>
            <dd dir="auto" className="pre-wrap">
              {call.answer || '—'}
            </dd>
            <dt>{t('hotline:call.answeredInCall')}</dt>
            <dd>{call.answeredInCall ? t('common:yes') : t('common:no')}</dd>
            <dt>{t('hotline:call.routing')}</dt>
            <dd>{call.routingId ? taxonomy.label(call.routingId) : t('hotline:call.notRouted')}</dd>
            <dt>{t('hotline:call.handoverNote')}</dt>
            <dd dir="auto" className="pre-wrap">
              {call.handoverNote || '—'}
            </dd>
            <dt>{t('hotline:call.heardVia')}</dt>
            <dd>{call.heardViaId ? taxonomy.label(call.heardViaId) : t('hotline:call.unknown')}</dd>
            {call.outcome ? (
              <>
                <dt>{t('hotline:callDetail.outcome')}</dt>
                <dd dir="auto" className="pre-wrap">
                  {call.outcome}
                </dd>
              </>
            ) : null}
          </dl>
          <FollowUpsSection call={call} onChanged={(next) => changed(next, 'hotline:followUp.added')} onReload={() => void load()} />
          <SupportActionsSection call={call} onChanged={(next) => changed(next, 'hotline:support.added')} />
          <NamedCaseSection call={call} onChanged={(next) => changed(next, 'hotline:namedCase.saved')} />
          {call.status === 'open' ? <CloseCallForm call={call} onClosed={(next) => changed(next, 'hotline:close.done')} /> : null}
        </>
      ) : null}
      <RecordHistory entity="hotlineCall" id={id} />
    </>
  );
}
