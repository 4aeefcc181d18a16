import { refuseIfRestricted } from '../privacy/restriction';
import { compactErased, enableSecureDelete } from '../db/personal-data-sql';
import { isClientFormLanguage, type ChannelName } from '../../contract';
import type { Handler } from '../router/context';
import { toLocalDate } from '../time/local-time';
import { listAccommodations, saveAccommodation } from './accommodations-service';
import { missingDocumentCount, moveCase, replanExpiryTasks } from './case-moves-service';
import { answerWaiting, saveContact, saveDocument, startWaiting } from './case-records-service';
import { caseCard, caseDetail, listCases } from './cases-service';
import { eraseWithdrawnHousehold, recordHouseholdConsent, withdrawHouseholdConsent } from './household-consents-service';
import { registerHousehold, updateHousehold } from './households-service';
import { housingIndicators } from './indicators-service';
import { publishHousingIndicators } from './indicators-publish';
import { readThreshold } from '../reports/report-settings';
import { indicatorsWorkbook } from './indicators-export';
import { MoveOutCaseEntity } from './move-out-case.entity';
import { listOffers, matchOffers, offerView, saveOffer, saveViewing } from './offers-service';
import { housingSettingsView, readHousingSettings, writeHousingSettings } from './settings-service';
import { caseListExport } from './list-exports';
import { exportList } from '../exports/list-export';

type HousingChannel = Extract<ChannelName, `housing.${string}`>;

