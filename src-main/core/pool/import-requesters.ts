import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { requesterInput } from '../../contract/pool';
import { importChoice } from '../imports/import-values';
import type { ImportRows } from '../module';
import { RequesterEntity } from './requester.entity';

const TYPE_WORDS = {
  practice: ['praxis', 'arztpraxis', 'hausarzt', 'facharzt'],
  hospital: ['krankenhaus', 'klinik', 'klinikum'],
  counselling: ['beratung', 'beratungsstelle', 'counselling', 'counseling'],
  school: ['schule', 'kita', 'kindergarten'],
  jobcenter: ['jobcenter', 'job center', 'arbeitsagentur'],
  authority: ['behörde', 'amt', 'verwaltung', 'stadt'],
  other: ['sonstige', 'sonstiges', 'andere'],
} as const;
const YES = ['ja', 'j', 'x', 'yes', 'true', '1', 'geschult'];

type RequesterSave = z.output<typeof requesterInput>;
const identityOf = (name: string) => name.trim().toLowerCase();

/**
 * The pool's list of requesters (anfragende Stellen): name, kind, whether trained in working with
 * interpreters, address, phone, and one contact person per row (name, phone, e-mail). A requester
 * is the same when its name matches; a second row of the same requester counts as a duplicate, so
 * further contacts are added on the requester's page.
 */
export const requesterRows: ImportRows = {
  toInput(row) {
    const contactName = (row.contactName ?? '').trim();
    return {
      id: null,
      name: row.name ?? '',
      type: importChoice(row.requesterType ?? '', TYPE_WORDS),
      trained: YES.includes((row.trained ?? '').trim().toLowerCase()),
      address: row.address ?? '',
      phone: row.phone ?? '',
      contacts: contactName === '' && !row.contactPhone && !row.contactEmail ? [] : [{ id: null, name: contactName, phone: row.contactPhone ?? '', email: row.contactEmail ?? '' }],
    };
  },
  // The contact's issues sit under `contacts.0.<field>` and are named as the contact's columns.
  fieldOf: (path) => (path[0] === 'contacts' ? `contact${String(path[2] ?? 'name').replace(/^./, (c) => c.toUpperCase())}` : path[0] === 'type' ? 'requesterType' : String(path[0] ?? '')),
  identity: (input) => identityOf((input as RequesterSave).name),
  async existing(db: EntityManager) {
    const rows = await db.getRepository(RequesterEntity).find({ select: { name: true } });
    return new Set(rows.map((r) => identityOf(r.name)));
  },
};
