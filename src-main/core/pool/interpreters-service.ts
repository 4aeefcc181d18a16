import { In, type EntityManager } from 'typeorm';
import type { InterpreterDetail, InterpreterSummary } from '../../contract/pool';
import type { ParsedInputOf } from '../../contract';
import { countRows } from '../db/count-rows';
import { containsPattern, LIKE_ESCAPE } from '../db/like';
import { claimVersion } from '../db/versioned';
import { AppError } from '../errors';
import { requesterNames } from './requesters-service';
import {
  InterpreterEntity,
  InterpreterItemEntity,
  InterpreterLanguageEntity,
  type Interpreter,
  type InterpreterItem,
  type InterpreterLanguage,
} from './interpreter.entity';

type InterpreterInput = ParsedInputOf<'pool.interpreterSave'>;

const repo = (db: EntityManager) => db.getRepository(InterpreterEntity);
const languages = (db: EntityManager) => db.getRepository(InterpreterLanguageEntity);
const items = (db: EntityManager) => db.getRepository(InterpreterItemEntity);

const orNull = (value: string) => (value === '' ? null : value);

function itemsFromInput(id: number, input: InterpreterInput): Omit<InterpreterItem, 'id'>[] {
  const base = { interpreterId: id, text: '', dateFrom: null, dateTo: null, weekday: null, requesterId: null };
  return [
    ...input.qualifications.map((q) => ({ ...base, kind: 'qualification' as const, text: q.title, dateFrom: orNull(q.evidenceOn) })),
    ...input.events.map((e) => ({ ...base, kind: e.kind, dateFrom: e.on })),
    ...input.availability.map((a) => ({ ...base, kind: 'availability' as const, weekday: a.weekday, text: `${a.from}-${a.to}` })),
    ...input.absences.map((a) => ({ ...base, kind: 'absence' as const, dateFrom: a.from, dateTo: a.to })),
    ...input.conflicts.map((c) => ({ ...base, kind: 'conflict' as const, requesterId: c.requesterId, text: c.clientReference })),
  ];
}

/**
 * Creates or updates a profile; its lists are replaced as a whole. A change must name the version
 * it was loaded at (CONFLICT if a colleague saved since). Returns changed field names.
 */
export async function saveInterpreter(db: EntityManager, input: InterpreterInput, actorId: number, now: Date): Promise<{ id: number; changed: string[] }> {
  // Claimed before anything is written, so a refusal leaves the colleague's save as it was.
  if (input.id !== null) await claimVersion(db, InterpreterEntity, { id: input.id }, input.version!, actorId, now);
  const row = {
    nameNative: input.nameNative,
    nameLatin: input.nameLatin,
    gender: input.gender,
    phone: input.phone,
    email: input.email,
    status: input.status,
    focusPools: [...new Set(input.focusPools)],
    confidentialitySignedOn: orNull(input.confidentialitySignedOn),
    firstHourCents: input.firstHourCents,
    furtherHalfHourCents: input.furtherHalfHourCents,
    kmCents: input.kmCents,
    travelFlatCents: input.travelFlatCents,
    notes: input.notes,
    updatedAt: now.toISOString(),
  };
  let id: number;
  let changed: string[];
  if (input.id === null) {
    id = (await repo(db).save({ ...row, createdAt: now.toISOString(), version: 1, updatedBy: actorId })).id;
    changed = Object.keys(row);
  } else {
    const before = await repo(db).findOneBy({ id: input.id });
    if (!before) throw new AppError('NOT_FOUND');
    id = before.id;
    changed = (Object.keys(row) as (keyof typeof row)[]).filter((k) => k !== 'updatedAt' && JSON.stringify(before[k]) !== JSON.stringify(row[k]));
    await repo(db).update({ id }, row);
    await languages(db).delete({ interpreterId: id });
    await items(db).delete({ interpreterId: id });
    changed.push('languages', 'lists');
  }
  await languages(db).insert(input.languages.map((l) => ({ interpreterId: id, language: l.language, dialect: l.dialect, level: l.level })));
  const rows = itemsFromInput(id, input);
  if (rows.length > 0) await items(db).insert(rows);
  return { id, changed };
}

function latest(list: InterpreterItem[], kind: InterpreterItem['kind']): string | null {
  return list.filter((i) => i.kind === kind && i.dateFrom).reduce<string | null>((max, i) => (max && max > i.dateFrom! ? max : i.dateFrom), null);
}

