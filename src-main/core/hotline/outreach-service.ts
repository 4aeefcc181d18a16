import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { PAGE_SIZE, type OutreachView, type Paged, type outreachInput } from '../../contract/hotline';
import { containsPattern, LIKE_ESCAPE } from '../db/like';
import { claimVersion } from '../db/versioned';
import { AppError } from '../errors';
import { OutreachEntity, type Outreach } from './outreach.entity';
import { expectEntry } from './taxonomy-service';

const outreach = (db: EntityManager) => db.getRepository(OutreachEntity);

function toView(o: Outreach): OutreachView {
  return { id: o.id, version: o.version, kind: o.kind, place: o.place, channelId: o.channelId, count: o.count, date: o.date, notes: o.notes };
}

type OutreachInput = z.output<typeof outreachInput>;

/**
 * Creates (id null) or corrects an outreach entry at the version it was loaded at (CONFLICT if a
 * colleague corrected it since); returns it and the names of changed fields. A correction may
 * keep a channel the admin has since deactivated, but not switch to one.
 */
export async function saveOutreach(
  db: EntityManager,
  target: { id: number | null; version?: number | undefined },
  input: OutreachInput,
  actorId: number,
  now: Date,
): Promise<{ outreach: OutreachView; changed: string[] }> {
  const { id } = target;
  const iso = now.toISOString();
  if (id === null) {
    await expectEntry(db, input.channelId, 'channel');
    const created = await outreach(db).save({ ...input, createdAt: iso, version: 1, updatedAt: iso, updatedBy: actorId });
    return { outreach: toView(created), changed: Object.keys(input) };
  }
  await claimVersion(db, OutreachEntity, { id }, target.version!, actorId, now);
  const before = await outreach(db).findOneBy({ id });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.channelId !== input.channelId) await expectEntry(db, input.channelId, 'channel');
  const changed = (Object.keys(input) as (keyof OutreachInput)[]).filter((k) => before[k] !== input[k]);
  await outreach(db).update({ id }, input);
  return { outreach: toView((await outreach(db).findOneBy({ id }))!), changed };
}

export async function listOutreach(db: EntityManager, query: string, page: number): Promise<Paged<OutreachView>> {
  const qb = outreach(db).createQueryBuilder('o');
  if (query) qb.where(`lower(o.place) LIKE :q ${LIKE_ESCAPE}`, { q: containsPattern(query.toLowerCase()) });
  const [items, total] = await qb
    .orderBy('o.date', 'DESC')
    .addOrderBy('o.id', 'DESC')
    .skip((page - 1) * PAGE_SIZE)
    .take(PAGE_SIZE)
    .getManyAndCount();
  return { items: items.map(toView), total, page, pageSize: PAGE_SIZE };
}
