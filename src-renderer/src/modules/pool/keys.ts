import {
  ASSIGNMENT_STATUSES,
  CANCELLED_BY,
  EVENT_KINDS,
  FOCUS_POOLS,
  GENDER_PREFERENCES,
  GENDERS,
  INTERPRETER_STATUSES,
  LANGUAGE_LEVELS,
  REASON_CODES,
  REQUESTER_TYPES,
  SENSITIVITIES,
  SETTINGS,
  TOPICS,
  WHY_NOT_CODES,
} from '../../../../src-main/contract/pool/values';

/**
 * Translation keys of the pool module built at run time (enum values), so the i18n
 * check counts them as used. No React here: the check runs in Node.
 */
const ENUMS = {
  status: ASSIGNMENT_STATUSES,
  interpreterStatus: INTERPRETER_STATUSES,
  focusPool: FOCUS_POOLS,
  gender: GENDERS,
  genderPreference: GENDER_PREFERENCES,
  level: LANGUAGE_LEVELS,
  eventKind: EVENT_KINDS,
  requesterType: REQUESTER_TYPES,
  setting: SETTINGS,
  topic: TOPICS,
  sensitivity: SENSITIVITIES,
  cancelledBy: CANCELLED_BY,
  whyNot: WHY_NOT_CODES,
  reason: REASON_CODES,
  weekday: ['1', '2', '3', '4', '5', '6', '7'],
} as const;

export type PoolEnum = keyof typeof ENUMS;

/** `pool:topic.mentalHealth` */
export const enumKey = (kind: PoolEnum, value: string): string => `pool:${kind}.${value}`;

export const dynamicKeys: string[] = [
  ...Object.entries(ENUMS).flatMap(([kind, values]) => values.map((v) => enumKey(kind as PoolEnum, v))),
  // Validation messages the contract returns; the renderer translates them as they come.
  'pool:validation.outOfRange',
];
