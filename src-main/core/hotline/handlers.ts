import type { ChannelName } from '../../contract';
import { NAMED_CASE_PURPOSE } from '../../contract/hotline';
import { consentsFor, recordConsent } from '../consent/consent-service';
import { compactErased, enableSecureDelete } from '../db/personal-data-sql';
import { AppError } from '../errors';
import type { Handler } from '../router/context';
import {
  addFollowUp,
  addSupportAction,
  callView,
  closeCall,
  consentSubject,
  getCall,
  listCalls,
  logCall,
  makeNamedCase,
  withdrawNamedCaseConsent,
} from './calls-service';
import { discardDraft, getDraft, heldDrafts, myDrafts, ownDraft, removeEmptyDrafts, saveDraft, startDraft } from './drafts-service';
import { employerView, listEmployers, removeContact, saveContact, saveEmployer } from './employers-service';
import { hotlineIndicators } from './indicators-service';
import { indicatorsWorkbook } from './indicators-export';
import { publishIndicators } from './indicators-publish';
import { readThreshold } from '../reports/report-settings';
import { listOutreach, saveOutreach } from './outreach-service';
import { hotlineStaff } from './staff-service';
import { callListExport, employerListExport } from './list-exports';
import { exportList } from '../exports/list-export';
import { addTaxonomyEntry, listTaxonomy, setTaxonomyActive, toTaxonomyEntry } from './taxonomy-service';

type HotlineChannel = Extract<ChannelName, `hotline.${string}`>;

