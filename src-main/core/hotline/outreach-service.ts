import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { PAGE_SIZE, type OutreachView, type Paged, type outreachInput } from '../../contract/hotline';
import { AppError } from '../errors';
import { OutreachEntity, type Outreach } from './entities';
import { likePattern } from './sql';
import { expectEntry } from './taxonomy-service';

const outreach = (db: EntityManager) => db.getRepository(OutreachEntity);

function toView(o: Outreach): OutreachView {
  return { id: o.id, kind: o.kind, place: o.place, channelId: o.channelId, count: o.count, date: o.date, notes: o.notes };
}

export async function saveOutreach(db: EntityManager, id: number | null, input: z.output<typeof outreachInput>, now: Date): Promise<OutreachView> {
  await expectEntry(db, input.channelId, 'channel');
  if (id === null) return toView(await outreach(db).save({ ...input, createdAt: now.toISOString() }));
  if (!(await outreach(db).findOneBy({ id }))) throw new AppError('NOT_FOUND');
  await outreach(db).update({ id }, input);
  return toView((await outreach(db).findOneBy({ id }))!);
}

export async function listOutreach(db: EntityManager, query: string, page: number): Promise<Paged<OutreachView>> {
  const qb = outreach(db).createQueryBuilder('o');
  if (query) qb.where(`lower(o.place) LIKE :q ESCAPE '\\'`, { q: likePattern(query.toLowerCase()) });
  const [items, total] = await qb
    .orderBy('o.date', 'DESC')
    .addOrderBy('o.id', 'DESC')
    .skip((page - 1) * PAGE_SIZE)
    .take(PAGE_SIZE)
    .getManyAndCount();
  return { items: items.map(toView), total, page, pageSize: PAGE_SIZE };
}
