import { labelIn } from '../../../../src-main/contract';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_STAGES, type HousingSettings } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { stageKey } from './keys';

/** The installation's stage path and tables; read once per page. */
export function useHousingSettings(): HousingSettings | null {
  const [settings, setSettings] = useState<HousingSettings | null>(null);
  useEffect(() => {
    let live = true;
    void api.housing.settings({}).then((r) => {
      if (live && r.ok) setSettings(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return settings;
}

/** A stage's name: the installation's own label in the UI language, else the built-in translation. */
export function useStageLabel(settings: HousingSettings | null): (stage: string) => string {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  return useCallback(
    (stage: string) => {
      const labels = settings?.stages.find((s) => s.key === stage)?.labels;
      const own = labels?.[lng as keyof typeof labels]?.trim();
      if (own) return own;
      if ((BUILT_IN_STAGES as readonly string[]).includes(stage) || stage === 'paused' || stage === 'withdrawn') return t(stageKey(stage));
      // An added stage falls back to its German name.
      return labelIn(labels, lng) || stage;
    },
    [settings, lng, t],
  );
}