/** Handlers of the hotline module, one per channel of contract/hotline/index.ts. */
export const hotlineHandlers: { [C in HotlineChannel]: Handler<C> } = {
  'hotline.taxonomy': async (_input, ctx) => listTaxonomy(ctx.signedIn().db),

  'hotline.taxonomyAdd': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const row = await addTaxonomyEntry(db, input);
    await audit({ action: 'create', entity: 'hotlineTaxonomy', entityId: row.id, details: { kind: row.kind } });
    return toTaxonomyEntry(row);
  },

  'hotline.taxonomySetActive': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const row = await setTaxonomyActive(db, input.id, input.active);
    await audit({ action: 'update', entity: 'hotlineTaxonomy', entityId: row.id, details: { changed: ['active'], active: row.active } });
    return toTaxonomyEntry(row);
  },

  'hotline.staff': async (_input, ctx) => hotlineStaff(ctx.signedIn().db),

  'hotline.employersList': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const result = await listEmployers(db, input.query, input.page, actor.id);
    await audit({ action: 'list', entity: 'hotlineEmployer', details: { search: input.query !== '', page: input.page, count: result.total } });
    return result;
  },

  'hotline.employersExport': async (input, ctx) => exportList(ctx.signedIn(), employerListExport, input, ctx.clock.now()),

  'hotline.employerGet': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const view = await employerView(db, input.id, actor.id);
    await audit({ action: 'view', entity: 'hotlineEmployer', entityId: input.id });
    return view;
  },

  'hotline.employerSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { employer, changed } = await saveEmployer(db, input, input.employer, actor.id, ctx.clock.now());
    await audit({ action: input.id === null ? 'create' : 'update', entity: 'hotlineEmployer', entityId: employer.id, details: { changed } });
    return employerView(db, employer.id, actor.id);
  },

  'hotline.contactSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { contact, changed } = await saveContact(db, input.employerId, input, input.contact, actor.id, ctx.clock.now());
    await audit({
      action: input.id === null ? 'create' : 'update',
      entity: 'hotlineEmployerContact',
      entityId: contact.id,
      details: { employerId: input.employerId, changed },
    });
    return contact;
  },

  'hotline.contactRemove': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    await removeContact(db, input.employerId, input.id);
    await audit({ action: 'delete', entity: 'hotlineEmployerContact', entityId: input.id, details: { employerId: input.employerId } });
    return null;
  },

  'hotline.draftStart': async (_input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    // Screens left without a word typed (e.g. closed by a lock) leave no clutter behind.
    for (const id of await removeEmptyDrafts(db, actor.id)) await audit({ action: 'delete', entity: 'hotlineCallDraft', entityId: id });
    const draft = await startDraft(db, actor.id, ctx.clock.now());
    await audit({ action: 'create', entity: 'hotlineCallDraft', entityId: draft.id });
    return draft;
  },

  'hotline.draftGet': async (input, ctx) => {
    const { db, actor } = ctx.signedIn();
    // The typist's own unsaved notes: reopening them is not a view of someone else's record.
    return getDraft(db, input.id, actor.id);
  },

  // Drafts are saved every few seconds while typing; auditing each keystroke batch would drown
  // the trail. The call itself is audited when it is logged.
  'hotline.draftSave': async (input, ctx) => {
    const { db, actor } = ctx.signedIn();
    return { updatedAt: await saveDraft(db, input.id, actor.id, input.data, ctx.clock.now()) };
  },

  'hotline.draftDiscard': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await discardDraft(db, input.id, actor.id);
    await audit({ action: 'delete', entity: 'hotlineCallDraft', entityId: input.id });
    return null;
  },

  'hotline.draftLeave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await ownDraft(db, input.id, actor.id);
    const removed = await removeEmptyDrafts(db, actor.id, input.id);
    for (const id of removed) await audit({ action: 'delete', entity: 'hotlineCallDraft', entityId: id });
    return { removed: removed.length > 0 };
  },

  'hotline.draftsMine': async (_input, ctx) => {
    const { db, actor } = ctx.signedIn();
    return myDrafts(db, actor.id);
  },

  // Names colleagues and the employers they are on the phone with: a list like any other.
  'hotline.draftsHeld': async (_input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const held = await heldDrafts(db, actor.id);
    await audit({ action: 'list', entity: 'hotlineCallDraft', details: { held: true, count: held.length } });
    return held;
  },

  'hotline.callLog': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const call = await logCall(db, input, actor.id, now);
    const changed = Object.entries(input.call)
      .filter(([, v]) => v !== '' && v !== null)
      .map(([k]) => k);
    await audit({ action: 'create', entity: 'hotlineCall', entityId: call.id, details: { changed, followUp: input.followUp?.kind ?? null } });
    return callView(db, call.id, now);
  },

  'hotline.callsList': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const result = await listCalls(db, input);
    await audit({
      action: 'list',
      entity: 'hotlineCall',
      details: { status: input.status, employerId: input.employerId, search: input.query !== '', page: input.page, count: result.total },
    });
    return result;
  },

  'hotline.callsExport': async (input, ctx) => exportList(ctx.signedIn(), callListExport, input, ctx.clock.now()),

  'hotline.callGet': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const view = await callView(db, input.id, ctx.clock.now());
    await audit({ action: 'view', entity: 'hotlineCall', entityId: input.id });
    return view;
  },

  'hotline.callClose': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await closeCall(db, input.id, input.version, input.outcome, actor.id, ctx.clock.now());
    await audit({ action: 'update', entity: 'hotlineCall', entityId: input.id, details: { changed: ['status', 'outcome'] } });
    return callView(db, input.id, ctx.clock.now());
  },

  'hotline.followUpAdd': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const taskId = await addFollowUp(db, await getCall(db, input.callId), input.followUp, actor.id, now);
    await audit({ action: 'create', entity: 'task', entityId: taskId, details: { kind: `hotline.${input.followUp.kind}`, callId: input.callId } });
    return callView(db, input.callId, now);
  },

  'hotline.supportActionAdd': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const id = await addSupportAction(db, input.callId, input.action, actor.id, now);
    await audit({ action: 'create', entity: 'hotlineSupportAction', entityId: id, details: { callId: input.callId, kind: input.action.kind } });
    return callView(db, input.callId, now);
  },

  'hotline.consentRecord': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await getCall(db, input.callId);
    if (input.consent.purpose !== NAMED_CASE_PURPOSE) throw new AppError('INVALID_INPUT', 'unknown consent purpose');
    const consent = await recordConsent(db, consentSubject(input.callId), input.consent, actor.id, ctx.clock.now());
    await audit({ action: 'create', entity: 'consent', entityId: consent.id, details: { subject: 'hotlineCall', subjectId: input.callId, purpose: consent.purpose } });
    return (await consentsFor(db, consentSubject(input.callId))).find((c) => c.id === consent.id)!;
  },

  'hotline.consentWithdraw': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    // The erased name's bytes leave the file once this call has committed (secure delete, VACUUM).
    enableSecureDelete(ctx.session.host.db);
    await withdrawNamedCaseConsent(db, input.callId, input.consentId, input.withdrawnOn, actor.id, now);
    ctx.afterCommit(() => compactErased(ctx.session.host.db));
    await audit({ action: 'update', entity: 'consent', entityId: input.consentId, details: { subject: 'hotlineCall', subjectId: input.callId, changed: ['withdrawnOn'] } });
    await audit({ action: 'erase', entity: 'hotlineCall', entityId: input.callId, details: { reason: 'consentWithdrawn', fields: ['employeeName', 'employeeContact'] } });
    return callView(db, input.callId, now);
  },

  'hotline.consents': async (input, ctx) => {
    const { db } = ctx.signedIn();
    await getCall(db, input.callId);
    return consentsFor(db, consentSubject(input.callId));
  },

  'hotline.namedCase': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    await makeNamedCase(db, input.callId, input.version, { name: input.employeeName, contact: input.employeeContact }, actor.id, now);
    await audit({ action: 'update', entity: 'hotlineCall', entityId: input.callId, details: { changed: ['employeeName', 'employeeContact'] } });
    return callView(db, input.callId, now);
  },

  'hotline.outreachList': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const result = await listOutreach(db, input.query, input.page);
    await audit({ action: 'list', entity: 'hotlineOutreach', details: { search: input.query !== '', page: input.page, count: result.total } });
    return result;
  },

  'hotline.outreachSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { outreach, changed } = await saveOutreach(db, input, input.outreach, actor.id, ctx.clock.now());
    await audit({ action: input.id === null ? 'create' : 'update', entity: 'hotlineOutreach', entityId: outreach.id, details: { changed } });
    return outreach;
  },

  'hotline.indicators': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const result = await hotlineIndicators(db, input.from, input.to, ctx.clock.now());
    await audit({ action: 'list', entity: 'hotlineIndicators', details: { from: input.from, to: input.to, count: result.totalCalls } });
    return result;
  },

  'hotline.indicatorsPublished': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const raw = await hotlineIndicators(db, input.from, input.to, ctx.clock.now());
    await audit({ action: 'list', entity: 'hotlineIndicators', details: { from: input.from, to: input.to, published: true } });
    return publishIndicators(raw, await readThreshold(db));
  },

  'hotline.indicatorsExport': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const raw = await hotlineIndicators(db, input.from, input.to, ctx.clock.now());
    const file = await indicatorsWorkbook(publishIndicators(raw, await readThreshold(db)), input);
    await audit({ action: 'export', entity: 'hotlineIndicators', details: { from: input.from, to: input.to, format: 'xlsx' } });
    return file;
  },
};
