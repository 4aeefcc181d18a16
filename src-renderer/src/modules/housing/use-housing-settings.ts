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
  const lng = (i18n.resolvedLanguage ?? 'de') as 'de' | 'en' | 'ar';
  return useCallback(
    (stage: string) => {
      const own = settings?.stages.find((s) => s.key === stage)?.labels[lng]?.trim();
      if (own) return own;
      if ((BUILT_IN_STAGES as readonly string[]).includes(stage) || stage === 'paused' || stage === 'withdrawn') return t(stageKey(stage));
      return stage;
    },
    [settings, lng, t],
  );
}