export interface InterpreterProfile {
  interpreter: Interpreter;
  languages: InterpreterLanguage[];
  items: InterpreterItem[];
}

/** Profiles with their lists, in two queries for any number of interpreters. */
export async function loadProfiles(db: EntityManager, list: Interpreter[]): Promise<InterpreterProfile[]> {
  const ids = list.map((i) => i.id);
  if (ids.length === 0) return [];
  const langs = await languages(db).find({ where: { interpreterId: In(ids) }, order: { id: 'ASC' } });
  const all = await items(db).find({ where: { interpreterId: In(ids) }, order: { id: 'ASC' } });
  // Grouped in one pass: a filter per interpreter was ~30 million comparisons for a regional pool.
  const langsOf = groupByInterpreter(langs);
  const itemsOf = groupByInterpreter(all);
  return list.map((interpreter) => ({
    interpreter,
    languages: langsOf.get(interpreter.id) ?? [],
    items: itemsOf.get(interpreter.id) ?? [],
  }));
}

function groupByInterpreter<T extends { interpreterId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.interpreterId);
    if (list) list.push(row);
    else map.set(row.interpreterId, [row]);
  }
  return map;
}

export function lastEventOn(profile: InterpreterProfile, kind: 'supervision' | 'training'): string | null {
  return latest(profile.items, kind);
}

const languageRows = (langs: InterpreterLanguage[]): InterpreterSummary['languages'] =>
  langs.map((l) => ({ language: l.language, dialect: l.dialect, level: l.level as InterpreterSummary['languages'][number]['level'] }));

function summaryOf(i: Interpreter, langs: InterpreterLanguage[], last: { supervision: string | null; training: string | null }): InterpreterSummary {
  return {
    id: i.id,
    nameNative: i.nameNative,
    nameLatin: i.nameLatin,
    status: i.status,
    focusPools: i.focusPools,
    languages: languageRows(langs),
    lastSupervisionOn: last.supervision,
    lastTrainingOn: last.training,
  };
}

/**
 * List rows for a page of interpreters: their languages and, of all their items (availability,
 * absences, events…, ~6 each), only the latest supervision and training, as a MAX per kind from
 * the item index. Loading every item as an entity was most of the list call.
 */
async function summariesOf(db: EntityManager, list: Interpreter[]): Promise<InterpreterSummary[]> {
  const ids = list.map((i) => i.id);
  if (ids.length === 0) return [];
  const langsOf = groupByInterpreter(await languages(db).find({ where: { interpreterId: In(ids) }, order: { id: 'ASC' } }));
  const latestRows = await items(db)
    .createQueryBuilder('it')
    .select('it.interpreterId', 'interpreterId')
    .addSelect('it.kind', 'kind')
    .addSelect('MAX(it.dateFrom)', 'last')
    .where('it.interpreterId IN (:...ids)', { ids })
    .andWhere('it.kind IN (:...kinds)', { kinds: ['supervision', 'training'] })
    .andWhere("it.dateFrom <> ''")
    .groupBy('it.interpreterId')
    .addGroupBy('it.kind')
    .getRawMany<{ interpreterId: number; kind: 'supervision' | 'training'; last: string }>();
  const latest = new Map(latestRows.map((r) => [`${r.interpreterId}|${r.kind}`, r.last]));
  return list.map((i) =>
    summaryOf(i, langsOf.get(i.id) ?? [], { supervision: latest.get(`${i.id}|supervision`) ?? null, training: latest.get(`${i.id}|training`) ?? null }),
  );
}

