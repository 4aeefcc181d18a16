import { useState, type ReactNode } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import {
  EVENT_KINDS,
  FOCUS_POOLS,
  GENDERS,
  INTERPRETER_STATUSES,
  interpreterInput,
  LANGUAGE_LEVELS,
  type InterpreterDetail,
  type InterpreterInput,
} from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FormError } from '../../components/ErrorMessage';
import { DateField, SelectField, TextAreaField, TextField, useContractForm } from '../../components/form';
import { ConflictRequesterField } from './ConflictRequesterField';
import { PoolLanguageOptions } from './PoolLanguageOptions';
import { enumKey } from './keys';

/** Euro amounts typed with a comma or point; empty = the pool's default. */
const centsOrNull = (value: unknown) => {
  const text = String(value ?? '').trim().replace(',', '.');
  return text === '' ? null : Math.round(Number(text) * 100);
};

function ListSection({ legend, onAdd, addLabel, children }: { legend: string; onAdd: () => void; addLabel: string; children: ReactNode }) {
  return (
    <fieldset className="pool-list">
      <legend>{legend}</legend>
      {children}
      <button type="button" className="button-secondary button-small" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}

export function InterpreterForm({
  initial,
  conflictRequesters,
  onSaved,
  onCancel,
}: {
  initial: InterpreterInput;
  /** Names of the requesters the loaded conflicts name. */
  conflictRequesters: InterpreterDetail['conflictRequesters'];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const euro = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2));
  const { register, control, handleSubmit, formState, showServerIssues } = useContractForm(interpreterInput, {
    // Euro fields show amounts; setValueAs turns them back into cents.
    defaultValues: {
      ...initial,
      firstHourCents: euro(initial.firstHourCents ?? null) as unknown as number,
      furtherHalfHourCents: euro(initial.furtherHalfHourCents ?? null) as unknown as number,
      kmCents: euro(initial.kmCents ?? null) as unknown as number,
      travelFlatCents: euro(initial.travelFlatCents ?? null) as unknown as number,
    },
  });
  const languages = useFieldArray({ control, name: 'languages' });
  const events = useFieldArray({ control, name: 'events' });
  const availability = useFieldArray({ control, name: 'availability' });
  const absences = useFieldArray({ control, name: 'absences' });
  const conflicts = useFieldArray({ control, name: 'conflicts' });
  const qualifications = useFieldArray({ control, name: 'qualifications' });
  const remove = (label: string, onRemove: () => void) => (
    <button type="button" className="button-secondary button-small" onClick={onRemove}>
      {t('pool:form.remove')}
      <span className="visually-hidden"> {label}</span>
    </button>
  );

  const submit = handleSubmit(async (values) => {
    setError(null);
    const result = await api.pool.interpreterSave(values);
    if (result.ok) onSaved();
    else if (!showServerIssues(result.error)) setError(result.error);
  });
  const e = formState.errors;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="pool-form">
      <div className="pool-grid">
        <TextField label={t('pool:interpreter.nameLatin')} registration={register('nameLatin')} error={e.nameLatin} dir="auto" autoComplete="off" />
        <TextField label={t('pool:interpreter.nameNative')} registration={register('nameNative')} error={e.nameNative} dir="auto" autoComplete="off" />
        <SelectField label={t('pool:interpreter.gender')} registration={register('gender')}>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(enumKey('gender', g))}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('pool:interpreter.status')} registration={register('status')}>
          {INTERPRETER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(enumKey('interpreterStatus', s))}
            </option>
          ))}
        </SelectField>
        <TextField label={t('pool:interpreter.phone')} registration={register('phone')} error={e.phone} dir="ltr" type="tel" />
        <TextField label={t('pool:interpreter.email')} registration={register('email')} error={e.email} dir="ltr" type="email" />
        <DateField label={t('pool:interpreter.confidentiality')} control={control} name="confidentialitySignedOn" error={e.confidentialitySignedOn} />
      </div>
      <CheckboxGroup
        legend={t('pool:interpreter.focusPools')}
        registration={register('focusPools')}
        error={e.focusPools}
        options={FOCUS_POOLS.map((p) => ({ value: p, label: t(enumKey('focusPool', p)) }))}
      />

      <ListSection legend={t('pool:interpreter.languages')} addLabel={t('pool:interpreter.addLanguage')} onAdd={() => languages.append({ language: 'ar', dialect: '', level: 'fluent' })}>
        {languages.fields.map((field, i) => {
          const n = t('pool:interpreter.languageN', { n: i + 1 });
          return (
            <div className="pool-row" key={field.id} role="group" aria-label={n}>
              <SelectField className="pool-cell" label={t('pool:interpreter.language')} registration={register(`languages.${i}.language`)} error={e.languages?.[i]?.language}>
                <PoolLanguageOptions current={field.language} />
              </SelectField>
              <TextField className="pool-cell" label={t('pool:interpreter.dialect')} registration={register(`languages.${i}.dialect`)} error={e.languages?.[i]?.dialect} dir="auto" />
              <SelectField className="pool-cell" label={t('pool:interpreter.level')} registration={register(`languages.${i}.level`)}>
                {LANGUAGE_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(enumKey('level', l))}
                  </option>
                ))}
              </SelectField>
              {languages.fields.length > 1 ? remove(n, () => languages.remove(i)) : null}
            </div>
          );
        })}
        {e.languages?.root?.message || e.languages?.message ? <p className="field-error">{t('pool:validation.languagesRequired')}</p> : null}
      </ListSection>

      <ListSection legend={t('pool:interpreter.events')} addLabel={t('pool:interpreter.addEvent')} onAdd={() => events.append({ kind: 'supervision', on: '' })}>
        {events.fields.map((field, i) => {
          const n = t('pool:interpreter.eventN', { n: i + 1 });
          return (
            <div className="pool-row" key={field.id} role="group" aria-label={n}>
              <SelectField className="pool-cell" label={t('pool:interpreter.eventKind')} registration={register(`events.${i}.kind`)}>
                {EVENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(enumKey('eventKind', k))}
                  </option>
                ))}
              </SelectField>
              <DateField className="pool-cell" label={t('pool:interpreter.date')} control={control} name={`events.${i}.on`} error={e.events?.[i]?.on} />
              {remove(n, () => events.remove(i))}
            </div>
          );
        })}
      </ListSection>

      <ListSection legend={t('pool:interpreter.availability')} addLabel={t('pool:interpreter.addSlot')} onAdd={() => availability.append({ weekday: 1, from: '08:00', to: '16:00' })}>
        <p className="field-hint">{t('pool:interpreter.availabilityHint')}</p>
        {availability.fields.map((field, i) => {
          const n = t('pool:interpreter.slotN', { n: i + 1 });
          return (
            <div className="pool-row" key={field.id} role="group" aria-label={n}>
              <SelectField className="pool-cell" label={t('pool:interpreter.weekday')} registration={register(`availability.${i}.weekday`, { valueAsNumber: true })}>
                {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                  <option key={d} value={d}>
                    {t(enumKey('weekday', String(d)))}
                  </option>
                ))}
              </SelectField>
              <TextField className="pool-cell" label={t('pool:interpreter.from')} type="time" registration={register(`availability.${i}.from`)} error={e.availability?.[i]?.from} />
              <TextField className="pool-cell" label={t('pool:interpreter.to')} type="time" registration={register(`availability.${i}.to`)} error={e.availability?.[i]?.to} />
              {remove(n, () => availability.remove(i))}
            </div>
          );
        })}
      </ListSection>

      <ListSection legend={t('pool:interpreter.absences')} addLabel={t('pool:interpreter.addAbsence')} onAdd={() => absences.append({ from: '', to: '' })}>
        {absences.fields.map((field, i) => {
          const n = t('pool:interpreter.absenceN', { n: i + 1 });
          return (
            <div className="pool-row" key={field.id} role="group" aria-label={n}>
              <DateField className="pool-cell" label={t('pool:interpreter.from')} control={control} name={`absences.${i}.from`} error={e.absences?.[i]?.from} />
              <DateField className="pool-cell" label={t('pool:interpreter.to')} control={control} name={`absences.${i}.to`} error={e.absences?.[i]?.to} />
              {remove(n, () => absences.remove(i))}
            </div>
          );
        })}
      </ListSection>

      <ListSection legend={t('pool:interpreter.conflicts')} addLabel={t('pool:interpreter.addConflict')} onAdd={() => conflicts.append({ requesterId: null, clientReference: '' })}>
        {conflicts.fields.map((field, i) => {
          const n = t('pool:interpreter.conflictN', { n: i + 1 });
          return (
            <div className="pool-row" key={field.id} role="group" aria-label={n}>
              <ConflictRequesterField control={control} index={i} initialName={conflictRequesters.find((r) => r.id === field.requesterId)?.name ?? ''} />
              <TextField className="pool-cell" label={t('pool:interpreter.conflictClient')} registration={register(`conflicts.${i}.clientReference`)} error={e.conflicts?.[i]?.clientReference} dir="auto" />
              {remove(n, () => conflicts.remove(i))}
            </div>
          );
        })}
      </ListSection>

      <ListSection legend={t('pool:interpreter.qualifications')} addLabel={t('pool:interpreter.addQualification')} onAdd={() => qualifications.append({ title: '', evidenceOn: '' })}>
        {qualifications.fields.map((field, i) => {
          const n = t('pool:interpreter.qualificationN', { n: i + 1 });
          return (
            <div className="pool-row" key={field.id} role="group" aria-label={n}>
              <TextField className="pool-cell" label={t('pool:interpreter.qualificationTitle')} registration={register(`qualifications.${i}.title`)} error={e.qualifications?.[i]?.title} dir="auto" />
              <DateField className="pool-cell" label={t('pool:interpreter.evidenceOn')} control={control} name={`qualifications.${i}.evidenceOn`} error={e.qualifications?.[i]?.evidenceOn} />
              {remove(n, () => qualifications.remove(i))}
            </div>
          );
        })}
      </ListSection>

      <fieldset className="pool-list">
        <legend>{t('pool:interpreter.fees')}</legend>
        <p className="field-hint">{t('pool:interpreter.feesHint')}</p>
        <div className="pool-grid">
          <TextField label={t('pool:interpreter.firstHour')} registration={register('firstHourCents', { setValueAs: centsOrNull })} error={e.firstHourCents} inputMode="decimal" className="input-short" />
          <TextField label={t('pool:interpreter.furtherHalfHour')} registration={register('furtherHalfHourCents', { setValueAs: centsOrNull })} error={e.furtherHalfHourCents} inputMode="decimal" className="input-short" />
          <TextField label={t('pool:interpreter.perKm')} registration={register('kmCents', { setValueAs: centsOrNull })} error={e.kmCents} inputMode="decimal" className="input-short" />
          <TextField label={t('pool:interpreter.travelFlat')} registration={register('travelFlatCents', { setValueAs: centsOrNull })} error={e.travelFlatCents} inputMode="decimal" className="input-short" />
        </div>
      </fieldset>
      <TextAreaField label={t('pool:interpreter.notes')} registration={register('notes')} error={e.notes} rows={3} />
      <FormError error={error} />
      {Object.keys(e).length > 0 ? (
        <p className="field-error" role="alert">
          {t('pool:form.checkFields')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
          {t('common:save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
