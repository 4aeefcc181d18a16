import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { PAGE_SIZE, type contactInput, type EmployerContactView, type EmployerSummary, type EmployerView, type employerInput, type Paged } from '../../contract/hotline';
import { containsPattern, LIKE_ESCAPE } from '../db/like';
import { claimVersion } from '../db/versioned';
import { AppError } from '../errors';
import { HotlineCallEntity } from './call.entity';
import { heldDrafts } from './drafts-service';
import { EmployerContactEntity, EmployerEntity, type Employer, type EmployerContact } from './employer.entity';

type EmployerInput = z.output<typeof employerInput>;
type ContactInput = z.output<typeof contactInput>;

const employers = (db: EntityManager) => db.getRepository(EmployerEntity);
const contacts = (db: EntityManager) => db.getRepository(EmployerContactEntity);

export async function getEmployer(db: EntityManager, id: number): Promise<Employer> {
  const employer = await employers(db).findOneBy({ id });
  if (!employer) throw new AppError('NOT_FOUND');
  return employer;
}

const toContactView = (c: EmployerContact): EmployerContactView => ({ id: c.id, version: c.version, name: c.name, role: c.role, phone: c.phone, email: c.email });

/** An employer as `viewerId` sees it: with the colleagues typing a call about it right now. */
export async function employerView(db: EntityManager, id: number, viewerId: number): Promise<EmployerView> {
  const e = await getEmployer(db, id);
  const list = await contacts(db).find({ where: { employerId: id }, order: { name: 'ASC' } });
  return {
    id: e.id,
    version: e.version,
    name: e.name,
    sector: e.sector,
    sizeBand: e.sizeBand,
    street: e.street,
    postcode: e.postcode,
    city: e.city,
    notes: e.notes,
    createdAt: e.createdAt,
    contacts: list.map(toContactView),
    inCallWith: (await heldDrafts(db, viewerId)).filter((d) => d.employerId === id),
  };
}

/**
 * Creates (id null) or updates an employer at the version it was loaded at (CONFLICT if a
 * colleague saved since); returns it and the names of changed fields.
 */
export async function saveEmployer(
  db: EntityManager,
  target: { id: number | null; version?: number | undefined },
  input: EmployerInput,
  actorId: number,
  now: Date,
): Promise<{ employer: Employer; changed: string[] }> {
  const { id } = target;
  const fields = { ...input, nameSearch: input.name.toLocaleLowerCase('de'), updatedAt: now.toISOString() };
  if (id === null) {
    const employer = await employers(db).save({ ...fields, createdAt: now.toISOString(), version: 1, updatedBy: actorId });
    return { employer, changed: Object.keys(input).filter((k) => input[k as keyof EmployerInput] !== '' && input[k as keyof EmployerInput] !== null) };
  }
  await claimVersion(db, EmployerEntity, { id }, target.version!, actorId, now);
  const before = await getEmployer(db, id);
  const changed = (Object.keys(input) as (keyof EmployerInput)[]).filter((k) => before[k] !== input[k]);
  await employers(db).update({ id }, fields);
  return { employer: await getEmployer(db, id), changed };
}

/** Creates (id null) or updates a contact person at the version it was loaded at (CONFLICT otherwise). */
export async function saveContact(
  db: EntityManager,
  employerId: number,
  target: { id: number | null; version?: number | undefined },
  input: ContactInput,
  actorId: number,
  now: Date,
): Promise<{ contact: EmployerContactView; changed: string[] }> {
  await getEmployer(db, employerId);
  const { id } = target;
  let changed: string[];
  let contactId: number;
  if (id === null) {
    contactId = (await contacts(db).save({ ...input, employerId, version: 1, updatedAt: now.toISOString(), updatedBy: actorId })).id;
    changed = Object.keys(input);
  } else {
    // Another employer's contact is not found, whatever its version.
    const before = await contacts(db).findOneBy({ id, employerId });
    if (!before) throw new AppError('NOT_FOUND');
    await claimVersion(db, EmployerContactEntity, { id }, target.version!, actorId, now);
    changed = (Object.keys(input) as (keyof ContactInput)[]).filter((k) => before[k] !== input[k]);
    await contacts(db).update({ id }, input);
    contactId = id;
  }
  return { contact: toContactView((await contacts(db).findOneBy({ id: contactId }))!), changed };
}

/** A contact person who left the company; calls never pointed at contacts, so nothing else changes. */
export async function removeContact(db: EntityManager, employerId: number, id: number): Promise<void> {
  if (!(await contacts(db).findOneBy({ id, employerId }))) throw new AppError('NOT_FOUND');
  await contacts(db).delete({ id });
}

/**
 * Search-as-you-type and the paginated employer list: filtered, counted and paged in SQL; each row
 * names the colleagues (other than `viewerId`) typing a call about that employer.
 */
export async function listEmployers(db: EntityManager, query: string, page: number, viewerId: number): Promise<Paged<EmployerSummary>> {
  const found = employers(db).createQueryBuilder('e');
  if (query) found.where(`e.nameSearch LIKE :q ${LIKE_ESCAPE}`, { q: containsPattern(query.toLocaleLowerCase('de')) });
  const total = await found.getCount();
  const ofEmployer = (qb: SelectQueryBuilder<ObjectLiteral>) => qb.from(HotlineCallEntity, 'c').where('c.employerId = e.id');
  const rows = await found
    .select('e.id', 'id')
    .addSelect('e.name', 'name')
    .addSelect('e.city', 'city')
    .addSelect('e.sector', 'sector')
    .addSelect((qb) => ofEmployer(qb.subQuery().select('COUNT(*)')), 'callCount')
    .addSelect((qb) => ofEmployer(qb.subQuery().select('MAX(c.startedAt)')), 'lastCallAt')
    .orderBy('e.nameSearch')
    .addOrderBy('e.id')
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .getRawMany<Omit<EmployerSummary, 'inCallWith'>>();
  const held = await heldDrafts(db, viewerId);
  const holders = (id: number) => held.filter((d) => d.employerId === id).map((d) => d.holderName);
  return { items: rows.map((r) => ({ ...r, callCount: Number(r.callCount), inCallWith: holders(r.id) })), total, page, pageSize: PAGE_SIZE };
}
