import { addDays, format } from 'date-fns';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { callLogInput, FOLLOW_UP_KINDS, URGENCIES, type DraftData, type DraftView, type StaffMember } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { useNavigate } from '../../frame/navigation-context';
import { formatDateTime } from '../../i18n/date-locale';
import { CallTimer } from './CallTimer';
import { DiscardDraftButton } from './DiscardDraftButton';
import { EmployerCombobox } from './EmployerCombobox';
import { FormField, issuesByField } from './FormField';
import { followUpKindKey, urgencyKey } from './keys';
import { useDraftAutosave } from './use-draft-autosave';
import { useTaxonomy } from './use-taxonomy';

const str = (v: string | undefined) => v ?? '';
const idOrNull = (v: string) => (v === '' ? null : Number(v));

/** What was typed → the contract's input; the contract's rules decide what is missing. */
function toLogInput(draftId: number, d: DraftData) {
  const kind = d.followUpKind ?? 'none';
  return {
    draftId,
    call: {
      employerId: d.employerId ?? 0,
      callerName: str(d.callerName),
      callerRole: str(d.callerRole),
      employeeRef: str(d.employeeRef),
      topicId: d.topicId ?? 0,
      subtopicId: d.subtopicId ?? null,
      question: str(d.question),
      answer: str(d.answer),
      answeredInCall: d.answeredInCall ?? false,
      urgency: d.urgency ?? 'normal',
      routingId: d.routingId ?? null,
      handoverNote: str(d.handoverNote),
      heardViaId: d.heardViaId ?? null,
    },
    followUp:
      kind === 'none'
        ? null
        : { kind, dueOn: str(d.followUpDueOn), dueTime: null, ownerUserId: d.followUpOwnerId ?? null, note: str(d.followUpNote) },
  };
}

const FIELD_NAMES: Record<string, string> = { 'followUp.dueOn': 'followUpDueOn', 'followUp.note': 'followUpNote' };
// A missing employer or topic arrives as id 0; say "required", not "invalid".
const REQUIRED_IDS = ['employerId', 'topicId'];

/** A draft as the form needs it; `id` is null for the moment before a new call's draft exists. */
export type FormDraft = Pick<DraftView, 'startedAt' | 'data'> & { id: number | null };

