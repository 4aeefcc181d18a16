/**
 * The taxonomy the hotline starts with (the topics and routing targets staff named). Keys are stable: they are translated as
 * `hotline:taxonomy.<key>` and the renderer lists them in hotlineDynamicKeys. Frozen once
 * released: a later change needs a new migration, not an edit here.
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
