import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AGE_BANDS, INCOME_SOURCES, RENTING_STATUSES, type registerHouseholdInput } from '../../contract/housing';
import { importChoice, importDate } from '../imports/import-values';
import type { ImportRows } from '../module';
import { AccommodationEntity } from './accommodation.entity';
import { HouseholdEntity } from './household.entity';

const RENTING_WORDS: Record<(typeof RENTING_STATUSES)[number], readonly string[]> = {
  residencePermit: ['aufenthaltserlaubnis', 'aufenthaltstitel'],
  permanentSettlement: ['niederlassungserlaubnis', 'daueraufenthalt'],
  temporaryProtection: ['vorübergehender schutz', '§ 24', '§24', 'schutz nach § 24'],
  asylumPending: ['asylverfahren', 'aufenthaltsgestattung', 'gestattung'],
  toleration: ['duldung'],
  other: ['sonstiges', 'sonstige', 'andere'],
};
const INCOME_WORDS: Record<(typeof INCOME_SOURCES)[number], readonly string[]> = {
  benefitsSgbII: ['sgb ii', 'bürgergeld', 'jobcenter'],
  benefitsAsylbLG: ['asylblg', 'asylbewerberleistungen'],
  benefitsSgbXII: ['sgb xii', 'sozialhilfe', 'grundsicherung'],
  employment: ['arbeit', 'erwerbstätigkeit', 'lohn', 'gehalt'],
  mixed: ['gemischt', 'teilweise'],
  other: ['sonstiges', 'sonstige', 'andere'],
};
const YES = ['ja', 'j', 'x', 'yes', 'true', '1'];
/** Member counts per age band, one column each (`members.under6` …). */
export const MEMBER_FIELDS = { under6: 'membersUnder6', age6to17: 'members6to17', age18to64: 'members18to64', age65plus: 'members65plus' } as const;

type Register = z.output<typeof registerHouseholdInput>;
const identityOf = (reference: string) => reference.trim().toLowerCase();

/**
 * The caseworkers' list of households in municipal accommodation: reference (a pseudonym or
 * file number, never a name), members per age band, languages, rooms needed, accessibility, legal
 * status for renting, income, shelter (by its name in Brücke) and since when. A household is the
 * same when its reference matches. Each row registers the household with its move-out case.
 */
export const householdRows: ImportRows = {
  async prepare(db: EntityManager) {
    const shelters = await db.getRepository(AccommodationEntity).find({ select: { id: true, name: true } });
    return new Map(shelters.map((s) => [s.name.trim().toLowerCase(), s.id]));
  },
  toInput(row, prepared) {
    const shelters = prepared as Map<string, number>;
    const ageBands: string[] = [];
    for (const band of AGE_BANDS) {
      const text = (row[MEMBER_FIELDS[band]] ?? '').trim();
      const count = text === '' ? 0 : Number(text);
      // A count that is not a whole number becomes an invalid band, which the schema names.
      if (!Number.isInteger(count) || count < 0 || count > 20) ageBands.push('invalid');
      else for (let i = 0; i < count; i++) ageBands.push(band);
    }
    const rooms = (row.roomsNeeded ?? '').trim();
    return {
      household: {
        reference: row.reference ?? '',
        ageBands,
        languages: (row.languages ?? '')
          .split(/[;,/\s]+/)
          .map((l) => l.trim().toLowerCase())
          .filter((l) => l !== ''),
        roomsNeeded: rooms === '' ? Number.NaN : Number(rooms),
        accessibility: YES.includes((row.accessibility ?? '').trim().toLowerCase()),
        rentingStatus: importChoice(row.rentingStatus ?? '', RENTING_WORDS),
        incomeSource: importChoice(row.incomeSource ?? '', INCOME_WORDS),
      },
      accommodationId: shelters.get((row.accommodation ?? '').trim().toLowerCase()) ?? 0,
      movedInOn: importDate(row.movedInOn ?? ''),
    };
  },
  fieldOf: (path) => {
    if (path[0] === 'accommodationId') return 'accommodation';
    if (path[0] === 'household') return path[1] === 'ageBands' ? 'membersUnder6' : String(path[1] ?? '');
    return String(path[0] ?? '');
  },
  identity: (input) => identityOf((input as Register).household.reference),
  async existing(db: EntityManager) {
    const rows = await db.getRepository(HouseholdEntity).find({ select: { reference: true } });
    return new Set(rows.map((h) => identityOf(h.reference)));
  },
};
