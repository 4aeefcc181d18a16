import type { EntityManager } from 'typeorm';
import type { LabelMap } from '../../contract';
import type { TaxonomyEntry, TaxonomyKind } from '../../contract/hotline';
import { AppError } from '../errors';
import { TaxonomyEntity, type TaxonomyRow } from './taxonomy.entity';

const rows = (db: EntityManager) => db.getRepository(TaxonomyEntity);

export function toTaxonomyEntry(row: TaxonomyRow): TaxonomyEntry {
  return {
    id: row.id,
    kind: row.kind,
    parentId: row.parentId,
    key: row.key,
    labels: row.key ? null : (row.labels ?? { de: '' }),
    active: row.active,
  };
}

export async function listTaxonomy(db: EntityManager): Promise<TaxonomyEntry[]> {
  return (await rows(db).find({ order: { kind: 'ASC', sortOrder: 'ASC', id: 'ASC' } })).map(toTaxonomyEntry);
}

export async function addTaxonomyEntry(
  db: EntityManager,
  input: { kind: TaxonomyKind; parentId: number | null; labels: LabelMap },
): Promise<TaxonomyRow> {
  if (input.kind === 'subtopic') {
    if (input.parentId === null) throw new AppError('INVALID_INPUT', 'a sub-topic needs a topic');
    await expectEntry(db, input.parentId, 'topic');
  } else if (input.parentId !== null) {
    throw new AppError('INVALID_INPUT', 'only sub-topics have a parent');
  }
  const last = await rows(db).find({ where: { kind: input.kind }, order: { sortOrder: 'DESC' }, take: 1 });
  return rows(db).save({
    kind: input.kind,
    parentId: input.parentId,
    key: null,
    labels: input.labels,
    active: true,
    sortOrder: (last[0]?.sortOrder ?? 0) + 10,
  });
}

/** Inactive entries stay in the table so logged calls keep their topic; only new calls lose them. */
export async function setTaxonomyActive(db: EntityManager, id: number, active: boolean): Promise<TaxonomyRow> {
  const row = await rows(db).findOneBy({ id });
  if (!row) throw new AppError('NOT_FOUND');
  row.active = active;
  return rows(db).save(row);
}

/** The entry must exist, be active and be of the kind the field expects. */
export async function expectEntry(db: EntityManager, id: number, kind: TaxonomyKind): Promise<TaxonomyRow> {
  const row = await rows(db).findOneBy({ id });
  if (!row || row.kind !== kind || !row.active) throw new AppError('INVALID_INPUT', `not an active ${kind}`);
  return row;
}
