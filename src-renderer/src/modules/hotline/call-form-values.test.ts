import { describe, expect, it } from 'vitest';
import { callLogInput } from '../../../../src-main/contract/hotline';
import { CALL_LOG_FIELDS, callForm, formValuesOf, logInputOf } from './call-form-values';

const issues = (values: unknown) => {
  const r = callForm.safeParse(values);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the call form', () => {
  it('asks for what a call needs, and for the due date only when a follow-up is planned', () => {
    const empty = formValuesOf({ urgency: 'normal' });
    expect(issues(empty)).toEqual({ employerId: 'validation:required', callerName: 'validation:required', topicId: 'validation:required', question: 'validation:required' });
    expect(issues({ ...empty, followUpKind: 'callBack', followUpDueOn: '' })).toMatchObject({ followUpDueOn: 'validation:date' });
    expect(issues({ ...empty, followUpKind: 'callBack', followUpDueOn: '2026-02-30' })).toMatchObject({ followUpDueOn: 'validation:date' });
  });

  it('turns a filled-in draft into the input of hotline.callLog, and names the form field of each of its paths', () => {
    const values = callForm.parse(
      formValuesOf({ employerId: 3, employerName: 'Gasthof Emsblick', callerName: 'Frau Köster', topicId: 7, question: 'Ausbildung?', followUpKind: 'callBack', followUpDueOn: '2026-11-24' }),
    );
    const input = logInputOf(12, values);
    expect(callLogInput.parse(input)).toEqual({
      draftId: 12,
      call: {
        employerId: 3, callerName: 'Frau Köster', callerRole: '', employeeRef: '', topicId: 7, subtopicId: null, question: 'Ausbildung?', answer: '',
        answeredInCall: false, urgency: 'normal', routingId: null, handoverNote: '', heardViaId: null,
      },
      followUp: { kind: 'callBack', dueOn: '2026-11-24', dueTime: null, ownerUserId: null, note: '' },
    });
    expect(logInputOf(12, { ...values, followUpKind: 'none' }).followUp).toBeNull();
    const fields = Object.keys(formValuesOf({}));
    for (const field of Object.values(CALL_LOG_FIELDS)) expect(fields).toContain(field);
  });
});
