/**
 * Arbeitgeberinfo: the hotline's enumerations, constants and the taxonomy it starts with.
 */

export const TAXONOMY_KINDS = ['topic', 'subtopic', 'routing', 'channel'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];
export const URGENCIES = ['low', 'normal', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
/** `handover`: the call is handed to a colleague, who gets it as a task (never to oneself). */
export const FOLLOW_UP_KINDS = ['callBack', 'action', 'handover'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const SUPPORT_ACTION_KINDS = ['mediation', 'individualContact', 'crisisIntervention'] as const;
export type SupportActionKind = (typeof SUPPORT_ACTION_KINDS)[number];
export const OUTREACH_KINDS = ['flyer', 'event'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];
export const CALL_STATUSES = ['open', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
/** The consent purpose that turns an anonymous call into a named case. */
export const NAMED_CASE_PURPOSE = 'hotline.namedCase';
export const PAGE_SIZE = 25;

/**
 * The taxonomy the hotline starts with (the topics and routing targets staff named). Keys are
 * stable: they are translated as `hotline:tax.<key>` (dots become underscores) and the renderer
 * lists them in modules/hotline/keys.ts. Frozen once released: a later change needs a new
 * migration, not an edit here.
 */
export interface SeedEntry {
  kind: 'topic' | 'subtopic' | 'routing' | 'channel';
  key: string;
  parent?: string;
}

const topic = (key: string, subtopics: string[]): SeedEntry[] => [
  { kind: 'topic', key },
  ...subtopics.map((s) => ({ kind: 'subtopic' as const, key: `${key}.${s}`, parent: key })),
];

export const SEED_TAXONOMY: readonly SeedEntry[] = [
  ...topic('legal', ['residenceTitle', 'workPermit', 'trainingToleration', 'recognition']),
  ...topic('social', ['housing', 'family', 'health', 'crisis']),
  ...topic('language', []),
  ...topic('conflict', []),
  ...topic('other', []),
  ...['foreignersAuthority', 'teamBeratung', 'jobcenter', 'employmentAgency', 'chambers', 'otherOffice'].map((k) => ({
    kind: 'routing' as const,
    key: `routing.${k}`,
  })),
  ...['flyer', 'trainingFair', 'economicDevelopment', 'jobcenter', 'wordOfMouth', 'internet', 'otherWay'].map((k) => ({
    kind: 'channel' as const,
    key: `channel.${k}`,
  })),
];

export const SEED_KEYS: readonly string[] = SEED_TAXONOMY.map((e) => e.key);
