/**
 * Enumerations of the Sprachmittlerpool, shared by the core, the forms and the matching. The
 * renderer translates each value as `pool:<enum>.<value>`.
 */

export const INTERPRETER_STATUSES = ['active', 'paused', 'left'] as const;
export const FOCUS_POOLS = ['general', 'health', 'mentalHealth'] as const;
export const GENDERS = ['female', 'male', 'diverse'] as const;
export const GENDER_PREFERENCES = ['none', 'female', 'male'] as const;
export const LANGUAGE_LEVELS = ['native', 'fluent', 'good'] as const;
export const EVENT_KINDS = ['training', 'reflection', 'supervision'] as const;
export const REQUESTER_TYPES = ['practice', 'hospital', 'counselling', 'school', 'jobcenter', 'authority', 'other'] as const;
export const SETTINGS = ['onSite', 'phone', 'video'] as const;
export const TOPICS = ['health', 'mentalHealth', 'school', 'authority', 'other'] as const;
export const SENSITIVITIES = ['normal', 'sensitive', 'highlySensitive'] as const;
export const ASSIGNMENT_STATUSES = ['requested', 'proposed', 'confirmed', 'done', 'cancelled', 'noShow', 'unmet'] as const;
export const CANCELLED_BY = ['requester', 'interpreter', 'coordinator'] as const;

export type InterpreterStatus = (typeof INTERPRETER_STATUSES)[number];
export type FocusPool = (typeof FOCUS_POOLS)[number];
export type Gender = (typeof GENDERS)[number];
export type GenderPreference = (typeof GENDER_PREFERENCES)[number];
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type RequesterType = (typeof REQUESTER_TYPES)[number];
export type SessionSetting = (typeof SETTINGS)[number];
export type Topic = (typeof TOPICS)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export type CancelledBy = (typeof CANCELLED_BY)[number];

/** Why matching did not propose an interpreter; translated as `pool:whyNot.<code>`. */
export const WHY_NOT_CODES = [
  'notActive',
  'cancelledThisSession',
  'language',
  'dialect',
  'focusPool',
  'gender',
  'availability',
  'absence',
  'overlap',
  'supervisionOverdue',
  'trainingOverdue',
  'conflictOfInterest',
] as const;
export type WhyNotCode = (typeof WHY_NOT_CODES)[number];

/** Why an interpreter ranks where they do; translated as `pool:reason.<code>`. */
export const REASON_CODES = ['dialectExact', 'languageFits', 'focusPool', 'genderFits', 'fewerHours'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The task a done assignment puts on the task list until its feedback is logged. */
export const MISSING_FEEDBACK_TASK = 'pool.missingFeedback';
/** A session an interpreter gave back: someone must find another interpreter before it starts. */
export const RESTAFF_TASK = 'pool.restaff';