export function toDetail(p: InterpreterProfile): Omit<InterpreterDetail, 'conflictRequesters'> {
  const i = p.interpreter;
  const of = (kind: InterpreterItem['kind']) => p.items.filter((x) => x.kind === kind);
  return {
    id: i.id,
    nameNative: i.nameNative,
    nameLatin: i.nameLatin,
    gender: i.gender,
    phone: i.phone,
    email: i.email,
    status: i.status,
    focusPools: i.focusPools,
    languages: languageRows(p.languages),
    qualifications: of('qualification').map((q) => ({ title: q.text, evidenceOn: q.dateFrom ?? '' })),
    events: p.items
      .filter((x) => x.kind === 'training' || x.kind === 'reflection' || x.kind === 'supervision')
      .map((e) => ({ kind: e.kind as 'training' | 'reflection' | 'supervision', on: e.dateFrom ?? '' })),
    availability: of('availability').map((a) => {
      const [from = '', to = ''] = a.text.split('-');
      return { weekday: a.weekday ?? 1, from, to };
    }),
    absences: of('absence').map((a) => ({ from: a.dateFrom ?? '', to: a.dateTo ?? '' })),
    conflicts: of('conflict').map((c) => ({ requesterId: c.requesterId, clientReference: c.text })),
    confidentialitySignedOn: i.confidentialitySignedOn ?? '',
    firstHourCents: i.firstHourCents,
    furtherHalfHourCents: i.furtherHalfHourCents,
    kmCents: i.kmCents,
    travelFlatCents: i.travelFlatCents,
    notes: i.notes,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    version: i.version,
  };
}

/** The profile as its page shows it, with the names of the requesters its conflicts of interest name. */
export async function getDetail(db: EntityManager, id: number): Promise<InterpreterDetail> {
  const detail = toDetail(await getProfile(db, id));
  const ids = [...new Set(detail.conflicts.map((c) => c.requesterId).filter((r): r is number => r !== null))];
  return { ...detail, conflictRequesters: await requesterNames(db, ids) };
}

export async function getProfile(db: EntityManager, id: number): Promise<InterpreterProfile> {
  const interpreter = await repo(db).findOneBy({ id });
  if (!interpreter) throw new AppError('NOT_FOUND');
  return (await loadProfiles(db, [interpreter]))[0]!;
}

/** Filtered, counted and paged in SQL: name (either script) and status. */
export async function listInterpreters(
  db: EntityManager,
  filter: { search: string; status: Interpreter['status'] | null; offset: number; limit: number },
): Promise<{ rows: InterpreterSummary[]; total: number }> {
  const q = repo(db).createQueryBuilder('i');
  if (filter.status) q.andWhere('i.status = :status', { status: filter.status });
  if (filter.search) q.andWhere(`(i.nameLatin LIKE :s ${LIKE_ESCAPE} OR i.nameNative LIKE :s ${LIKE_ESCAPE})`, { s: containsPattern(filter.search) });
  const total = await countRows(q);
  const page = await q.orderBy('i.nameLatin', 'ASC').addOrderBy('i.id', 'ASC').offset(filter.offset).limit(filter.limit).getMany();
  return { rows: await summariesOf(db, page), total };
}

/**
 * Who matching looks at: everyone not gone who speaks the requested language (narrowed in SQL by
 * the language index, so a regional pool of a thousand loads tens), or the one interpreter asked
 * about, whatever they speak (so a proposal of someone without the language is refused by name).
 */
export async function matchableProfiles(db: EntityManager, scope: { language: string } | { id: number }): Promise<InterpreterProfile[]> {
  const q = repo(db).createQueryBuilder('i').where('i.status IN (:...statuses)', { statuses: ['active', 'paused'] }).orderBy('i.nameLatin', 'ASC');
  if ('id' in scope) q.andWhere('i.id = :id', { id: scope.id });
  else {
    q.andWhere(`i.id IN (${speakersOf(db)})`, { language: scope.language });
  }
  return loadProfiles(db, await q.getMany());
}

/** The ids of those who speak `:language` (any dialect), as a subquery over the language index. */
const speakersOf = (db: EntityManager): string =>
  languages(db).createQueryBuilder('l').select('l.interpreterId').where('l.language = :language').getQuery();

/** Interpreters not gone who do not speak `language`: matching counts them instead of explaining each. */
export async function countNotSpeaking(db: EntityManager, language: string): Promise<number> {
  return repo(db)
    .createQueryBuilder('i')
    .where('i.status IN (:...statuses)', { statuses: ['active', 'paused'] })
    .andWhere(`i.id NOT IN (${speakersOf(db)})`, { language })
    .getCount();
}

export async function namesOf(db: EntityManager, ids: number[]): Promise<Map<number, { nameNative: string; nameLatin: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await repo(db).find({ where: { id: In(unique) }, select: { id: true, nameNative: true, nameLatin: true } });
  return new Map(rows.map((r) => [r.id, { nameNative: r.nameNative, nameLatin: r.nameLatin }]));
}
