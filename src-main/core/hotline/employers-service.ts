import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { PAGE_SIZE, type contactInput, type EmployerContactView, type EmployerSummary, type EmployerView, type employerInput, type Paged } from '../../contract/hotline';
import { containsPattern, LIKE_ESCAPE } from '../db/like';
import { AppError } from '../errors';
import { HotlineCallEntity } from './call.entity';
import { EmployerContactEntity, EmployerEntity, type Employer } from './employer.entity';

type EmployerInput = z.output<typeof employerInput>;
type ContactInput = z.output<typeof contactInput>;

const employers = (db: EntityManager) => db.getRepository(EmployerEntity);
const contacts = (db: EntityManager) => db.getRepository(EmployerContactEntity);

export async function getEmployer(db: EntityManager, id: number): Promise<Employer> {
  const employer = await employers(db).findOneBy({ id });
  if (!employer) throw new AppError('NOT_FOUND');
  return employer;
}

export async function employerView(db: EntityManager, id: number): Promise<EmployerView> {
  const e = await getEmployer(db, id);
  const list = await contacts(db).find({ where: { employerId: id }, order: { name: 'ASC' } });
  return {
    id: e.id,
    name: e.name,
    sector: e.sector,
    sizeBand: e.sizeBand,
    street: e.street,
    postcode: e.postcode,
    city: e.city,
    notes: e.notes,
    createdAt: e.createdAt,
    contacts: list.map(({ id: contactId, name, role, phone, email }): EmployerContactView => ({ id: contactId, name, role, phone, email })),
  };
}

/** Creates (id null) or updates an employer; returns it and the names of changed fields. */
export async function saveEmployer(
  db: EntityManager,
  id: number | null,
  input: EmployerInput,
  now: Date,
): Promise<{ employer: Employer; changed: string[] }> {
  const fields = { ...input, nameSearch: input.name.toLocaleLowerCase('de'), updatedAt: now.toISOString() };
  if (id === null) {
    const employer = await employers(db).save({ ...fields, createdAt: now.toISOString() });
    return { employer, changed: Object.keys(input).filter((k) => input[k as keyof EmployerInput] !== '' && input[k as keyof EmployerInput] !== null) };
  }
  const before = await getEmployer(db, id);
  const changed = (Object.keys(input) as (keyof EmployerInput)[]).filter((k) => before[k] !== input[k]);
  await employers(db).update({ id }, fields);
  return { employer: await getEmployer(db, id), changed };
}

export async function saveContact(
  db: EntityManager,
  employerId: number,
  id: number | null,
  input: ContactInput,
): Promise<{ contact: EmployerContactView; changed: string[] }> {
  await getEmployer(db, employerId);
  let changed: string[];
  let contactId: number;
  if (id === null) {
    contactId = (await contacts(db).save({ ...input, employerId })).id;
    changed = Object.keys(input);
  } else {
    const before = await contacts(db).findOneBy({ id, employerId });
    if (!before) throw new AppError('NOT_FOUND');
    changed = (Object.keys(input) as (keyof ContactInput)[]).filter((k) => before[k] !== input[k]);
    await contacts(db).update({ id }, input);
    contactId = id;
  }
  const c = (await contacts(db).findOneBy({ id: contactId }))!;
  return { contact: { id: c.id, name: c.name, role: c.role, phone: c.phone, email: c.email }, changed };
}

/** A contact person who left the company; calls never pointed at contacts, so nothing else changes. */
export async function removeContact(db: EntityManager, employerId: number, id: number): Promise<void> {
  if (!(await contacts(db).findOneBy({ id, employerId }))) throw new AppError('NOT_FOUND');
  await contacts(db).delete({ id });
}

/** Search-as-you-type and the paginated employer list: filtered, counted and paged in SQL. */
export async function listEmployers(db: EntityManager, query: string, page: number): Promise<Paged<EmployerSummary>> {
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
    .getRawMany<EmployerSummary>();
  return { items: rows.map((r) => ({ ...r, callCount: Number(r.callCount) })), total, page, pageSize: PAGE_SIZE };
}
