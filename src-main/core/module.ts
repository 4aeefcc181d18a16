import type { EntityManager, EntitySchema, MigrationInterface } from 'typeorm';
import type { ZodType } from 'zod';
import type { Api, ChannelName, ModuleContract, RestrictableRecord } from '../contract';
import type { ShiftedClock } from './clock';
import type { ReportBuilder } from './reports/raw-report';
import type { Handler } from './router/context';
import type { SettingDefinition } from './settings/settings-store';

/**
 * A module as the core sees it (core/<module>/module.ts): its contract plus everything the core
 * composes from it. The database, session and router layers never import a module; they receive
 * what the composition root (core/modules.ts → core/composition.ts) gathers from these.
 */
export interface CoreModule<M extends ModuleContract = ModuleContract> {
  readonly contract: M;
  readonly handlers: ModuleHandlers<M>;
  /** Its tables, in the order TypeORM needs them. */
  readonly entities: readonly EntitySchema[];
  /** Its migrations, oldest first; names are `<Name><13-digit timestamp>` and survive minification. */
  readonly migrations: readonly MigrationClass[];
  /** Fictional records for `--demo`, written through the contract as a signed-in user. */
  readonly seedDemo?: DemoSeeder;
  /** The module's settings: one JSON value in the `setting` table (key `<module>.settings`), read through its schema. */
  readonly settings?: SettingDefinition;
  /** Where personal data sits, so subject access and erasure reach every table. */
  readonly personalData: readonly PersonalDataTable[];
  /**
   * Erasures of part of one record, other than the client erasure built from personalData (e.g.
   * the hotline's named case on withdrawn consent). Every such path records itself in the erasure
   * ledger (privacy/erasure.ts `recordErasureInLedger`), and a restore re-applies it through these.
   */
  readonly recordErasures?: readonly RecordErasure[];
  /** The record kinds its audit entries name (`entity`), so the audit viewer can filter by module. */
  readonly auditEntities: readonly string[];
  /**
   * Records that can be marked restricted (SDM M62): the record kind (as the audit names it) and
   * its table; its lists, searches and matching leave restricted ones out (privacy/restriction.ts).
   */
  readonly restrictable?: readonly { readonly recordType: RestrictableRecord; readonly table: string }[];
  /** Deletion classes (DIN 66398): how long records are kept after which event. */
  readonly retention: readonly RetentionClass[];
  /** Lists people keep in Excel today that this module can take in. */
  readonly importTargets: readonly ImportTarget[];
  /**
   * Its council report: the channels that return aggregated indicators only (never a name), and
   * the builder the reporting role's report is made from (core/reports applies suppression).
   */
  readonly indicators: ModuleIndicators;
}

export interface ModuleIndicators {
  readonly channels: readonly ChannelName[];
  readonly report: ReportBuilder;
}

export type MigrationClass = new () => MigrationInterface;

export type ModuleHandlers<M extends ModuleContract> = { [C in keyof M['channels'] & ChannelName]: Handler<C> };

/**
 * Seeds a module's demo records. `now` is the demo's present; a seeder may move `clock` into the
 * past to create history, and the demo signs in again at `now` before the next module's seeder.
 */
export type DemoSeeder = (api: Api, now: Date, clock: ShiftedClock) => Promise<void>;

/** Whose personal data a table holds. Modules keep their own references: nothing links a client across modules. */
export type DataSubjectKind = 'client' | 'interpreter' | 'contactPerson' | 'employee';

export interface PersonalDataTable {
  readonly table: string;
  readonly subject: DataSubjectKind;
  /** Columns that hold the subject's reference (initials, case number, pseudonym, name): matched exactly. */
  readonly referenceColumns: readonly string[];
  /** Free-text columns that may mention a subject: searched for the reference as text. */
  readonly freeTextColumns: readonly string[];
  /** The record kind the audit trail names this table's rows by (its `id`), so subject access can say who opened them. */
  readonly auditEntity?: string;
  /**
   * Dates of the event a row records, coarsened to the quarter's first day when the row is
   * anonymised (erasure, retention; privacy/quarter-dates.ts). Each `column` is rounded; the
   * `alongside` columns move by the same amount, so spans within the row (a call's length, the
   * time to closing) stay as they were; `collapse` columns take the rounded value itself (a span
   * the database keeps apart, like an interpreter's bookings, whose length is kept elsewhere).
   */
  readonly quarterDates?: readonly { readonly column: string; readonly alongside?: readonly string[]; readonly collapse?: readonly string[] }[];
}

export interface RecordErasure {
  /** Names the erasure in the ledger (`privacy_erasure.scope`), e.g. `namedCase`. */
  readonly scope: string;
  /** The record kind the audit names (the re-applied erasure is recorded per record). */
  readonly auditEntity: string;
  /** Ids of records that still hold what this erasure removes (a restore hashes each to find the erased ones). */
  candidates(db: EntityManager): Promise<number[]>;
  /** Erases it again in a restored database; `at` is when it was first erased. */
  erase(db: EntityManager, recordId: number, at: Date): Promise<void>;
}

export interface RetentionClass {
  /** `<module>.<what>`, e.g. `pool.closedAssignment`. */
  readonly id: string;
  readonly table: string;
  /** The start event: the column holding its time, and (optionally) which rows have reached it. */
  readonly startColumn: string;
  readonly startWhen?: { readonly column: string; readonly in: readonly string[] };
  readonly defaultMonths: number;
  /** Delete the row, or keep it for statistics with its personal data removed. */
  readonly action: 'delete' | 'anonymise';
}

export interface ImportTarget {
  /** `<module>.<what>`, e.g. `pool.interpreters`. */
  readonly id: string;
  /** The channel one imported row is saved through, so imports obey the same rules as forms. */
  readonly channel: ChannelName;
  /** How a row of a file becomes that channel's input; absent: declared, not importable yet. */
  readonly rows?: ImportRows;
}

/** A list's rows: field texts (keys of contract/imports.ts IMPORT_FIELDS) → the save channel's input. */
export interface ImportRows {
  /** What rows refer to by name and the input needs by id (e.g. shelters), read once per import. */
  prepare?(db: EntityManager): Promise<unknown>;
  /** The channel's input before validation; what cannot be understood is passed on for the schema to name. */
  toInput(row: Readonly<Record<string, string>>, prepared: unknown): unknown;
  /** The field a schema issue belongs to, from the path (`languages.0.language` → `languages`). */
  fieldOf(path: readonly PropertyKey[]): string;
  /** What identifies the record a (validated) row describes: a row twice in a file, or already in Brücke, is skipped. */
  identity(input: unknown): string;
  /** The identities of the records Brücke holds already. */
  existing(db: EntityManager): Promise<Set<string>>;
  /**
   * A row that is more than one form (an employer and its contact person): its own schema, made of
   * the channels' schemas, instead of the target channel's input alone.
   */
  readonly schema?: ZodType;
  /** Saves such a row through the channels' own handlers (so each part is audited as its form's save). */
  save?(value: unknown, io: ImportSaveIo): Promise<void>;
}

export interface ImportSaveIo {
  readonly db: EntityManager;
  /** Calls a save channel's handler inside the import's transaction, as the acting person. */
  call(channel: ChannelName, input: unknown): Promise<unknown>;
  /** Lives for one import: what earlier rows made (an employer's id for its next contact). */
  readonly memo: Map<string, unknown>;
}

/** Returns the descriptor unchanged; typed so a module cannot miss a handler for one of its channels. */
export function defineCoreModule<M extends ModuleContract>(module: CoreModule<M>): CoreModule<M> {
  return module;
}
