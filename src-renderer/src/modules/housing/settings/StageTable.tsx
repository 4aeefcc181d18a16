import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { labelIn, textDirection, UI_LANGUAGES } from '../../../../../src-main/contract';
import { BUILT_IN_STAGES, type housingSettingsInput, type StageDefinition } from '../../../../../src-main/contract/housing';
import type { ContractForm } from '../../../components/form';
import { useValidationMessage } from '../../../components/validation-message';
import { nativeLanguageName } from '../../../i18n/language-names';
import { stageKey } from '../keys';

const LANGS = UI_LANGUAGES;
const FIXED = new Set(['registered', 'movedOut', 'closed']);
const isBuiltIn = (key: string) => (BUILT_IN_STAGES as readonly string[]).includes(key);

/**
 * The stage path, part of the settings form. "Add stage" appends before the last stage (closed)
 * and focuses the new row's German name, which an added stage must have. Added stages can be moved with buttons
 * (keyboard-operable, no drag-and-drop) anywhere between the first and the last stage, and
 * removed; the core refuses a removal while a case stands in the stage (IN_USE). Built-in stages
 * keep their order and stay.
 */
export function StageTable({ form }: { form: ContractForm<typeof housingSettingsInput> }) {
  const { t, i18n } = useTranslation();
  const { fields, swap, remove, insert } = useFieldArray({ control: form.control, name: 'stages' });
  const stages = useWatch({ control: form.control, name: 'stages' });
  const errors = form.formState.errors.stages;
  const lng = i18n.resolvedLanguage ?? 'de';
  const nameOf = (s: StageDefinition) => (isBuiltIn(s.key) ? t(stageKey(s.key)) : labelIn(s.labels, lng) || t('housing:settings.newStage'));
  const columnLabel = (l: string) => t('housing:settings.labelIn', { language: nativeLanguageName(l) });
  const addStage = () => {
    let n = 1;
    while (stages.some((s) => s.key === `custom${n}`)) n++;
    // A new stage goes at the end of the path, just before "closed" (which always stays last),
    // and its German name field gets the focus, so it is plain where it went; the arrows move it.
    insert(stages.length - 1, { key: `custom${n}`, labels: {}, skippable: true }, { shouldFocus: true, focusName: `stages.${stages.length - 1}.labels.de` });
  };
  const validationMessage = useValidationMessage();
  const last = fields.length - 1;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('housing:settings.stage')}</th>
              {LANGS.map((l) => (
                <th key={l} scope="col">
                  {columnLabel(l)}
                </th>
              ))}
              <th scope="col">{t('housing:settings.skippable')}</th>
              <th scope="col">{t('housing:settings.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => {
              const stage = stages[i] ?? field;
              const name = nameOf(stage);
              return (
                <tr key={field.id}>
                  <th scope="row">
                    <bdi>{name}</bdi>
                  </th>
                  {LANGS.map((l) => {
                    const message = validationMessage(errors?.[i]?.labels?.[l]?.message);
                    const errorId = `stage-${field.id}-${l}-error`;
                    return (
                      <td key={l}>
                        <input
                          aria-label={`${columnLabel(l)}: ${name}`}
                          aria-invalid={message ? true : undefined}
                          aria-describedby={message ? errorId : undefined}
                          dir={textDirection(l)}
                          lang={l}
                          {...form.register(`stages.${i}.labels.${l}`)}
                        />
                        {message ? (
                          <p id={errorId} className="field-error">
                            {message}
                          </p>
                        ) : null}
                      </td>
                    );
                  })}
                  <td>
                    <input type="checkbox" aria-label={`${t('housing:settings.skippable')}: ${name}`} disabled={FIXED.has(stage.key)} {...form.register(`stages.${i}.skippable`)} />
                  </td>
                  <td>
                    {isBuiltIn(stage.key) ? null : (
                      <div className="housing-row-actions">
                        <button type="button" className="button-small" disabled={i <= 1} onClick={() => swap(i, i - 1)} aria-label={t('housing:settings.moveUp', { stage: name })}>
                          ↑
                        </button>
                        <button type="button" className="button-small" disabled={i >= last - 1} onClick={() => swap(i, i + 1)} aria-label={t('housing:settings.moveDown', { stage: name })}>
                          ↓
                        </button>
                        <button type="button" className="button-small" onClick={() => remove(i)}>
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
      <button type="button" className="button-secondary" onClick={addStage}>
        {t('housing:settings.addStage')}
      </button>
    </>
  );
}
