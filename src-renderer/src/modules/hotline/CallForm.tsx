import { addDays, format } from 'date-fns';
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { CALLER_NAME_MAX, FOLLOW_UP_KINDS, URGENCIES, type DraftView, type StaffMember } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { DateField, CheckboxField, FieldFrame, SelectField, TextAreaField, TextField, useContractForm } from '../../components/form';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import { CALL_LOG_FIELDS, callForm, formValuesOf, logInputOf, type CallFormValues, type LoggedValues } from './call-form-values';
import { CallTimer } from './CallTimer';
import { ChoiceField, idChoice } from './ChoiceField';
import { DiscardDraftButton } from './DiscardDraftButton';
import { EmployerCombobox } from './EmployerCombobox';
import { followUpKindKey, urgencyKey } from './keys';
import { useDraftAutosave } from './use-draft-autosave';
import { useTaxonomy } from './use-taxonomy';

/** Each field's label key, for the error summary. */
const FIELD_LABEL_KEYS = {
  employerId: 'hotline:call.employer',
  employerName: 'hotline:call.employer',
  callerName: 'hotline:call.callerName',
  callerRole: 'hotline:call.callerRole',
  employeeRef: 'hotline:call.employeeRef',
  topicId: 'hotline:call.topic',
  subtopicId: 'hotline:call.subtopic',
  question: 'hotline:call.question',
  answer: 'hotline:call.answer',
  routingId: 'hotline:call.routing',
  handoverNote: 'hotline:call.handoverNote',
  heardViaId: 'hotline:call.heardVia',
  followUpDueOn: 'hotline:call.followUpDue',
  followUpNote: 'hotline:call.followUpNote',
} as const;

/** A draft as the form needs it; `id` is null for the moment before a new call's draft exists. */
export type FormDraft = Pick<DraftView, 'startedAt' | 'data'> & { id: number | null };

/**
 * The call screen's form: built for typing while on the phone. Its fields are the draft's, and
 * every change is saved as the draft (react-hook-form's watch drives the autosave).
 */
