import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { BUILT_IN_STAGES, SIDE_STATES, WAITING_ACTORS, type HousingIndicatorsView } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { actorKey } from './keys';
import { download } from '../../components/download';

/**
 * Downloads the indicators as XLSX. The core builds the file; the headings come from here, in the
 * user's language, since translations live in the renderer.
 */
export function useIndicatorsExport(stageLabel: (stage: string) => string, data: HousingIndicatorsView | null) {
  const { t, i18n } = useTranslation();
  return useCallback(async (): Promise<ErrorValue | null> => {
    const stages = new Set<string>([...BUILT_IN_STAGES, ...SIDE_STATES, ...(data?.pipeline.map((p) => p.stage) ?? [])]);
    const texts: Record<string, string> = {
      keyFigures: t('housing:indicators.keyFigures'),
      occupancy: t('housing:indicators.occupancy'),
      beds: t('housing:indicators.beds'),
      medianMonths: t('housing:indicators.medianMonths'),
      moveOutsPerQuarter: t('housing:indicators.moveOutsPerQuarter'),
      quarter: t('housing:indicators.quarter'),
      households: t('housing:indicators.households'),
      people: t('housing:indicators.people'),
      pipeline: t('housing:indicators.pipeline'),
      stage: t('housing:indicators.stage'),
      cases: t('housing:indicators.cases'),
      daysPerStage: t('housing:indicators.daysPerStage'),
      medianDays: t('housing:indicators.medianDays'),
      daysPerActor: t('housing:indicators.daysPerActor'),
      actor: t('housing:indicators.actor'),
      requests: t('housing:indicators.requests'),
      totalDays: t('housing:indicators.totalDays'),
      forecast: t('housing:indicators.forecast'),
      month: t('housing:indicators.month'),
      fromLeases: t('housing:indicators.fromLeases'),
      estimated: t('housing:indicators.estimated'),
      forecastMethod: t('housing:indicators.forecastMethod', { count: data?.forecastBasis ?? 0 }),
      small: t('reports:mark.small', { threshold: data?.threshold ?? 0 }),
      hidden: t('reports:mark.hidden'),
      fewCases: t('reports:mark.fewCases', { threshold: data?.threshold ?? 0 }),
      none: t('reports:mark.none'),
      suppressionNote: t('reports:suppressionNote', { threshold: data?.threshold ?? 0 }),
    };
    for (const stage of stages) texts[`stage.${stage}`] = stageLabel(stage);
    for (const actor of WAITING_ACTORS) texts[`actor.${actor}`] = t(actorKey(actor));
    const r = await api.housing.indicatorsExport({ texts, rightToLeft: i18n.dir() === 'rtl' });
    if (!r.ok) return r.error;
    download(r.value);
    return null;
  }, [t, i18n, stageLabel, data]);
}
