import { EntitySchema } from 'typeorm';
import type { FocusPool, Gender, InterpreterStatus } from '../../contract/pool';
import { VERSION_COLUMNS, type VersionFields } from '../db/version-columns';

/** A Sprachmittler*in of the pool. Names in native script and Latin transliteration. */
export interface Interpreter extends VersionFields {
  id: number;
  nameNative: string;
  nameLatin: string;
  gender: Gender;
  phone: string;
  email: string;
  status: InterpreterStatus;
  focusPools: FocusPool[];
  confidentialitySignedOn: string | null;
  firstHourCents: number | null;
  furtherHalfHourCents: number | null;
  kmCents: number | null;
  travelFlatCents: number | null;
  notes: string;
  createdAt: string;
}

export const InterpreterEntity = new EntitySchema<Interpreter>({
  name: 'PoolInterpreter',
  tableName: 'pool_interpreter',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    nameNative: { type: 'text', name: 'name_native' },
    nameLatin: { type: 'text', name: 'name_latin' },
    gender: { type: 'text' },
    phone: { type: 'text' },
    email: { type: 'text' },
    status: { type: 'text' },
    focusPools: { type: 'simple-json', name: 'focus_pools' },
    confidentialitySignedOn: { type: 'text', name: 'confidentiality_signed_on', nullable: true },
    firstHourCents: { type: 'integer', name: 'first_hour_cents', nullable: true },
    furtherHalfHourCents: { type: 'integer', name: 'further_half_hour_cents', nullable: true },
    kmCents: { type: 'integer', name: 'km_cents', nullable: true },
    travelFlatCents: { type: 'integer', name: 'travel_flat_cents', nullable: true },
    notes: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    ...VERSION_COLUMNS,
  },
});

export interface InterpreterLanguage {
  id: number;
  interpreterId: number;
  language: string;
  dialect: string;
  level: string;
}

export const InterpreterLanguageEntity = new EntitySchema<InterpreterLanguage>({
  name: 'PoolInterpreterLanguage',
  tableName: 'pool_interpreter_language',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    interpreterId: { type: 'integer', name: 'interpreter_id' },
    language: { type: 'text' },
    dialect: { type: 'text' },
    level: { type: 'text' },
  },
});

/**
 * The small dated lists of a profile in one table: qualifications (evidence date), trainings,
 * reflection meetings and supervision (date), weekly availability (weekday + times in `text`
 * as `HH:mm-HH:mm`), absences (date range) and conflicts of interest (requester or client ref).
 */
export type InterpreterItemKind = 'qualification' | 'training' | 'reflection' | 'supervision' | 'availability' | 'absence' | 'conflict';
export interface InterpreterItem {
  id: number;
  interpreterId: number;
  kind: InterpreterItemKind;
  text: string;
  dateFrom: string | null;
  dateTo: string | null;
  weekday: number | null;
  requesterId: number | null;
}

export const InterpreterItemEntity = new EntitySchema<InterpreterItem>({
  name: 'PoolInterpreterItem',
  tableName: 'pool_interpreter_item',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    interpreterId: { type: 'integer', name: 'interpreter_id' },
    kind: { type: 'text' },
    text: { type: 'text' },
    dateFrom: { type: 'text', name: 'date_from', nullable: true },
    dateTo: { type: 'text', name: 'date_to', nullable: true },
    weekday: { type: 'integer', nullable: true },
    requesterId: { type: 'integer', name: 'requester_id', nullable: true },
  },
});
