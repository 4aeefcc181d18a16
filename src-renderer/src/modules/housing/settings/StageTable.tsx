import { useTranslation } from 'react-i18next';
import { BUILT_IN_STAGES, type StageDefinition } from '../../../../../src-main/contract/housing';
import { stageKey } from '../keys';

const LANGS = ['de', 'en', 'ar'] as const;
const LABEL_KEYS = { de: 'housing:settings.label.de', en: 'housing:settings.label.en', ar: 'housing:settings.label.ar' } as const;
const FIXED = new Set(['registered', 'movedOut', 'closed']);
const isBuiltIn = (key: string) => (BUILT_IN_STAGES as readonly string[]).includes(key);

interface Props {
  stages: StageDefinition[];
  onChange: (stages: StageDefinition[]) => void;
}

/**
 * The stage path. Added stages can be moved with buttons (keyboard-operable, no drag-and-drop)
 * anywhere between the first and the last stage, and removed; the core refuses a removal while a
 * case stands in the stage (IN_USE). Built-in stages keep their order and stay.
 */
export function StageTable({ stages, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lng = (LANGS as readonly string[]).includes(i18n.language) ? (i18n.language as (typeof LANGS)[number]) : 'de';
  const nameOf = (s: StageDefinition) => (isBuiltIn(s.key) ? t(stageKey(s.key)) : s.labels[lng]?.trim() || s.labels.de?.trim() || t('housing:settings.newStage'));
  const patch = (index: number, p: Partial<StageDefinition>) => onChange(stages.map((s, i) => (i === index ? { ...s, ...p } : s)));
  const swap = (a: number, b: number) => {
    const next = [...stages];
    [next[a], next[b]] = [next[b]!, next[a]!];
    onChange(next);
  };
  const last = stages.length - 1;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('housing:settings.stage')}</th>
            {LANGS.map((l) => (
              <th key={l} scope="col">
                {t(LABEL_KEYS[l])}
              </th>
            ))}
            <th scope="col">{t('housing:settings.skippable')}</th>
            <th scope="col">{t('housing:settings.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((s, i) => {
            const name = nameOf(s);
            return (
              <tr key={s.key}>
                <th scope="row">
                  <bdi>{name}</bdi>
                </th>
                {LANGS.map((l) => (
                  <td key={l}>
                    <input
                      aria-label={`${t(LABEL_KEYS[l])}: ${name}`}
                      dir={l === 'ar' ? 'rtl' : 'ltr'}
                      lang={l}
                      value={s.labels[l] ?? ''}
                      onChange={(e) => patch(i, { labels: { ...s.labels, [l]: e.target.value } })}
                    />
                  </td>
                ))}
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('housing:settings.skippable')}: ${name}`}
                    checked={s.skippable}
                    disabled={FIXED.has(s.key)}
                    onChange={(e) => patch(i, { skippable: e.target.checked })}
                  />
                </td>
                <td>
                  {isBuiltIn(s.key) ? null : (
                    <div className="housing-row-actions">
                      <button type="button" className="button-small" disabled={i <= 1} onClick={() => swap(i, i - 1)} aria-label={t('housing:settings.moveUp', { stage: name })}>
                        ↑
                      </button>
                      <button type="button" className="button-small" disabled={i >= last - 1} onClick={() => swap(i, i + 1)} aria-label={t('housing:settings.moveDown', { stage: name })}>
                        ↓
                      </button>
                      <button type="button" className="button-small" onClick={() => onChange(stages.filter((_, j) => j !== i))}>
                        {t('housing:settings.removeStage', { stage: name })}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
