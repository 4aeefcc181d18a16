import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { useStatusMessage } from '../../components/use-status-message';
import type { Taxonomy } from './use-taxonomy';
import { download } from '../../components/download';

/** The period's indicators as an Excel workbook in the user's language (counts only, small ones suppressed as on the page). */
export function IndicatorsExportButton({ from, to, taxonomy, threshold }: { from: string; to: string; taxonomy: Taxonomy; threshold: number }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();

  async function exportWorkbook() {
    setBusy(true);
    setError(null);
    const labels = Object.fromEntries(taxonomy.entries.map((e) => [String(e.id), taxonomy.label(e.id)]));
    const result = await api.hotline.indicatorsExport({
      from,
      to,
      labels,
      texts: {
        sheetSummary: t('hotline:indicators.sheetSummary'),
        sheetTopics: t('hotline:indicators.sheetTopics'),
        sheetRouting: t('hotline:indicators.sheetRouting'),
        sheetChannels: t('hotline:indicators.sheetChannels'),
        measure: t('hotline:indicators.measure'),
        value: t('hotline:indicators.value'),
        from: t('hotline:indicators.from'),
        to: t('hotline:indicators.to'),
        totalCalls: t('hotline:indicators.totalCalls'),
        answeredInCall: t('hotline:indicators.answeredCount'),
        followedUp: t('hotline:indicators.followedUpCount'),
        averageDays: t('hotline:indicators.daysToFollowUp'),
        openFollowUps: t('hotline:indicators.openFollowUps'),
        overdueFollowUps: t('hotline:indicators.overdueFollowUps'),
        month: t('hotline:indicators.month'),
        channel: t('hotline:call.heardVia'),
        calls: t('hotline:list.calls'),
        outreachCount: t('hotline:indicators.outreachCount'),
        notRouted: t('hotline:call.notRouted'),
        unknown: t('hotline:call.unknown'),
        total: t('reports:total'),
        small: t('reports:mark.small', { threshold }),
        hidden: t('reports:mark.hidden'),
        fewCases: t('reports:mark.fewCases', { threshold }),
        none: t('reports:mark.none'),
        suppressionNote: t('reports:suppressionNote', { threshold }),
      },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    download(result.value);
    showMessage('hotline:indicators.exported');
  }

  return (
    <div className="indicators-export">
      <button type="button" className="button-secondary" disabled={busy || !from || !to} onClick={() => void exportWorkbook()}>
        {t('hotline:indicators.export')}
      </button>
      <span role="status" className="saved-status">
        {message ? t(message) : ''}
      </span>
      <FormError error={error} />
    </div>
  );
}
