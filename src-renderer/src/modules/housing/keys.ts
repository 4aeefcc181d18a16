import {
  AGE_BANDS,
  BUILT_IN_STAGES,
  CONTACT_ROLES,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  INCOME_SOURCES,
  LANDLORD_TYPES,
  RENTING_STATUSES,
  SIDE_STATES,
  VIEWING_OUTCOMES,
  WAITING_ACTORS,
} from '../../../../src-main/contract/housing';
import { CONSENT_GIVERS } from '../../../../src-main/contract/consent';

/**
 * Translation keys of the housing module built at run time (enum values), so the i18n
 * check counts them as used. No React here: the check runs in Node.
 */
export const stageKey = (stage: string) => `housing:stage.${stage}`;
export const actorKey = (actor: string) => `housing:actor.${actor}`;
export const documentKindKey = (kind: string) => `housing:document.${kind}`;
export const documentStatusKey = (status: string) => `housing:documentStatus.${status}`;
export const ageBandKey = (band: string) => `housing:ageBand.${band}`;
export const incomeKey = (source: string) => `housing:income.${source}`;
export const rentingStatusKey = (status: string) => `housing:rentingStatus.${status}`;
export const landlordKey = (type: string) => `housing:landlord.${type}`;
export const outcomeKey = (outcome: string) => `housing:outcome.${outcome}`;
export const contactRoleKey = (role: string) => `housing:contactRole.${role}`;
export const consentGiverKey = (giver: string) => `housing:consent.giver.${giver}`;
export const fitKey = (reason: string) => `housing:fit.${reason}`;
/** The printable checklist's own texts, rendered in the household's language. */
/** The printed checklist's texts, a client form (locales/<lng>/forms.json, in every client-form language). */
export const checklistKey = (key: string) => `forms:checklist.${key}`;
export const checklistKindKey = (kind: string) => `forms:checklist.kind.${kind}`;
export const checklistStateKey = (status: string) => `forms:checklist.state.${status}`;
export const PRINT_KEYS = ['title', 'reference', 'printedOn', 'document', 'status', 'expires', 'note'] as const;

const FIT_REASONS = ['roomsOk', 'tooFewRooms', 'rentOk', 'rentTooHigh', 'sizeOk', 'tooLarge', 'reservedForOther', 'reservedForThis'];

export const dynamicKeys: string[] = [
  ...[...BUILT_IN_STAGES, ...SIDE_STATES].map(stageKey),
  ...WAITING_ACTORS.map(actorKey),
  ...DOCUMENT_KINDS.filter((k) => k !== 'custom').map(documentKindKey),
  ...DOCUMENT_STATUSES.map(documentStatusKey),
  ...AGE_BANDS.map(ageBandKey),
  ...INCOME_SOURCES.map(incomeKey),
  ...RENTING_STATUSES.map(rentingStatusKey),
  ...LANDLORD_TYPES.map(landlordKey),
  ...VIEWING_OUTCOMES.map(outcomeKey),
  ...CONTACT_ROLES.map(contactRoleKey),
  ...CONSENT_GIVERS.map(consentGiverKey),
  ...FIT_REASONS.map(fitKey),
  ...PRINT_KEYS.map(checklistKey),
  ...DOCUMENT_KINDS.filter((k) => k !== 'custom').map(checklistKindKey),
  ...DOCUMENT_STATUSES.map(checklistStateKey),
  // Rule messages of the contract (contract/housing/schemas.ts).
  'housing:validation.membersRequired',
];
