import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { employerSaveInput } from '../../contract/hotline';
import { importChoice } from '../imports/import-values';
import type { ImportRows } from '../module';
import { EmployerEntity } from './employer.entity';

const SIZE_WORDS = {
  micro: ['kleinst', 'kleinstunternehmen', '1-9', 'micro'],
  small: ['klein', 'kleinunternehmen', '10-49', 'small'],
  medium: ['mittel', 'mittelgroß', '50-249', 'medium'],
  large: ['groß', 'gross', 'großunternehmen', '250+', 'large'],
} as const;

type EmployerSave = z.output<typeof employerSaveInput>;
const identityOf = (name: string, postcode: string) => `${name.trim().toLowerCase()}|${postcode.trim()}`;

/**
 * The hotline's employer list: company, sector, size, address, notes. An employer is the same
 * company when name and postcode match. Contact persons are added on the employer's page.
 */
export const employerRows: ImportRows = {
  toInput(row) {
    const size = (row.sizeBand ?? '').trim();
    return {
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
    };
  },
  // The form's issues sit under `employer.<field>`.
  fieldOf: (path) => String(path[1] ?? path[0] ?? ''),
  identity: (input) => {
    const { employer } = input as EmployerSave;
    return identityOf(employer.name, employer.postcode);
  },
  async existing(db: EntityManager) {
    const rows = await db.getRepository(EmployerEntity).find({ select: { name: true, postcode: true } });
    return new Set(rows.map((e) => identityOf(e.name, e.postcode)));
  },
};
