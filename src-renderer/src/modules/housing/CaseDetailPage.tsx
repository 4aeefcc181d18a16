import { format } from 'date-fns';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import type { CaseDetail } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import { formatList } from '../../i18n/list-format';
import type { PageParams } from '../module-ui';
import { CaseConsents } from './CaseConsents';
import { CaseContacts } from './CaseContacts';
import { CaseDocuments } from './CaseDocuments';
import { CaseOffers } from './CaseOffers';
import { CaseWaits } from './CaseWaits';
import { EditHouseholdDialog } from './EditHouseholdDialog';
import { formatLocalDate } from '../../i18n/date-locale';
import { ageBandKey, incomeKey, rentingStatusKey } from './keys';
import { languageLabel } from '../../i18n/language-names';
import { MoveDialog } from './MoveDialog';
import { useHousingSettings, useStageLabel } from './use-housing-settings';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordRestriction } from '../../components/RecordRestriction';

/** Everything about one household's move-out: where it stands, on whom it waits, what is missing. */
export function CaseDetailPage({ params }: { params: PageParams }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const navigate = useNavigate();
  const settings = useHousingSettings();
  const stageLabel = useStageLabel(settings);
  const id = Number(params.id);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [moving, setMoving] = useState(false);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void api.housing.caseGet({ id }).then((r) => (r.ok ? setDetail(r.value) : setError(r.error)));
  }, [id]);
  /** Every change returns the fresh case; sections hand their results here. */
  const apply = useCallback((result: Result<CaseDetail>) => {
    if (result.ok) setDetail(result.value);
    return result;
  }, []);

  if (!detail) return <FormError error={error} />;
  const h = detail.household;
  const bands = h.ageBands.reduce<Record<string, number>>((acc, b) => ({ ...acc, [b]: (acc[b] ?? 0) + 1 }), {});
  return (
    <>
      <div className="page-header">
        <PageHeading>
          {t('housing:case.title')} <bdi>{h.reference}</bdi>
        </PageHeading>
        <div className="row-actions">
          {detail.card.allowedMoves.length > 0 ? (
            <button type="button" className="button-primary" onClick={() => setMoving(true)}>
              {t('housing:card.moveTo')}
            </button>
          ) : null}
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            {t('housing:household.edit')}
          </button>
          <button type="button" className="button-secondary" onClick={() => navigate('housing.print', { id })}>
            {t('housing:case.printChecklist')}
          </button>
          <button type="button" className="button-secondary" onClick={() => navigate('housing.consentForm', { id })}>
            {t('housing:case.printConsent')}
          </button>
        </div>
      </div>
      <FormError error={error} />
      <RecordRestriction recordType="moveOutCase" recordId={id} />
      <section className="panel panel-wide" aria-labelledby="hc-overview">
        <h2 id="hc-overview">{t('housing:case.overview')}</h2>
        <dl className="facts">
          <dt>{t('housing:list.stage')}</dt>
          <dd>
            {stageLabel(detail.card.stage)} · {t('housing:card.days', { count: detail.card.daysInStage })}
            {detail.stageReason ? (
              <>
                {' '}
                — <span dir="auto">{detail.stageReason}</span>
              </>
            ) : null}
          </dd>
          <dt>{t('housing:list.accommodation')}</dt>
          <dd>
            <bdi>{detail.card.accommodationName}</bdi>
            {h.movedInOn ? ` · ${t('housing:case.since', { date: formatLocalDate(h.movedInOn, lng) })}` : ''}
          </dd>
          <dt>{t('housing:household.members')}</dt>
          <dd>{formatList(Object.entries(bands).map(([band, n]) => `${n} × ${t(ageBandKey(band))}`), lng)}</dd>
          <dt>{t('housing:household.languages')}</dt>
          <dd>{h.languages.map((code) => languageLabel(code, i18n.resolvedLanguage ?? 'de')).join(', ') || '—'}</dd>
          <dt>{t('housing:household.roomsNeeded')}</dt>
          <dd>
            {h.roomsNeeded}
            {h.accessibility ? ` · ${t('housing:household.accessibility')}` : ''}
          </dd>
          <dt>{t('housing:household.rentingStatus')}</dt>
          <dd>{t(rentingStatusKey(h.rentingStatus))}</dd>
          <dt>{t('housing:household.incomeSource')}</dt>
          <dd>{t(incomeKey(h.incomeSource))}</dd>
          {detail.card.plannedMoveOn ? (
            <>
              <dt>{t('housing:move.plannedMoveOn')}</dt>
              <dd>{formatLocalDate(detail.card.plannedMoveOn, lng)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <CaseWaits detail={detail} apply={apply} />
      <CaseDocuments detail={detail} apply={apply} />
      <CaseOffers detail={detail} apply={apply} />
      <CaseContacts detail={detail} apply={apply} />
      <CaseConsents detail={detail} apply={apply} today={format(new Date(), 'yyyy-MM-dd')} />
      <section className="panel panel-wide" aria-labelledby="hc-history">
        <h2 id="hc-history">{t('housing:case.history')}</h2>
        <table className="data-table" aria-labelledby="hc-history">
          <thead>
            <tr>
              <th scope="col">{t('housing:case.when')}</th>
              <th scope="col">{t('housing:case.from')}</th>
              <th scope="col">{t('housing:case.to')}</th>
              <th scope="col">{t('housing:case.by')}</th>
              <th scope="col">{t('housing:move.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.history.map((row, i) => (
              <tr key={i}>
                <td className="cell-nowrap">{formatDateTime(row.at, lng)}</td>
                <td>{row.fromStage ? stageLabel(row.fromStage) : '—'}</td>
                <td>{stageLabel(row.toStage)}</td>
                <td dir="auto">{row.userName ?? '—'}</td>
                <td dir="auto">{row.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <EditHouseholdDialog
        detail={detail}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={(fresh) => {
          setEditing(false);
          setDetail(fresh);
        }}
      />
      {moving ? (
        <MoveDialog
          card={detail.card}
          stageLabel={stageLabel}
          onClose={() => setMoving(false)}
          onMoved={(fresh) => {
            setMoving(false);
            setDetail(fresh);
          }}
        />
      ) : null}
      <RecordHistory entity="moveOutCase" id={id} />
      <RecordHistory entity="household" id={h.id} />
    </>
  );
}
