import { In, Not, type EntityManager } from 'typeorm';
import type { ParsedInputOf } from '../../contract';
import { REQUESTERS_MAX, type RequesterView } from '../../contract/pool';
import { containsPattern, LIKE_ESCAPE } from '../db/like';
import { claimVersion } from '../db/versioned';
import { AppError } from '../errors';
import { ContactEntity, RequesterEntity, type Requester } from './requester.entity';

const repo = (db: EntityManager) => db.getRepository(RequesterEntity);
const contacts = (db: EntityManager) => db.getRepository(ContactEntity);

export async function toRequesterViews(db: EntityManager, list: Requester[]): Promise<RequesterView[]> {
  if (list.length === 0) return [];
  const all = await contacts(db).find({ where: { requesterId: In(list.map((r) => r.id)) }, order: { id: 'ASC' } });
  return list.map((r) => ({
    id: r.id,
    version: r.version,
    name: r.name,
    type: r.type,
    trained: r.trained,
    address: r.address,
    phone: r.phone,
    contacts: all.filter((c) => c.requesterId === r.id).map((c) => ({ id: c.id, name: c.name, phone: c.phone, email: c.email })),
  }));
}

/** Requesters by name, at most `limit` (≤ `REQUESTERS_MAX`), with how many match, so the list can say it is cut. */
export async function listRequesters(db: EntityManager, search: string, limit = REQUESTERS_MAX): Promise<{ rows: RequesterView[]; total: number }> {
  const q = repo(db).createQueryBuilder('r').orderBy('r.name', 'ASC').addOrderBy('r.id', 'ASC').take(Math.min(limit, REQUESTERS_MAX));
  if (search) q.where(`r.name LIKE :s ${LIKE_ESCAPE}`, { s: containsPattern(search) });
  const [found, total] = await q.getManyAndCount();
  return { rows: await toRequesterViews(db, found), total };
}

/**
 * Contacts are matched by id so assignments keep pointing at the same person; contacts left out
 * are removed (their assignments keep the request, without the contact). A change must name the
 * version it was loaded at: the contacts are part of the same form, so the requester's version
 * covers them too (CONFLICT if a colleague saved since).
 */
export async function saveRequester(
  db: EntityManager,
  input: ParsedInputOf<'pool.requesterSave'>,
  actorId: number,
  now: Date,
): Promise<{ id: number; changed: string[] }> {
  if (input.id !== null) await claimVersion(db, RequesterEntity, { id: input.id }, input.version!, actorId, now);
  const row = { name: input.name, type: input.type, trained: input.trained, address: input.address, phone: input.phone, updatedAt: now.toISOString() };
  let id: number;
  let changed: string[];
  if (input.id === null) {
    id = (await repo(db).save({ ...row, createdAt: now.toISOString(), version: 1, updatedBy: actorId })).id;
    changed = Object.keys(row);
  } else {
    const before = await repo(db).findOneBy({ id: input.id });
    if (!before) throw new AppError('NOT_FOUND');
    id = before.id;
    changed = (Object.keys(row) as (keyof typeof row)[]).filter((k) => k !== 'updatedAt' && before[k] !== row[k]);
    await repo(db).update({ id }, row);
  }
  const keep = input.contacts.map((c) => c.id).filter((c): c is number => c !== null);
  await contacts(db).delete({ requesterId: id, ...(keep.length ? { id: Not(In(keep)) } : {}) });
  for (const c of input.contacts) {
    const values = { requesterId: id, name: c.name, phone: c.phone, email: c.email };
    if (c.id === null) await contacts(db).insert(values);
    else {
      const result = await contacts(db).update({ id: c.id, requesterId: id }, values);
      if (!result.affected) throw new AppError('NOT_FOUND', 'contact');
    }
  }
  changed.push('contacts');
  return { id, changed };
}

export async function getRequesterView(db: EntityManager, id: number): Promise<RequesterView> {
  const r = await repo(db).findOneBy({ id });
  if (!r) throw new AppError('NOT_FOUND');
  return (await toRequesterViews(db, [r]))[0]!;
}

/** Names of the given requesters (those an interpreter's conflicts of interest name: a handful). */
export async function requesterNames(db: EntityManager, ids: number[]): Promise<{ id: number; name: string }[]> {
  if (ids.length === 0) return [];
  const rows = await repo(db).find({ select: { id: true, name: true }, where: { id: In(ids) }, order: { id: 'ASC' } });
  return rows.map((r) => ({ id: r.id, name: r.name }));
}
