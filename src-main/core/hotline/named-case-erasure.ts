import type { EntityManager } from 'typeorm';
import { NAMED_CASE_PURPOSE } from '../../contract/hotline';
import { withdrawConsentsInForce } from '../consent/consent-service';
import { scrubMentions } from '../db/personal-data-sql';
import type { RecordErasure } from '../module';
import { toLocalDate } from '../time/local-time';
import { HotlineCallEntity } from './call.entity';

/** The ledger scope of a named case erased on withdrawn consent (hash of the call's id). */
export const NAMED_CASE_SCOPE = 'namedCase';

/** The call's texts a name may have been written into (columns as the descriptor names them). */
const NAMED_CASE_TEXTS = ['question', 'answer', 'handover_note', 'outcome'];

const calls = (db: EntityManager) => db.getRepository(HotlineCallEntity);

/**
 * What the named-case consent alone allowed goes (Art. 7(3), 17(1)(b) GDPR): the employee's name
 * and contact, and the name where staff wrote it into the call's texts. The anonymous call and
 * its statistics stay.
 */
export async function eraseNamedCase(db: EntityManager, callId: number, now: Date): Promise<void> {
  const call = await calls(db).findOneByOrFail({ id: callId });
  const name = call.employeeName?.trim();
  if (name) for (const column of NAMED_CASE_TEXTS) await scrubMentions(db, 'hotline_call', column, [name], '[gelöscht]');
  await calls(db).update({ id: callId }, { employeeName: null, employeeContact: null, updatedAt: now.toISOString() });
}

/** Re-applied by a restore: a call of an older backup that still carries the name erases it again, and its consent shows withdrawn. */
export const namedCaseErasure: RecordErasure = {
  scope: NAMED_CASE_SCOPE,
  auditEntity: 'hotlineCall',
  candidates: async (db) =>
    (await calls(db).createQueryBuilder('c').select('c.id', 'id').where('c.employeeName IS NOT NULL OR c.employeeContact IS NOT NULL').getRawMany<{ id: number }>()).map((r) => r.id),
  erase: async (db, callId, at) => {
    await withdrawConsentsInForce(db, { module: 'hotline', type: 'hotlineCall', id: callId }, NAMED_CASE_PURPOSE, toLocalDate(at));
    await eraseNamedCase(db, callId, at);
  },
};