/** The call screen's form: built for typing while on the phone; every change is saved as a draft. */
export function CallForm({ draft, onDiscarded }: { draft: FormDraft; onDiscarded: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const taxonomy = useTaxonomy();
  const [data, setData] = useState<DraftData>(draft.data);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<ErrorValue | null>(null);
  const [saving, setSaving] = useState(false);
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const autosave = useDraftAutosave(draft.id);
  const employerInput = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const lng = i18n.resolvedLanguage ?? 'de';

  // What was typed before the draft existed is saved as soon as it does.
  const { flush } = autosave;
  useEffect(() => {
    if (draft.id !== null) void flush();
  }, [draft.id, flush]);

  // Leaving the screen with nothing typed removes the draft, so "calls in progress" lists only
  // real calls. The core decides what counts as empty, after the last save has landed. A logged
  // or discarded call has no draft left to remove.
  const finished = useRef(false);
  const draftIdRef = useRef(draft.id);
  draftIdRef.current = draft.id;
  useEffect(
    () => () => {
      const id = draftIdRef.current;
      if (finished.current || id === null) return;
      void flush().then(() => api.hotline.draftLeave({ id }));
    },
    [flush],
  );

  useEffect(() => {
    employerInput.current?.focus();
    void api.hotline.staff({}).then((r) => r.ok && setStaff(r.value));
  }, []);

  function update(patch: Partial<DraftData>) {
    const next = { ...data, ...patch };
    setData(next);
    autosave.schedule(next);
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const draftId = draft.id;
    if (saving || draftId === null) return;
    const parsed = callLogInput.safeParse(toLogInput(draftId, data));
    if (!parsed.success) {
      const found = issuesByField(parsed.error.issues, FIELD_NAMES);
      for (const name of REQUIRED_IDS) if (found[name]) found[name] = 'validation:required';
      setErrors(found);
      const first = parsed.error.issues.map((i) => FIELD_NAMES[i.path.join('.')] ?? String(i.path.at(-1)))[0];
      const control = first ? formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`) : null;
      control?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    await autosave.settle();
    const result = await api.hotline.callLog(parsed.data);
    setSaving(false);
    if (!result.ok) {
      setSubmitError(result.error);
      return;
    }
    finished.current = true;
    navigate('hotline.callDetail', { id: result.value.id, logged: 1 });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  const followUpKind = data.followUpKind ?? 'none';
  const topics = taxonomy.of('topic');
  const subtopics = data.topicId ? taxonomy.of('subtopic', data.topicId) : [];

  return (
    <form
      ref={formRef}
      className="call-form"
      noValidate
      onSubmit={(event) => void submit(event)}
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
      <FormError error={autosave.error ?? submitError} />

      <div className="call-columns">
        <fieldset className="call-group">
          <legend>{t('hotline:call.groupCaller')}</legend>
          <EmployerCombobox
            inputRef={employerInput}
            value={{ id: data.employerId ?? null, name: str(data.employerName) }}
            onChange={(choice) => update({ employerId: choice.id, employerName: choice.name })}
            error={errors.employerId}
          />
          <FormField label={t('hotline:call.callerName')} error={errors.callerName}>
            {(c) => <input {...c} name="callerName" type="text" dir="auto" autoComplete="off" maxLength={80} value={str(data.callerName)} onChange={(e) => update({ callerName: e.target.value })} />}
          </FormField>
          <FormField label={t('hotline:call.callerRole')} error={errors.callerRole}>
            {(c) => <input {...c} name="callerRole" type="text" dir="auto" autoComplete="off" maxLength={80} value={str(data.callerRole)} onChange={(e) => update({ callerRole: e.target.value })} />}
          </FormField>
          <FormField label={t('hotline:call.employeeRef')} hint={t('hotline:call.employeeRefHint')} error={errors.employeeRef}>
            {(c) => <input {...c} name="employeeRef" type="text" dir="auto" autoComplete="off" maxLength={20} className="input-short" value={str(data.employeeRef)} onChange={(e) => update({ employeeRef: e.target.value })} />}
          </FormField>
        </fieldset>

        <fieldset className="call-group">
          <legend>{t('hotline:call.groupConcern')}</legend>
          <div className="call-row">
            <FormField label={t('hotline:call.topic')} error={errors.topicId}>
              {(c) => (
                <select {...c} name="topicId" value={data.topicId ?? ''} onChange={(e) => update({ topicId: idOrNull(e.target.value), subtopicId: null })}>
                  <option value="">{t('hotline:call.choose')}</option>
                  {topics.map((o) => (
                    <option key={o.id} value={o.id}>
                      {taxonomy.label(o.id)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={t('hotline:call.subtopic')} error={errors.subtopicId}>
              {(c) => (
                <select {...c} name="subtopicId" value={data.subtopicId ?? ''} disabled={subtopics.length === 0} onChange={(e) => update({ subtopicId: idOrNull(e.target.value) })}>
                  <option value="">{t('hotline:call.none')}</option>
                  {subtopics.map((o) => (
                    <option key={o.id} value={o.id}>
                      {taxonomy.label(o.id)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <FormField label={t('hotline:call.question')} error={errors.question}>
            {(c) => <textarea {...c} name="question" dir="auto" rows={3} maxLength={4000} value={str(data.question)} onChange={(e) => update({ question: e.target.value })} />}
          </FormField>
          <FormField label={t('hotline:call.answer')} error={errors.answer}>
            {(c) => <textarea {...c} name="answer" dir="auto" rows={3} maxLength={4000} value={str(data.answer)} onChange={(e) => update({ answer: e.target.value })} />}
          </FormField>
          <div className="check">
            <input id="call-answered" name="answeredInCall" type="checkbox" checked={data.answeredInCall ?? false} onChange={(e) => update({ answeredInCall: e.target.checked })} />
            <label htmlFor="call-answered">{t('hotline:call.answeredInCall')}</label>
          </div>
          <FormField label={t('hotline:call.urgency')}>
            {(c) => (
              <select {...c} name="urgency" value={data.urgency ?? 'normal'} onChange={(e) => update({ urgency: e.target.value as DraftData['urgency'] })}>
                {URGENCIES.map((u) => (
                  <option key={u} value={u}>
                    {t(urgencyKey(u))}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </fieldset>

        <fieldset className="call-group">
          <legend>{t('hotline:call.groupRouting')}</legend>
          <FormField label={t('hotline:call.routing')} error={errors.routingId}>
            {(c) => (
              <select {...c} name="routingId" value={data.routingId ?? ''} onChange={(e) => update({ routingId: idOrNull(e.target.value) })}>
                <option value="">{t('hotline:call.notRouted')}</option>
                {taxonomy.of('routing').map((o) => (
                  <option key={o.id} value={o.id}>
                    {taxonomy.label(o.id)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('hotline:call.handoverNote')} error={errors.handoverNote}>
            {(c) => <textarea {...c} name="handoverNote" dir="auto" rows={2} maxLength={2000} value={str(data.handoverNote)} onChange={(e) => update({ handoverNote: e.target.value })} />}
          </FormField>
          <FormField label={t('hotline:call.heardVia')} error={errors.heardViaId}>
            {(c) => (
              <select {...c} name="heardViaId" value={data.heardViaId ?? ''} onChange={(e) => update({ heardViaId: idOrNull(e.target.value) })}>
                <option value="">{t('hotline:call.unknown')}</option>
                {taxonomy.of('channel').map((o) => (
                  <option key={o.id} value={o.id}>
                    {taxonomy.label(o.id)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </fieldset>

        <fieldset className="call-group">
          <legend>{t('hotline:call.groupFollowUp')}</legend>
          <FormField label={t('hotline:call.followUpKind')}>
            {(c) => (
              <select
                {...c}
                name="followUpKind"
                value={followUpKind}
                onChange={(e) => {
                  const kind = e.target.value as NonNullable<DraftData['followUpKind']>;
                  // Tomorrow is the usual promise on the phone; one key less to type.
                  update({ followUpKind: kind, followUpDueOn: data.followUpDueOn || format(addDays(new Date(), 1), 'yyyy-MM-dd') });
                }}
              >
                <option value="none">{t('hotline:call.noFollowUp')}</option>
                {FOLLOW_UP_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(followUpKindKey(k))}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {followUpKind !== 'none' ? (
            <>
              <FormField label={t('hotline:call.followUpDue')} error={errors.followUpDueOn}>
                {(c) => <input {...c} name="followUpDueOn" type="date" value={str(data.followUpDueOn)} onChange={(e) => update({ followUpDueOn: e.target.value })} />}
              </FormField>
              <FormField label={t('hotline:call.followUpOwner')}>
                {(c) => (
                  <select {...c} name="followUpOwnerId" value={data.followUpOwnerId ?? ''} onChange={(e) => update({ followUpOwnerId: idOrNull(e.target.value) })}>
                    <option value="">{t('hotline:call.ownerMe')}</option>
                    {staff.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.displayName}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField label={t('hotline:call.followUpNote')} error={errors.followUpNote}>
                {(c) => <input {...c} name="followUpNote" type="text" dir="auto" maxLength={200} value={str(data.followUpNote)} onChange={(e) => update({ followUpNote: e.target.value })} />}
              </FormField>
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