export function CallForm({ draft, draftOnItsWay, onDiscarded }: { draft: FormDraft; draftOnItsWay?: Promise<number | null>; onDiscarded: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const taxonomy = useTaxonomy();
  const form = useContractForm(callForm, { defaultValues: formValuesOf(draft.data) });
  const { control, register, getValues, setValue, handleSubmit, showServerIssues, watch } = form;
  const { errors } = form.formState;
  // First, so that a failed check focuses the employer before the fields after it.
  const employerId = useController({ control, name: 'employerId' });
  const employerName = useController({ control, name: 'employerName' });
  const [submitError, setSubmitError] = useState<ErrorValue | null>(null);
  const [saving, setSaving] = useState(false);
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const autosave = useDraftAutosave(draft.id);
  const employerInput = useRef<HTMLInputElement | null>(null);
  const lng = i18n.resolvedLanguage ?? 'de';

  // Every change is saved: after a pause, or at once when a field is left (the form's onBlur).
  const { schedule, flush } = autosave;
  useEffect(() => {
    const subscription = watch((values) => schedule({ ...(values as CallFormValues) }));
    return () => subscription.unsubscribe();
  }, [watch, schedule]);

  // What was typed before the draft existed is saved as soon as it does.
  useEffect(() => {
    if (draft.id !== null) void flush();
  }, [draft.id, flush]);

  // Leaving the screen with nothing typed removes the draft, so "calls in progress" lists only
  // real calls. The core decides what counts as empty, after the last save has landed. A logged
  // or discarded call has no draft left to remove. Left before the draft existed, what was typed
  // goes into it when it arrives.
  const finished = useRef(false);
  const draftIdRef = useRef(draft.id);
  draftIdRef.current = draft.id;
  const onItsWay = useRef(draftOnItsWay);
  onItsWay.current = draftOnItsWay;
  useEffect(
    () => () => {
      if (finished.current) return;
      const leave = (id: number) => flush(id).then(() => api.hotline.draftLeave({ id }));
      const id = draftIdRef.current;
      if (id !== null) void leave(id);
      else void onItsWay.current?.then((later) => (later === null ? undefined : leave(later)));
    },
    [flush],
  );

  useEffect(() => {
    employerInput.current?.focus();
    void api.hotline.staff({}).then((r) => r.ok && setStaff(r.value));
  }, []);

  const employerRef = employerId.field.ref;
  const attachEmployerInput = useCallback(
    (element: HTMLInputElement | null) => {
      employerInput.current = element;
      employerRef(element);
    },
    [employerRef],
  );

  // Ctrl+Enter pressed before the draft exists (a slow network): the check runs at once, and the
  // call is logged as soon as the draft is there.
  const pendingLog = useRef<LoggedValues | null>(null);
  const logValues = async (values: LoggedValues) => {
    const draftId = draft.id;
    if (draftId === null) {
      pendingLog.current = values;
      return;
    }
    setSaving(true);
    setSubmitError(null);
    await autosave.settle();
    const result = await api.hotline.callLog(logInputOf(draftId, values));
    setSaving(false);
    if (!result.ok) {
      // Issues the core found on a field are shown there; anything else above the form.
      if (!showServerIssues(result.error, CALL_LOG_FIELDS)) setSubmitError(result.error);
      return;
    }
    finished.current = true;
    navigate('hotline.callDetail', { id: result.value.id, logged: 1 });
  };
  const log = handleSubmit(logValues);
  useEffect(() => {
    const pending = pendingLog.current;
    if (draft.id === null || !pending) return;
    pendingLog.current = null;
    void logValues(pending);
    // Runs again only when the draft arrives: logValues reads the draft id it needs.
  }, [draft.id]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    void log();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  // An over-long name is said while typing, not only when the call is logged.
  const callerName = useWatch({ control, name: 'callerName' });
  const callerNameTooLong = (callerName ?? '').trim().length > CALLER_NAME_MAX;
  const { trigger } = form;
  useEffect(() => {
    if (callerNameTooLong || errors.callerName) void trigger('callerName');
    // Only a change of the length's verdict needs a new check.
  }, [callerNameTooLong]);

  const topicId = useWatch({ control, name: 'topicId' });
  const followUpKind = useWatch({ control, name: 'followUpKind' });
  const entries = (list: { id: number }[]) => list.map((o) => ({ id: o.id, label: taxonomy.label(o.id) }));
  const subtopics = topicId ? taxonomy.of('subtopic', topicId) : [];
  const text = { type: 'text', dir: 'auto', autoComplete: 'off' } as const;
  // The error summary names each field the core refused, under any of the paths it uses.
  const fieldLabels = Object.fromEntries(
    Object.entries(FIELD_LABEL_KEYS).flatMap(([name, key]) => [name, `call.${name}`, `data.${name}`].map((path) => [path, t(key)])),
  );
  Object.assign(fieldLabels, { 'followUp.dueOn': t('hotline:call.followUpDue'), 'followUp.ownerUserId': t('hotline:call.followUpOwner'), 'followUp.note': t('hotline:call.followUpNote') });

  return (
    <form
      className="call-form"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      // Leaving a field saves at once, not only after the pause.
      onBlur={() => void autosave.flush()}
    >
      <div className="call-status-line">
        <CallTimer startedAt={draft.startedAt} />
        <p className="muted call-saved" aria-live="off">
          {autosave.savedAt ? t('hotline:call.draftSaved', { time: formatDateTime(autosave.savedAt, lng) }) : t('hotline:call.draftNotYetSaved')}
        </p>
      </div>
      <FormError error={autosave.error ?? submitError} fieldLabels={fieldLabels} />

      <div className="call-columns">
        <fieldset className="call-group">
          <legend>{t('hotline:call.groupCaller')}</legend>
          <EmployerCombobox
            inputRef={attachEmployerInput}
            value={{ id: employerId.field.value, name: employerName.field.value }}
            onChange={(choice) => {
              employerId.field.onChange(choice.id);
              employerName.field.onChange(choice.name);
            }}
            error={errors.employerId}
          />
          {/* No maxLength: the browser would cut a pasted name silently; the rule says it is too long instead. */}
          <TextField {...text} label={t('hotline:call.callerName')} error={errors.callerName} registration={register('callerName')} />
          <TextField {...text} label={t('hotline:call.callerRole')} error={errors.callerRole} maxLength={80} registration={register('callerRole')} />
          <FieldFrame label={t('hotline:call.employeeRef')} hint={t('hotline:call.employeeRefHint')} error={errors.employeeRef}>
            {(c) => <input {...text} maxLength={20} className="input-short" {...register('employeeRef')} {...c} />}
          </FieldFrame>
        </fieldset>

        <fieldset className="call-group">
          <legend>{t('hotline:call.groupConcern')}</legend>
          <div className="call-row">
            <ChoiceField
              label={t('hotline:call.topic')}
              error={errors.topicId}
              registration={register('topicId', { ...idChoice, onChange: () => setValue('subtopicId', null) })}
              value={topicId}
              empty={t('hotline:call.choose')}
              options={entries(taxonomy.of('topic'))}
            />
            <ChoiceField
              label={t('hotline:call.subtopic')}
              error={errors.subtopicId}
              registration={register('subtopicId', idChoice)}
              value={getValues('subtopicId')}
              empty={t('hotline:call.none')}
              options={entries(subtopics)}
              disabled={subtopics.length === 0}
            />
          </div>
          <TextAreaField label={t('hotline:call.question')} error={errors.question} rows={3} maxLength={4000} registration={register('question')} />
          <TextAreaField label={t('hotline:call.answer')} error={errors.answer} rows={3} maxLength={4000} registration={register('answer')} />
          <CheckboxField label={t('hotline:call.answeredInCall')} registration={register('answeredInCall')} />
          <SelectField label={t('hotline:call.urgency')} registration={register('urgency')}>
            {URGENCIES.map((u) => (
              <option key={u} value={u}>
                {t(urgencyKey(u))}
              </option>
            ))}
          </SelectField>
        </fieldset>

        <fieldset className="call-group">
          <legend>{t('hotline:call.groupRouting')}</legend>
          <ChoiceField
            label={t('hotline:call.routing')}
            error={errors.routingId}
            registration={register('routingId', idChoice)}
            value={getValues('routingId')}
            empty={t('hotline:call.notRouted')}
            options={entries(taxonomy.of('routing'))}
          />
          <TextAreaField label={t('hotline:call.handoverNote')} error={errors.handoverNote} rows={2} maxLength={2000} registration={register('handoverNote')} />
          <ChoiceField
            label={t('hotline:call.heardVia')}
            error={errors.heardViaId}
            registration={register('heardViaId', idChoice)}
            value={getValues('heardViaId')}
            empty={t('hotline:call.unknown')}
            options={entries(taxonomy.of('channel'))}
          />
        </fieldset>

        <fieldset className="call-group">
          <legend>{t('hotline:call.groupFollowUp')}</legend>
          <SelectField
            label={t('hotline:call.followUpKind')}
            registration={register('followUpKind', {
              // Tomorrow is the usual promise on the phone; one key less to type.
              onChange: () => {
                if (!getValues('followUpDueOn')) setValue('followUpDueOn', format(addDays(new Date(), 1), 'yyyy-MM-dd'));
              },
            })}
          >
            <option value="none">{t('hotline:call.noFollowUp')}</option>
            {FOLLOW_UP_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(followUpKindKey(k))}
              </option>
            ))}
          </SelectField>
          {followUpKind !== 'none' ? (
            <>
              <DateField label={t('hotline:call.followUpDue')} error={errors.followUpDueOn} control={control} name="followUpDueOn" />
              <ChoiceField
                label={t('hotline:call.followUpOwner')}
                error={errors.followUpOwnerId}
                registration={register('followUpOwnerId', idChoice)}
                value={getValues('followUpOwnerId')}
                empty={t('hotline:call.ownerMe')}
                options={staff.map((s) => ({ id: s.id, label: s.displayName }))}
              />
              <TextField {...text} label={t('hotline:call.followUpNote')} error={errors.followUpNote} maxLength={200} registration={register('followUpNote')} />
            </>
          ) : null}
        </fieldset>
      </div>

      <div className="actions">
        <button type="submit" className="button-primary" disabled={saving} aria-keyshortcuts="Control+Enter">
          {t('hotline:call.save')} <kbd>{t('hotline:call.saveShortcut')}</kbd>
        </button>
        {draft.id !== null ? (
          <DiscardDraftButton
            draftId={draft.id}
            beforeDiscard={autosave.settle}
            onDiscarded={() => {
              finished.current = true;
              onDiscarded();
            }}
          />
        ) : null}
      </div>
    </form>
  );
}
