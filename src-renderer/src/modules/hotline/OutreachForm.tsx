import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { picked } from '../../../../src-main/contract/fields';
import { OUTREACH_KINDS, outreachInput, type OutreachView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { DateField, FieldFrame, fieldsUnder, SelectField, TextField, useContractForm } from '../../components/form';
import { ChoiceField, idChoice } from './ChoiceField';
import { outreachKindKey } from './keys';
import type { Taxonomy } from './use-taxonomy';

/** The outreach entry as typed: no channel chosen yet is "required". */
const outreachForm = outreachInput.extend({ channelId: picked(outreachInput.shape.channelId) });
/** `outreach.place` in the core's answer is the form's `place`. */
const SERVER_FIELDS = fieldsUnder('outreach', outreachInput);

/**
 * A new outreach entry, or the correction of one (`editing`). Mount it with `key` set to the
 * entry's id so its fields start from that entry.
 */
export function OutreachForm({
  taxonomy,
  editing,
  onSaved,
  onCancel,
}: {
  taxonomy: Taxonomy;
  editing: OutreachView | null;
  onSaved: (created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useContractForm(outreachForm, {
    defaultValues: editing
      ? { kind: editing.kind, place: editing.place, channelId: editing.channelId, count: editing.count, date: editing.date, notes: editing.notes }
      : // An empty number field holds NaN until something is typed.
        { kind: 'flyer', place: '', channelId: null, count: Number.NaN, date: format(new Date(), 'yyyy-MM-dd'), notes: '' },
  });
  const { control, register, reset, setFocus, getValues, handleSubmit, showServerIssues } = form;
  const { errors } = form.formState;
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    if (editing) setFocus('kind');
  }, [editing, setFocus]);

  // An entry keeps the channel it was logged with, even if the admin has deactivated it since.
  const channels = taxonomy.all('channel').filter((c) => c.active || c.id === editing?.channelId);

  const save = handleSubmit(async (outreach) => {
    setError(null);
    const result = await api.hotline.outreachSave({ id: editing?.id ?? null, version: editing?.version, outreach });
    if (!result.ok) {
      if (!showServerIssues(result.error, SERVER_FIELDS)) setError(result.error);
      return;
    }
    // The next entry is often of the same kind, channel and day.
    if (!editing) reset({ ...getValues(), place: '', count: Number.NaN, notes: '' }, { keepFieldsRef: true });
    onSaved(!editing);
  });

  return (
    <section className="panel" aria-labelledby="outreach-form-heading">
      <h2 id="outreach-form-heading">{editing ? t('hotline:outreach.editTitle') : t('hotline:outreach.add')}</h2>
      <form className="inline-form hotline-form" noValidate onSubmit={(event) => void save(event)}>
        <SelectField label={t('hotline:outreach.kind')} error={errors.kind} registration={register('kind')}>
          {OUTREACH_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(outreachKindKey(k))}
            </option>
          ))}
        </SelectField>
        <TextField label={t('hotline:outreach.place')} error={errors.place} dir="auto" maxLength={120} registration={register('place')} />
        <ChoiceField
          label={t('hotline:outreach.channel')}
          error={errors.channelId}
          registration={register('channelId', idChoice)}
          value={getValues('channelId')}
          empty={t('hotline:call.choose')}
          options={channels.map((o) => ({ id: o.id, label: taxonomy.label(o.id) }))}
        />
        <FieldFrame label={t('hotline:outreach.count')} error={errors.count}>
          {(control) => <input type="number" min={0} className="input-short" {...register('count', { valueAsNumber: true })} {...control} />}
        </FieldFrame>
        <DateField label={t('hotline:outreach.date')} error={errors.date} control={control} name="date" />
        <TextField label={t('hotline:outreach.notes')} error={errors.notes} dir="auto" maxLength={1000} registration={register('notes')} />
        <button type="submit" className="button-primary">
          {editing ? t('hotline:outreach.saveChanges') : t('hotline:outreach.save')}
        </button>
        {editing ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        ) : null}
      </form>
      <FormError error={error} />
    </section>
  );
}
