import { z } from 'zod';
import { channel, type Access } from '../channel';
import { consentInput } from '../consent';
import { empty, id } from '../fields';
import type { FileDownload } from '../files';
import { listExportInput } from '../list-export';
import { defineModuleContract } from '../module-contract';
import {
  accommodationInput,
  caseListInput,
  checklistPrintInput,
  consentWithdrawInput,
  contactSaveInput,
  documentSaveInput,
  householdUpdateInput,
  housingSettingsInput,
  indicatorsExportInput,
  moveCaseInput,
  offerInput,
  registerHouseholdInput,
  viewingSaveInput,
  waitingAnswerInput,
  waitingStartInput,
  type AccommodationView,
  type CaseCard,
  type CaseDetail,
  type CaseListPage,
  type HousingIndicators,
  type HousingIndicatorsView,
  type HousingSettingsView,
  type OfferMatch,
  type OfferView,
  type OfferListPage,
  type PrintableChecklist,
} from './schemas';

export * from './schemas';
export * from './values';
export * from './task-titles';

/**
 * Housing transitions (Auszug aus städtischen Unterkünften): households moving from municipal
 * accommodation into private flats. Records are pseudonymised: a household is known by its
 * reference, members only by age band.
 */

const CASEWORKER: Access = { kind: 'signedIn', roles: ['caseworker'] };
const HOUSING_ADMIN: Access = { kind: 'signedIn', roles: ['admin'] };
/** Reads both need: caseworkers for stage names and rent limits, admins on the settings page. */
const CASEWORKER_OR_ADMIN: Access = { kind: 'signedIn', roles: ['caseworker', 'admin'] };

/** The columns of the case list (one household per case), in screen order (its export names them). */
export const CASE_LIST_COLUMNS = ['reference', 'stage', 'daysInStage', 'waitingOn', 'waitingSince', 'members', 'accommodation', 'expiringDocuments'] as const;

export const housingChannels = {
  'housing.settings': channel<HousingSettingsView>()({ input: empty, access: CASEWORKER_OR_ADMIN, kind: 'read' }),
  /** Stage path, rent limits and reminders: the admin of a housing installation decides them. */
  'housing.settingsSave': channel<HousingSettingsView>()({ input: housingSettingsInput, access: HOUSING_ADMIN, kind: 'write' }),

  'housing.accommodationsList': channel<AccommodationView[]>()({ input: empty, access: CASEWORKER, kind: 'read' }),
  'housing.accommodationSave': channel<AccommodationView>()({ input: accommodationInput, access: CASEWORKER, kind: 'write' }),

  /** A household moves into a shelter and its move-out case opens at the first stage. */
  'housing.householdRegister': channel<CaseCard>()({ input: registerHouseholdInput, access: CASEWORKER, kind: 'write' }),
  'housing.householdUpdate': channel<CaseDetail>()({ input: householdUpdateInput, access: CASEWORKER, kind: 'write' }),

  'housing.casesList': channel<CaseListPage>()({ input: caseListInput, access: CASEWORKER, kind: 'read' }),
  /** The case list (households) with its filter, every page, as XLSX or German CSV (audited as an export). */
  'housing.casesExport': channel<FileDownload>()({ input: listExportInput(caseListInput, CASE_LIST_COLUMNS), access: CASEWORKER, kind: 'read' }),
  'housing.caseGet': channel<CaseDetail>()({ input: z.strictObject({ id }), access: CASEWORKER, kind: 'read' }),
  'housing.caseMove': channel<CaseDetail>()({ input: moveCaseInput, access: CASEWORKER, kind: 'write' }),

  'housing.waitingStart': channel<CaseDetail>()({ input: waitingStartInput, access: CASEWORKER, kind: 'write' }),
  'housing.waitingAnswer': channel<CaseDetail>()({ input: waitingAnswerInput, access: CASEWORKER, kind: 'write' }),

  'housing.documentSave': channel<CaseDetail>()({ input: documentSaveInput, access: CASEWORKER, kind: 'write' }),
  'housing.checklistPrint': channel<PrintableChecklist>()({ input: checklistPrintInput, access: CASEWORKER, kind: 'read' }),

  /** Consent of the household (the subject is the household, shown on its case). */
  'housing.consentRecord': channel<CaseDetail>()({ input: z.strictObject({ caseId: id, consent: consentInput }), access: CASEWORKER, kind: 'write' }),
  'housing.consentWithdraw': channel<CaseDetail>()({ input: consentWithdrawInput, access: CASEWORKER, kind: 'write' }),

  'housing.contactSave': channel<CaseDetail>()({ input: contactSaveInput, access: CASEWORKER, kind: 'write' }),

  'housing.offersList': channel<OfferListPage>()({ input: z.strictObject({ includePast: z.boolean().default(false) }), access: CASEWORKER, kind: 'read' }),
  'housing.offerSave': channel<OfferView>()({ input: offerInput, access: CASEWORKER, kind: 'write' }),
  /** Open offers for a case's household, each with why it fits or not. */
  'housing.offersMatch': channel<OfferMatch[]>()({ input: z.strictObject({ caseId: id }), access: CASEWORKER, kind: 'read' }),
  'housing.viewingSave': channel<CaseDetail>()({ input: viewingSaveInput, access: CASEWORKER, kind: 'write' }),

  /** Unsuppressed counts, for the council report's builder (which suppresses) and the team's checks. */
  'housing.indicators': channel<HousingIndicators>()({ input: empty, access: CASEWORKER, kind: 'read' }),
  /** The figures as the page shows them: small counts suppressed. */
  'housing.indicatorsPublished': channel<HousingIndicatorsView>()({ input: empty, access: CASEWORKER, kind: 'read' }),
  /** The same aggregated figures as an XLSX file (audited as an export). */
  'housing.indicatorsExport': channel<FileDownload>()({ input: indicatorsExportInput, access: CASEWORKER, kind: 'read' }),
} as const;

/** Housing transitions in the contract: served by caseworkers. */
export const housingModule = defineModuleContract({
  id: 'housing',
  roles: ['caseworker'],
  channels: housingChannels,
  taskKinds: ['housing.followUp', 'housing.documentExpiring'],
});
