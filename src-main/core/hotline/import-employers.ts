import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { contactInput, employerSaveInput } from '../../contract/hotline';
import { importChoice } from '../imports/import-values';
import type { ImportRows, ImportSaveIo } from '../module';
import { EmployerContactEntity, EmployerEntity } from './employer.entity';

const SIZE_WORDS = {
  micro: ['kleinst', 'kleinstunternehmen', '1-9', 'micro'],
  small: ['klein', 'kleinunternehmen', '10-49', 'small'],
  medium: ['mittel', 'mittelgroß', '50-249', 'medium'],
  large: ['groß', 'gross', 'großunternehmen', '250+', 'large'],
} as const;

/** One row: the employer's form and, if the row names one, its contact person's form. */
const employerRow = z.strictObject({ employer: employerSaveInput, contact: contactInput.nullable() });
type EmployerRow = z.output<typeof employerRow>;

const employerKey = (name: string, postcode: string) => `${name.trim().toLowerCase()}|${postcode.trim()}`;
const contactKey = (name: string) => name.trim().toLowerCase();

/**
 * The hotline's employer list: company, sector, size, address, notes, and one contact person per
 * row (name, role, phone, e-mail). An employer is the same company when name and postcode match.
 *
 * A second row of the same company ADDS its contact person (unlike requesters, where it is a
 * duplicate): employer lists are kept one person per line — the owner and the HR person of the
 * same bakery are two lines — and the company is created once, from its first row. A contact is
 * the same person when the company and the name match, so the same file twice adds nothing, and a
 * new person at a company Brücke holds already is added to that company.
 */
export const employerRows: ImportRows = {
  schema: employerRow,
  toInput(row) {
    const size = (row.sizeBand ?? '').trim();
    const contactName = (row.contactName ?? '').trim();
    const anyContact = contactName !== '' || [row.contactRole, row.contactPhone, row.contactEmail].some((v) => (v ?? '').trim() !== '');
    return {
      employer: {
        id: null,
        employer: {
          name: row.name ?? '',
          sector: row.sector ?? '',
          sizeBand: size === '' ? null : importChoice(size, SIZE_WORDS),
          street: row.street ?? '',
          postcode: row.postcode ?? '',
          city: row.city ?? '',
          notes: row.notes ?? '',
        },
      },
      contact: anyContact ? { name: contactName, role: row.contactRole ?? '', phone: row.contactPhone ?? '', email: (row.contactEmail ?? '').trim() } : null,
    };
  },
  // The employer's issues sit under `employer.employer.<field>`, the contact's under `contact.<field>`.
  fieldOf: (path) => (path[0] === 'contact' ? `contact${String(path[1] ?? 'name').replace(/^./, (c) => c.toUpperCase())}` : String(path[2] ?? path[1] ?? '')),
  identity: (input) => {
    const { employer, contact } = input as EmployerRow;
    return `${employerKey(employer.employer.name, employer.employer.postcode)}|${contact ? contactKey(contact.name) : ''}`;
  },
  async existing(db: EntityManager) {
    const employers = await db.getRepository(EmployerEntity).find({ select: { id: true, name: true, postcode: true } });
    const contacts = await db.getRepository(EmployerContactEntity).find({ select: { employerId: true, name: true } });
    const keyOf = new Map(employers.map((e) => [e.id, employerKey(e.name, e.postcode)]));
    return new Set([...employers.map((e) => `${employerKey(e.name, e.postcode)}|`), ...contacts.map((c) => `${keyOf.get(c.employerId)}|${contactKey(c.name)}`)]);
  },
  async save(value, io: ImportSaveIo) {
    const { employer, contact } = value as EmployerRow;
    const key = employerKey(employer.employer.name, employer.employer.postcode);
    let id = io.memo.get(key) as number | undefined;
    if (id === undefined) {
      // A new person at a company Brücke holds joins that company; otherwise the company is made from this row.
      const held = await io.db
        .getRepository(EmployerEntity)
        .createQueryBuilder('e')
        .select('e.id', 'id')
        .where('lower(trim(e.name)) = :name AND trim(e.postcode) = :postcode', { name: employer.employer.name.trim().toLowerCase(), postcode: employer.employer.postcode.trim() })
        .getRawOne<{ id: number }>();
      id = held?.id ?? ((await io.call('hotline.employerSave', employer)) as { id: number }).id;
      io.memo.set(key, id);
    }
    if (contact) await io.call('hotline.contactSave', { employerId: id, id: null, contact });
  },
};
