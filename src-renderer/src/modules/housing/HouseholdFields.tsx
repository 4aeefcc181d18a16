import { useTranslation } from 'react-i18next';
import { AGE_BANDS, INCOME_SOURCES, RENTING_STATUSES } from '../../../../src-main/contract/housing';
import { Input, Select, type FieldErrors } from './FormBits';
import { ageBandKey, incomeKey, rentingStatusKey } from './keys';

export interface HouseholdDraft {
  reference: string;
  bands: Record<(typeof AGE_BANDS)[number], string>;
  languages: string;
  roomsNeeded: string;
  accessibility: boolean;
  rentingStatus: (typeof RENTING_STATUSES)[number];
  incomeSource: (typeof INCOME_SOURCES)[number];
}

export const EMPTY_HOUSEHOLD: HouseholdDraft = {
  reference: '',
  bands: { under6: '0', age6to17: '0', age18to64: '1', age65plus: '0' },
  languages: '',
  roomsNeeded: '1',
  accessibility: false,
  rentingStatus: 'residencePermit',
  incomeSource: 'benefitsSgbII',
};

/** Members are entered as counts per age band; the record keeps one band per member, no names. */
export function householdFromDraft(d: HouseholdDraft) {
  return {
    reference: d.reference,
    ageBands: AGE_BANDS.flatMap((band) => Array.from({ length: Math.max(0, Math.min(20, Number(d.bands[band]) || 0)) }, () => band)),
    languages: d.languages
      .split(/[\s,;]+/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
    roomsNeeded: Number(d.roomsNeeded),
    accessibility: d.accessibility,
    rentingStatus: d.rentingStatus,
    incomeSource: d.incomeSource,
  };
}

/** The form's draft of a stored household (for editing). */
export function draftFromHousehold(h: ReturnType<typeof householdFromDraft>): HouseholdDraft {
  const count = (band: (typeof AGE_BANDS)[number]) => String(h.ageBands.filter((b) => b === band).length);
  return {
    reference: h.reference,
    bands: { under6: count('under6'), age6to17: count('age6to17'), age18to64: count('age18to64'), age65plus: count('age65plus') },
    languages: h.languages.join(', '),
    roomsNeeded: String(h.roomsNeeded),
    accessibility: h.accessibility,
    rentingStatus: h.rentingStatus,
    incomeSource: h.incomeSource,
  };
}

interface Props {
  draft: HouseholdDraft;
  onChange: (draft: HouseholdDraft) => void;
  errors: FieldErrors;
  prefix: string;
}

export function HouseholdFields({ draft, onChange, errors, prefix }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<HouseholdDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <Input
        label={t('housing:household.reference')}
        value={draft.reference}
        onChange={(e) => set({ reference: e.target.value })}
        error={errors[`${prefix}reference`]}
        dir="auto"
        autoComplete="off"
      />
      <fieldset className="housing-bands">
        <legend>{t('housing:household.members')}</legend>
        {AGE_BANDS.map((band) => (
          <Input
            key={band}
            label={t(ageBandKey(band))}
            type="number"
            min={0}
            max={20}
            className="input-short"
            value={draft.bands[band]}
            onChange={(e) => set({ bands: { ...draft.bands, [band]: e.target.value } })}
          />
        ))}
        {errors[`${prefix}ageBands`] ? <p className="field-error">{t('housing:household.membersRequired')}</p> : null}
      </fieldset>
      <Input
        label={t('housing:household.languages')}
        value={draft.languages}
        onChange={(e) => set({ languages: e.target.value })}
        error={errors[`${prefix}languages`] ?? errors[`${prefix}languages.0`]}
        placeholder="ar, ku, de"
        autoComplete="off"
      />
      <Input
        label={t('housing:household.roomsNeeded')}
        type="number"
        min={1}
        max={10}
        className="input-short"
        value={draft.roomsNeeded}
        onChange={(e) => set({ roomsNeeded: e.target.value })}
        error={errors[`${prefix}roomsNeeded`]}
      />
      <div className="check">
        <input id={`${prefix}access`} type="checkbox" checked={draft.accessibility} onChange={(e) => set({ accessibility: e.target.checked })} />
        <label htmlFor={`${prefix}access`}>{t('housing:household.accessibility')}</label>
      </div>
      <Select label={t('housing:household.rentingStatus')} value={draft.rentingStatus} onChange={(e) => set({ rentingStatus: e.target.value as HouseholdDraft['rentingStatus'] })}>
        {RENTING_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(rentingStatusKey(s))}
          </option>
        ))}
      </Select>
      <Select label={t('housing:household.incomeSource')} value={draft.incomeSource} onChange={(e) => set({ incomeSource: e.target.value as HouseholdDraft['incomeSource'] })}>
        {INCOME_SOURCES.map((s) => (
          <option key={s} value={s}>
            {t(incomeKey(s))}
          </option>
        ))}
      </Select>
    </>
  );
}