/** Handlers of the housing module, one per channel of contract/housing. */
export const housingHandlers: { [C in HousingChannel]: Handler<C> } = {
  'housing.settings': async (_input, ctx) => housingSettingsView(ctx.signedIn().db),

  'housing.settingsSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await writeHousingSettings(db, input, actor.id, ctx.clock.now());
    await audit({ action: 'update', entity: 'housingSettings', details: { changed: Object.keys(input).filter((k) => k !== 'version'), stages: input.stages.length } });
    return housingSettingsView(db);
  },

  'housing.accommodationsList': async (_input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const list = await listAccommodations(db, ctx.clock.now());
    await audit({ action: 'list', entity: 'accommodation', details: { count: list.length } });
    return list;
  },

  'housing.accommodationSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { id, created } = await saveAccommodation(db, input, actor.id, ctx.clock.now());
    await audit({ action: created ? 'create' : 'update', entity: 'accommodation', entityId: id, details: { changed: Object.keys(input).filter((k) => k !== 'id' && k !== 'version') } });
    return (await listAccommodations(db, ctx.clock.now(), id))[0]!;
  },

  'housing.householdRegister': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const settings = await readHousingSettings(db);
    const now = ctx.clock.now();
    const caseId = await registerHousehold(db, input, settings.stages[0]!.key, actor.id, now);
    const householdId = (await db.getRepository(MoveOutCaseEntity).findOneByOrFail({ id: caseId })).householdId;
    await audit({ action: 'create', entity: 'household', entityId: householdId, details: { changed: Object.keys(input.household) } });
    await audit({ action: 'create', entity: 'moveOutCase', entityId: caseId, details: { stage: settings.stages[0]!.key, accommodationId: input.accommodationId } });
    return caseCard(db, caseId, settings, now);
  },

  'housing.householdUpdate': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const changed = await updateHousehold(db, input.caseId, input.version, input.household, actor.id, ctx.clock.now());
    const householdId = (await db.getRepository(MoveOutCaseEntity).findOneByOrFail({ id: input.caseId })).householdId;
    await audit({ action: 'update', entity: 'household', entityId: householdId, details: { changed } });
    return caseDetail(db, input.caseId, await readHousingSettings(db), ctx.clock.now());
  },

  'housing.casesList': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const page = await listCases(db, input, await readHousingSettings(db), ctx.clock.now());
    await audit({ action: 'list', entity: 'moveOutCase', details: { stage: input.stage ?? null, includeEnded: input.includeEnded, sort: input.sort, count: page.rows.length } });
    return page;
  },

  'housing.casesExport': async (input, ctx) => exportList(ctx.signedIn(), caseListExport, input, ctx.clock.now()),

  'housing.caseGet': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const detail = await caseDetail(db, input.id, await readHousingSettings(db), ctx.clock.now());
    await audit({ action: 'view', entity: 'moveOutCase', entityId: input.id });
    return detail;
  },

  'housing.caseMove': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const settings = await readHousingSettings(db);
    const now = ctx.clock.now();
    const before = (await db.getRepository(MoveOutCaseEntity).findOneBy({ id: input.id }))?.stage ?? null;
    // Counted before the move: the audit says a case went on with documents missing (never the reason's text).
    const documentsMissing = input.to === 'documentsReady' ? await missingDocumentCount(db, input.id, toLocalDate(now)) : 0;
    const changed = await moveCase(db, input, settings, actor.id, now);
    await audit({ action: 'update', entity: 'moveOutCase', entityId: input.id, details: { changed, from: before, to: input.to, ...(documentsMissing > 0 ? { documentsMissing } : {}) } });
    return caseDetail(db, input.id, settings, now);
  },

  'housing.waitingStart': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const id = await startWaiting(db, input, actor.id, now);
    await audit({ action: 'create', entity: 'waitingPeriod', entityId: id, details: { caseId: input.caseId, actor: input.actor } });
    return caseDetail(db, input.caseId, await readHousingSettings(db), now);
  },

  'housing.waitingAnswer': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const caseId = await answerWaiting(db, input.id, now);
    await audit({ action: 'update', entity: 'waitingPeriod', entityId: input.id, details: { changed: ['answeredAt'] } });
    return caseDetail(db, caseId, await readHousingSettings(db), now);
  },

  'housing.documentSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const settings = await readHousingSettings(db);
    const { id, created } = await saveDocument(db, input);
    await replanExpiryTasks(db, input.caseId, settings, actor.id, now);
    await audit({ action: created ? 'create' : 'update', entity: 'caseDocument', entityId: id, details: { caseId: input.caseId, changed: ['status', 'statusOn', 'expiresOn'], status: input.status } });
    return caseDetail(db, input.caseId, settings, now);
  },

  'housing.checklistPrint': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const detail = await caseDetail(db, input.caseId, await readHousingSettings(db), now);
    // The household's first language a client form exists in; German where none.
    const language = input.language ?? detail.household.languages.find(isClientFormLanguage) ?? 'de';
    await audit({ action: 'export', entity: 'moveOutCase', entityId: input.caseId, details: { what: 'documentChecklist', language } });
    return { reference: detail.household.reference, language, documents: detail.documents, printedOn: toLocalDate(now) };
  },

  'housing.consentRecord': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const { id, householdId } = await recordHouseholdConsent(db, input.caseId, input.consent, actor.id, now);
    // The purpose is free text: it stays out of the audit log.
    await audit({ action: 'create', entity: 'consent', entityId: id, details: { householdId, givenBy: input.consent.givenBy, formLanguage: input.consent.formLanguage } });
    return caseDetail(db, input.caseId, await readHousingSettings(db), now);
  },

  'housing.consentWithdraw': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const householdId = await withdrawHouseholdConsent(db, input.caseId, input.consentId, input.withdrawnOn, actor.id);
    await audit({ action: 'update', entity: 'consent', entityId: input.consentId, details: { householdId, changed: ['withdrawnOn'] } });
    if (input.eraseHousehold) {
      // The erased bytes leave the file once this call has committed (secure delete, VACUUM).
      enableSecureDelete(ctx.session.host.db);
      const erased = await eraseWithdrawnHousehold(db, householdId, actor.id, now);
      ctx.afterCommit(() => compactErased(ctx.session.host.db));
      await audit({ action: 'erase', entity: 'household', entityId: householdId, details: { reason: 'consentWithdrawn', anonymised: erased.anonymised, scrubbed: erased.scrubbed } });
    }
    return caseDetail(db, input.caseId, await readHousingSettings(db), now);
  },

  'housing.contactSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { id, created } = await saveContact(db, input, actor.id, ctx.clock.now());
    await audit({ action: created ? 'create' : 'update', entity: 'caseContact', entityId: id, details: { caseId: input.caseId, role: input.role } });
    return caseDetail(db, input.caseId, await readHousingSettings(db), ctx.clock.now());
  },

  'housing.offersList': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const list = await listOffers(db, input.includePast, ctx.clock.now());
    await audit({ action: 'list', entity: 'offer', details: { includePast: input.includePast, count: list.rows.length } });
    return list;
  },

  'housing.offerSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { id, created } = await saveOffer(db, input, actor.id, ctx.clock.now());
    await audit({ action: created ? 'create' : 'update', entity: 'offer', entityId: id, details: { changed: Object.keys(input).filter((k) => k !== 'id' && k !== 'version') } });
    return offerView(db, id);
  },

  'housing.offersMatch': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    await refuseIfRestricted(db, 'moveOutCase', input.caseId);
    const matches = await matchOffers(db, input.caseId, await readHousingSettings(db), ctx.clock.now());
    await audit({ action: 'list', entity: 'offer', details: { matchFor: input.caseId, count: matches.length } });
    return matches;
  },

  'housing.viewingSave': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const { id, created } = await saveViewing(db, input);
    await audit({ action: created ? 'create' : 'update', entity: 'viewing', entityId: id, details: { caseId: input.caseId, outcome: input.outcome } });
    return caseDetail(db, input.caseId, await readHousingSettings(db), ctx.clock.now());
  },

  'housing.indicators': async (_input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const result = await housingIndicators(db, await readHousingSettings(db), ctx.clock.now());
    await audit({ action: 'list', entity: 'housingIndicators', details: { aggregated: true } });
    return result;
  },

  'housing.indicatorsPublished': async (_input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const raw = await housingIndicators(db, await readHousingSettings(db), ctx.clock.now());
    await audit({ action: 'list', entity: 'housingIndicators', details: { aggregated: true, published: true } });
    return publishHousingIndicators(raw, await readThreshold(db));
  },

  'housing.indicatorsExport': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const now = ctx.clock.now();
    const indicators = publishHousingIndicators(await housingIndicators(db, await readHousingSettings(db), now), await readThreshold(db));
    const file = await indicatorsWorkbook(indicators, input.texts, input.rightToLeft, `auszug-kennzahlen-${toLocalDate(now)}.xlsx`);
    await audit({ action: 'export', entity: 'housingIndicators', details: { format: 'xlsx', aggregated: true, bytes: Math.floor((file.base64.length * 3) / 4) } });
    return file;
  },
};
