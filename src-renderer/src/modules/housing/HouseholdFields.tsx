import { useTranslation } from 'react-i18next';
import { get, type FieldError, type Path, type UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import {
  AGE_BANDS,
  householdInput,
  INCOME_SOURCES,
  MAX_MEMBERS,
  RENTING_STATUSES,
  type AgeBand,
  type IncomeSource,
  type RentingStatus,
} from '../../../../src-main/contract/housing';
import { CheckboxField, SelectField, TextField } from '../../components/form';
import { LanguagePicker } from '../../components/LanguagePicker';
import { REGISTRY_CODES } from '../../i18n/language-names';
import { useValidationMessage } from '../../components/validation-message';
import { ageBandKey, incomeKey, rentingStatusKey } from './keys';

/** The household as the form holds it: members counted per age band, languages as the codes picked. */
export interface HouseholdDraft {
  reference: string;
  bands: Record<AgeBand, number>;
  languages: string[];
  roomsNeeded: number;
  accessibility: boolean;
  rentingStatus: RentingStatus;
  incomeSource: IncomeSource;
}

export const EMPTY_HOUSEHOLD: HouseholdDraft = {
  reference: '',
  bands: { under6: 0, age6to17: 0, age18to64: 1, age65plus: 0 },
  languages: [],
  roomsNeeded: 1,
  accessibility: false,
  rentingStatus: 'residencePermit',
  incomeSource: 'benefitsSgbII',
};

/** Members are entered as counts per age band; the record keeps one band per member, no names. */
function householdFromDraft(d: HouseholdDraft): z.input<typeof householdInput> {
  return {
    reference: d.reference,
    ageBands: AGE_BANDS.flatMap((band) => Array.from({ length: Math.max(0, Math.min(MAX_MEMBERS, Number(d.bands[band]) || 0)) }, () => band)),
    // No box checked can reach react-hook-form as `false`.
    languages: Array.isArray(d.languages) ? d.languages : [],
    roomsNeeded: d.roomsNeeded,
    accessibility: d.accessibility,
    rentingStatus: d.rentingStatus,
    incomeSource: d.incomeSource,
  };
}

/** The form's draft, checked by the contract's household rules (issues land on `ageBands`, `languages`, …). */
export const householdDraft = z.custom<HouseholdDraft>().transform(householdFromDraft).pipe(householdInput);

/** The form's draft of a stored household (for editing). */
export function draftFromHousehold(h: z.output<typeof householdInput>): HouseholdDraft {
  const count = (band: AgeBand) => h.ageBands.filter((b) => b === band).length;
  return {
    reference: h.reference,
    bands: { under6: count('under6'), age6to17: count('age6to17'), age18to64: count('age18to64'), age65plus: count('age65plus') },
    languages: [...h.languages],
    roomsNeeded: h.roomsNeeded,
    accessibility: h.accessibility,
    rentingStatus: h.rentingStatus,
    incomeSource: h.incomeSource,
  };
}

interface Props {
  /** Registers a field of the draft, wherever the draft sits in the form. */
  register: (name: Path<HouseholdDraft>, asNumber?: boolean) => UseFormRegisterReturn;
  /** The form's errors under the draft (the contract names `ageBands` and `languages`, not the draft's fields). */
  errors: object | undefined;
  /** Languages the stored household already has beyond the offered list (kept pickable). */
  knownLanguages?: readonly string[];
}

/** German first (many households speak some), then the app's common languages. */
const HOUSEHOLD_LANGUAGES = ['de', ...REGISTRY_CODES.filter((c) => c !== 'de')];

export function HouseholdFields({ register, errors, knownLanguages = [] }: Props) {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const error = (name: string) => {
    const found = get(errors, name) as FieldError | undefined;
    return found?.message ? found : undefined;
  };
  const membersError = message(error('ageBands')?.message);
  return (
    <>
      <TextField label={t('housing:household.reference')} registration={register('reference')} error={error('reference')} dir="auto" autoComplete="off" />
      <fieldset className="housing-bands">
        <legend>{t('housing:household.members')}</legend>
        {AGE_BANDS.map((band) => (
          <TextField key={band} label={t(ageBandKey(band))} type="number" min={0} max={MAX_MEMBERS} className="input-short" registration={register(`bands.${band}`, true)} />
        ))}
        {membersError ? <p className="field-error">{membersError}</p> : null}
      </fieldset>
      <LanguagePicker
        legend={t('housing:household.languages')}
        languages={[...HOUSEHOLD_LANGUAGES, ...knownLanguages.filter((c) => !HOUSEHOLD_LANGUAGES.includes(c))]}
        registration={register('languages')}
        error={error('languages') ?? error('languages.0')}
      />
      <TextField label={t('housing:household.roomsNeeded')} type="number" min={1} max={10} className="input-short" registration={register('roomsNeeded', true)} error={error('roomsNeeded')} />
      <CheckboxField label={t('housing:household.accessibility')} registration={register('accessibility')} />
      <SelectField label={t('housing:household.rentingStatus')} registration={register('rentingStatus')}>
        {RENTING_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(rentingStatusKey(s))}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('housing:household.incomeSource')} registration={register('incomeSource')}>
        {INCOME_SOURCES.map((s) => (
          <option key={s} value={s}>
            {t(incomeKey(s))}
          </option>
        ))}
      </SelectField>
    </>
  );
}
