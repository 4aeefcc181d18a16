import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { housingSettingsInput } from '../../../../../src-main/contract/housing';
import type { ContractForm } from '../../../components/form';
import { euros, ParsedInput } from '../ParsedInput';

/**
 * Benefits agencies publish limits by household size; the table grows with larger households.
 * Part of the settings form: once edited, the table is no longer the shipped example.
 */
export function RentLimitTable({ form }: { form: ContractForm<typeof housingSettingsInput> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'rentLimits' });
  const rows = useWatch({ control: form.control, name: 'rentLimits' });
  const errors = form.formState.errors.rentLimits;
  const edited = () => form.setValue('rentLimitsAreExamples', false);
  const add = () => {
    const lastRow = rows.at(-1);
    append({ persons: (lastRow?.persons ?? 0) + 1, maxRentCents: lastRow?.maxRentCents ?? 40_000, maxSizeSqm: Math.min(400, (lastRow?.maxSizeSqm ?? 35) + 15) });
    edited();
  };
  const invalid = (i: number, key: 'persons' | 'maxRentCents' | 'maxSizeSqm') => (errors?.[i]?.[key] ? true : undefined);
  return (
    <>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('housing:settings.persons')}</th>
            <th scope="col">{t('housing:settings.maxRent')}</th>
            <th scope="col">{t('housing:settings.maxSize')}</th>
            <th scope="col">{t('housing:settings.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, i) => {
            const persons = rows[i]?.persons ?? field.persons;
            return (
              <tr key={field.id}>
                <td>
                  <input
                    type="number"
                    className="input-short"
                    aria-label={`${t('housing:settings.persons')} (${i + 1})`}
                    aria-invalid={invalid(i, 'persons')}
                    min={1}
                    max={20}
                    {...form.register(`rentLimits.${i}.persons`, { valueAsNumber: true, onChange: edited })}
                  />
                </td>
                <td>
                  <Controller
                    control={form.control}
                    name={`rentLimits.${i}.maxRentCents`}
                    render={({ field: cents }) => (
                      <ParsedInput
                        {...cents}
                        {...euros}
                        onChange={(value) => {
                          cents.onChange(value);
                          edited();
                        }}
                        type="number"
                        className="input-short"
                        aria-label={`${t('housing:settings.maxRent')}: ${persons}`}
                        aria-invalid={invalid(i, 'maxRentCents')}
                      />
                    )}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    className="input-short"
                    aria-label={`${t('housing:settings.maxSize')}: ${persons}`}
                    aria-invalid={invalid(i, 'maxSizeSqm')}
                    {...form.register(`rentLimits.${i}.maxSizeSqm`, { valueAsNumber: true, onChange: edited })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button-small"
                    disabled={fields.length <= 1}
                    onClick={() => {
                      remove(i);
                      edited();
                    }}
                  >
                    {t('housing:settings.removeRentLimit', { persons })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="button-secondary" onClick={add}>
        {t('housing:settings.addRentLimit')}
      </button>
    </>
  );
}
