import type { EntityManager } from 'typeorm';
import type { EmployerContactView, EmployerSummary, EmployerView, Paged } from '../../contract/hotline';
import { PAGE_SIZE } from '../../contract/hotline';
import type { z } from 'zod';
import type { contactInput, employerInput } from '../../contract/hotline';
import { AppError } from '../errors';
import { EmployerContactEntity, EmployerEntity, type Employer } from './entities';
import { likePattern } from './sql';

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

/** Search-as-you-type and the paginated employer list: filtered and counted in SQL. */
export async function listEmployers(db: EntityManager, query: string, page: number): Promise<Paged<EmployerSummary>> {
  const where = query ? `WHERE e.name_search LIKE ? ESCAPE '\\'` : '';
  const params = query ? [likePattern(query.toLocaleLowerCase('de'))] : [];
  const [{ total }] = (await db.query(`SELECT COUNT(*) AS total FROM hotline_employer e ${where}`, params)) as [{ total: number }];
  const rows = (await db.query(
    `SELECT e.id, e.name, e.city, e.sector,
            (SELECT COUNT(*) FROM hotline_call c WHERE c.employer_id = e.id) AS callCount,
            (SELECT MAX(c.started_at) FROM hotline_call c WHERE c.employer_id = e.id) AS lastCallAt
       FROM hotline_employer e ${where}
      ORDER BY e.name_search, e.id
      LIMIT ? OFFSET ?`,
    [...params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
  )) as EmployerSummary[];
  return { items: rows.map((r) => ({ ...r, callCount: Number(r.callCount) })), total: Number(total), page, pageSize: PAGE_SIZE };
}
