import type { EntityManager } from 'typeorm';
import { INTERPRETER_STATUSES, type InterpreterInput } from '../../contract/pool';
import { importChoice, importDate, importLanguages } from '../imports/import-values';
import type { ImportRows } from '../module';
import { InterpreterEntity } from './interpreter.entity';

const GENDER_WORDS = {
  female: ['w', 'weiblich', 'frau', 'f', 'female'],
  male: ['m', 'männlich', 'maennlich', 'mann', 'male'],
  diverse: ['d', 'divers', 'diverse', 'x'],
} as const;
const STATUS_WORDS: Record<(typeof INTERPRETER_STATUSES)[number], readonly string[]> = {
  active: ['aktiv', 'ja', ''],
  paused: ['pausiert', 'pause', 'ruhend'],
  left: ['ausgeschieden', 'inaktiv', 'nein'],
};

const digits = (phone: string) => phone.replace(/\D/g, '');
const identityOf = (nameLatin: string, phone: string) => `${nameLatin.trim().toLowerCase()}|${digits(phone)}`;

/**
 * The coordinator's interpreter list: name (Latin script, and native if given), gender,
 * languages with dialects (`Arabisch (Levantinisch); Farsi`), contact, status, the date the
 * confidentiality declaration was signed, notes. Everything else the profile holds (focus pools
 * beyond general, availability, fees) is added in Brücke afterwards. An interpreter is the same
 * person when name and phone number match.
 */
export const interpreterRows: ImportRows = {
  toInput(row) {
    const languages = importLanguages(row.languages ?? '');
    const nameLatin = (row.nameLatin ?? '').trim();
    return {
      id: null,
      nameLatin,
      nameNative: (row.nameNative ?? '').trim() || nameLatin,
      gender: importChoice(row.gender ?? '', GENDER_WORDS),
      phone: (row.phone ?? '').trim(),
      email: (row.email ?? '').trim(),
      status: importChoice(row.status ?? '', STATUS_WORDS),
      focusPools: ['general'],
      languages: languages.map((l) => ({ ...l, level: 'fluent' })),
      qualifications: [],
      events: [],
      availability: [],
      absences: [],
      conflicts: [],
      confidentialitySignedOn: importDate(row.confidentialitySignedOn ?? ''),
      firstHourCents: null,
      furtherHalfHourCents: null,
      kmCents: null,
      travelFlatCents: null,
      notes: (row.notes ?? '').trim(),
    } satisfies Record<Exclude<keyof InterpreterInput, 'version'>, unknown>;
  },
  fieldOf: (path) => String(path[0] ?? ''),
  identity: (input) => {
    const i = input as InterpreterInput;
    return identityOf(i.nameLatin, i.phone);
  },
  async existing(db: EntityManager) {
    const people = await db.getRepository(InterpreterEntity).find({ select: { nameLatin: true, phone: true } });
    return new Set(people.map((p) => identityOf(p.nameLatin, p.phone)));
  },
};
