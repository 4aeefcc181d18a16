/**
 * Housing transitions: the module's enumerations and constants. Stored values and translation
 * keys (`housing:stage.<key>` …) are built from these, so they never change meaning.
 */

/** Stages every installation has; admins may add their own (keys `custom…`) and rename all. */
export const BUILT_IN_STAGES = ['registered', 'documentsReady', 'searching', 'viewingOffer', 'leaseSigned', 'movedOut', 'closed'] as const;
/** Side states outside the path: a paused case resumes where it stopped, a withdrawn one ends. */
export const SIDE_STATES = ['paused', 'withdrawn'] as const;
export const WAITING_ACTORS = ['benefitsAgency', 'household', 'landlord', 'housingCompany', 'other'] as const;
export const DOCUMENT_KINDS = ['wbs', 'rentArrearsClearance', 'rentApproval', 'idResidencePermit', 'incomeProof', 'custom'] as const;
export const DOCUMENT_STATUSES = ['missing', 'requested', 'received', 'expired'] as const;
export const AGE_BANDS = ['under6', 'age6to17', 'age18to64', 'age65plus'] as const;
export const INCOME_SOURCES = ['benefitsSgbII', 'benefitsAsylbLG', 'benefitsSgbXII', 'employment', 'mixed', 'other'] as const;
export const RENTING_STATUSES = ['residencePermit', 'permanentSettlement', 'temporaryProtection', 'asylumPending', 'toleration', 'other'] as const;
export const LANDLORD_TYPES = ['housingCompany', 'private'] as const;
export const VIEWING_OUTCOMES = ['pending', 'accepted', 'declinedByHousehold', 'declinedByLandlord', 'noShow'] as const;
export const CONTACT_ROLES = ['landlord', 'benefitsAgency', 'volunteer', 'other'] as const;
export const CASE_SORTS = ['reference', 'stage', 'daysInStage', 'waitingDays', 'members'] as const;

/** A built-in stage's key or an installation's own (`custom…`). */
export type StageKey = string;
export type WaitingActor = (typeof WAITING_ACTORS)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type IncomeSource = (typeof INCOME_SOURCES)[number];
export type RentingStatus = (typeof RENTING_STATUSES)[number];
export type LandlordType = (typeof LANDLORD_TYPES)[number];
export type ViewingOutcome = (typeof VIEWING_OUTCOMES)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Largest household, in members (one age band per member). */
export const MAX_MEMBERS = 20;
