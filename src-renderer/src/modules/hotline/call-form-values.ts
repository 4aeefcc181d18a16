import type { z } from 'zod';
import { picked } from '../../../../src-main/contract/fields';
import { callInput, draftData, followUpInput, type callLogInput, type DraftData } from '../../../../src-main/contract/hotline';
import { fieldsUnder } from '../../components/form/use-contract-form';

/**
 * The call screen's fields are the draft's, so whatever is typed saves as it is; before the call
 * is logged they are checked by the rules of the call and the follow-up they become.
 */
export const callForm = callInput
  .extend({
    employerId: picked(callInput.shape.employerId),
    topicId: picked(callInput.shape.topicId),
    employerName: draftData.shape.employerName.unwrap(),
    followUpKind: draftData.shape.followUpKind.unwrap(),
    /** Checked below, and only when a follow-up is planned. */
    followUpDueOn: draftData.shape.followUpDueOn.unwrap(),
    followUpOwnerId: followUpInput.shape.ownerUserId,
    followUpNote: followUpInput.shape.note,
  })
  .check((ctx) => {
    if (ctx.value.followUpKind === 'none') return;
    const due = followUpInput.shape.dueOn.safeParse(ctx.value.followUpDueOn);
    if (!due.success) ctx.issues.push({ code: 'custom', message: due.error.issues[0]!.message, path: ['followUpDueOn'], input: ctx.value.followUpDueOn });
    if (ctx.value.followUpKind === 'handover' && ctx.value.followUpOwnerId === null) {
      ctx.issues.push({ code: 'custom', message: 'hotline:validation.handoverColleague', path: ['followUpOwnerId'], input: null });
    }
  });

export type CallFormValues = z.input<typeof callForm>;
/** What a form that passed its check holds (choices made, numbers parsed). */
export type LoggedValues = z.output<typeof callForm>;

/** A stored draft as the form's values: what was typed, every other field empty. */
export function formValuesOf(d: DraftData): CallFormValues {
  return {
    employerId: d.employerId ?? null,
    employerName: d.employerName ?? '',
    callerName: d.callerName ?? '',
    callerRole: d.callerRole ?? '',
    employeeRef: d.employeeRef ?? '',
    topicId: d.topicId ?? null,
    subtopicId: d.subtopicId ?? null,
    question: d.question ?? '',
    answer: d.answer ?? '',
    answeredInCall: d.answeredInCall ?? false,
    urgency: d.urgency ?? 'normal',
    routingId: d.routingId ?? null,
    handoverNote: d.handoverNote ?? '',
    heardViaId: d.heardViaId ?? null,
    followUpKind: d.followUpKind ?? 'none',
    followUpDueOn: d.followUpDueOn ?? '',
    followUpOwnerId: d.followUpOwnerId ?? null,
    followUpNote: d.followUpNote ?? '',
  };
}

/** The checked fields as the contract's input for `hotline.callLog`. */
export function logInputOf(draftId: number, values: LoggedValues): z.input<typeof callLogInput> {
  const { employerName: _shownName, followUpKind, followUpDueOn, followUpOwnerId, followUpNote, ...call } = values;
  return {
    draftId,
    call,
    followUp: followUpKind === 'none' ? null : { kind: followUpKind, dueOn: followUpDueOn, dueTime: null, ownerUserId: followUpOwnerId, note: followUpNote },
  };
}

/** Where the core's issues with a `hotline.callLog` input belong on the form. */
export const CALL_LOG_FIELDS: Record<string, string> = {
  ...fieldsUnder('call', callInput),
  'followUp.dueOn': 'followUpDueOn',
  'followUp.ownerUserId': 'followUpOwnerId',
  'followUp.note': 'followUpNote',
};
