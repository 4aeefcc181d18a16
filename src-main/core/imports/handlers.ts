import { contract, type ChannelName, type ImportResult, type Role } from '../../contract';
import { IMPORT_FIELDS, type ImportIssue, type ImportTargetId } from '../../contract/imports';
import { AppError } from '../errors';
import { germanExcelCsv } from '../exports/german-csv';
import { MIME_TYPES } from '../../contract/files';
import { textDownload } from '../exports/file-download';
import type { CoreModule, ImportRows, ImportSaveIo, ImportTarget } from '../module';
import type { CallContext, Handler } from '../router/context';
import { readEnabledModules } from '../settings/installation';
import { readTable } from './read-table';
import { StagingTable, type Staging } from './staging';

type ImportsChannel = 'imports.read' | 'imports.run' | 'imports.stage' | 'imports.commit' | 'imports.discard' | 'imports.rejectedReport';
/** A contract rule's message is an i18n key (`validation:date`); zod's own are English sentences. */
const I18N_KEY = /^[a-z][A-Za-z0-9_-]*:[A-Za-z0-9_.]+$/;
type AnyHandler = (input: unknown, ctx: CallContext) => Promise<unknown>;

/**
 * Imports, made from the composed modules' import targets: each row is checked with the save
 * channel's own schema and saved through its own handler (so it is audited and versioned as a
 * form's save would be), inside the one transaction of `imports.run` — all accepted rows or none.
 */
export function importsHandlers(modules: readonly CoreModule[], handlerOf: (channel: ChannelName) => AnyHandler): { [C in ImportsChannel]: Handler<C> } {
  async function targetFor(id: ImportTargetId, ctx: CallContext): Promise<{ target: ImportTarget & { rows: ImportRows }; roles: readonly Role[] }> {
    const { db, actor } = ctx.signedIn();
    const owner = modules.find((m) => m.importTargets.some((t) => t.id === id));
    const target = owner?.importTargets.find((t) => t.id === id);
    if (!owner || !target?.rows) throw new AppError('NOT_FOUND');
    if (!(await readEnabledModules(db)).includes(owner.contract.id as never)) throw new AppError('MODULE_DISABLED');
    // Whoever may not save one such record through its form may not import a list of them.
    const access = contract[target.channel].access;
    const roles = access.kind === 'signedIn' ? (access.roles ?? []) : [];
    if (roles.length > 0 && !roles.some((r) => actor.roles.includes(r))) throw new AppError('FORBIDDEN');
    return { target: target as ImportTarget & { rows: ImportRows }, roles };
  }

  function requireMapped(id: ImportTargetId, mapping: Record<string, number | null>): void {
    const unmapped = IMPORT_FIELDS[id].filter((f) => f.required && (mapping[f.key] === undefined || mapping[f.key] === null));
    if (unmapped.length > 0) {
      throw new AppError('INVALID_INPUT', 'required fields without a column', { issues: unmapped.map((f) => ({ path: `mapping.${f.key}`, message: 'imports:columnRequired' })) });
    }
  }

  /** Checks rows with the form's schema and against known and already-seen records, adding to the staging. */
  function checkRows(staging: Staging, target: ImportTarget & { rows: ImportRows }, data: readonly string[][], schema: { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): void {
    const fields = IMPORT_FIELDS[staging.target];
    const { result, mapping } = staging;
    const offset = result.rows - data.length;
    data.forEach((cells, i) => {
      // Line numbers as the spreadsheet shows them: the header is line 1.
      const line = offset + i + 2;
      const record = Object.fromEntries(fields.map((f) => [f.key, (mapping[f.key] ?? null) === null ? '' : (cells[mapping[f.key]!] ?? '')]));
      const parsed = schema.safeParse(target.rows.toInput(record, staging.prepared));
      if (!parsed.success) {
        const issues: ImportIssue[] = [];
        for (const issue of parsed.error.issues) {
          const field = target.rows.fieldOf(issue.path as never);
          // A rule without a message of its own (an unknown choice) gets the import's word for it.
          const message = I18N_KEY.test(issue.message) ? issue.message : 'imports:invalidValue';
          if (!issues.some((x) => x.field === field && x.message === message)) issues.push({ field, message });
        }
        result.rejected.push({ line, issues });
        return;
      }
      const identity = target.rows.identity(parsed.data);
      if (staging.known.has(identity) || staging.seen.has(identity)) {
        result.duplicates.push(line);
        return;
      }
      staging.seen.add(identity);
      staging.accepted.push({ line, value: parsed.data });
    });
    result.accepted = staging.accepted.length;
  }

  /** Saves through the target's own channel, inside the call's one transaction: all rows or none. */
  async function saveAll(target: ImportTarget & { rows: ImportRows }, accepted: readonly { line: number; value: unknown }[], ctx: CallContext): Promise<void> {
    const { db } = ctx.signedIn();
    const save = handlerOf(target.channel);
    const io: ImportSaveIo = { db, call: (channel, value) => handlerOf(channel)(value, ctx), memo: new Map() };
    for (const row of accepted) {
      try {
        if (target.rows.save) await target.rows.save(row.value, io);
        else await save(row.value, ctx);
      } catch (error) {
        // The transaction rolls back; the person is told which line the core refused.
        if (error instanceof AppError) throw new AppError(error.code, `line ${row.line}`, { ...error.details, issues: [{ path: `line.${row.line}`, message: `errors:${error.code}` }] });
        throw error;
      }
    }
  }

  const stagings = new StagingTable();

  return {
    'imports.read': async (input, ctx) => {
      await targetFor(input.target, ctx);
      const table = await readTable(input.fileName, Buffer.from(input.base64, 'base64'));
      const [header = [], ...data] = table.rows;
      return { columns: header.map((c) => c.trim()), rows: data.length, format: table.format, encoding: table.encoding, delimiter: table.delimiter, data };
    },

    'imports.run': async (input, ctx) => {
      const { db, audit } = ctx.signedIn();
      const { target } = await targetFor(input.target, ctx);
      requireMapped(input.target, input.mapping);
      const table = await readTable(input.fileName, Buffer.from(input.base64, 'base64'));
      const data = table.rows.slice(1);
      const schema = target.rows.schema ?? contract[target.channel].input;
      const known = await target.rows.existing(db);
      const prepared = target.rows.prepare ? await target.rows.prepare(db) : null;
      const result: ImportResult = { dryRun: input.dryRun, rows: data.length, accepted: 0, duplicates: [], rejected: [], imported: 0 };
      const staging: Staging = { token: '', sessionToken: '', touchedAt: 0, target: input.target, mapping: input.mapping, total: data.length, result, accepted: [], seen: new Set(), known, prepared };
      checkRows(staging, target, data, schema);
      const accepted = staging.accepted;
      result.accepted = accepted.length;
      if (!input.dryRun) {
        await saveAll(target, accepted, ctx);
        result.imported = accepted.length;
      }
      await audit({
        action: 'import',
        entity: 'import',
        details: {
          target: input.target,
          dryRun: input.dryRun,
          format: table.format,
          rows: result.rows,
          accepted: result.accepted,
          duplicates: result.duplicates.length,
          rejected: result.rejected.length,
          imported: result.imported,
        },
      });
      return result;
    },

    'imports.stage': async (input, ctx) => {
      const { db, session } = ctx.signedIn();
      const { target } = await targetFor(input.target, ctx);
      const now = ctx.clock.now().getTime();
      let staging: Staging;
      if (input.token === null) {
        requireMapped(input.target, input.mapping);
        const known = await target.rows.existing(db);
        const prepared = target.rows.prepare ? await target.rows.prepare(db) : null;
        const result: ImportResult = { dryRun: true, rows: 0, accepted: 0, duplicates: [], rejected: [], imported: 0 };
        staging = stagings.create({ sessionToken: session.token, touchedAt: now, target: input.target, mapping: input.mapping, total: input.total, result, accepted: [], seen: new Set(), known, prepared }, ctx.session.sessions, now);
      } else {
        staging = stagings.own(input.token, session.token, ctx.session.sessions, now);
        if (staging.target !== input.target || staging.total !== input.total) throw new AppError('INVALID_INPUT', 'not the staged import', { issues: [{ path: 'token', message: 'imports:invalidValue' }] });
      }
      if (staging.result.rows + input.rows.length > staging.total) {
        throw new AppError('INVALID_INPUT', 'more rows than announced', { issues: [{ path: 'rows', message: 'imports:invalidValue' }] });
      }
      staging.result.rows += input.rows.length;
      checkRows(staging, target, input.rows, target.rows.schema ?? contract[target.channel].input);
      // The finished check is audited once, as a dry run was (counts only, no content).
      if (staging.result.rows === staging.total) {
        const r = staging.result;
        await ctx.signedIn().audit({
          action: 'import',
          entity: 'import',
          details: { target: staging.target, dryRun: true, staged: true, rows: r.rows, accepted: r.accepted, duplicates: r.duplicates.length, rejected: r.rejected.length, imported: 0 },
        });
      }
      return { token: staging.token, checked: staging.result.rows, total: staging.total, result: staging.result };
    },

    'imports.commit': async (input, ctx) => {
      const { db, session, audit } = ctx.signedIn();
      const staging = stagings.own(input.token, session.token, ctx.session.sessions, ctx.clock.now().getTime());
      const { target } = await targetFor(staging.target, ctx);
      if (staging.result.rows !== staging.total) throw new AppError('INVALID_INPUT', 'staging incomplete', { issues: [{ path: 'token', message: 'imports:invalidValue' }] });
      // Taken off first: a refused save rolls everything back and the person checks again.
      stagings.remove(staging.token);
      // A colleague may have added some of these since the check: they are skipped, never added twice.
      const known = await target.rows.existing(db);
      const fresh = staging.accepted.filter((row) => !known.has(target.rows.identity(row.value)));
      const since = staging.accepted.filter((row) => known.has(target.rows.identity(row.value))).map((row) => row.line);
      await saveAll(target, fresh, ctx);
      const duplicates = [...staging.result.duplicates, ...since].sort((a, b) => a - b);
      const result: ImportResult = { ...staging.result, dryRun: false, accepted: fresh.length, duplicates, imported: fresh.length };
      await audit({
        action: 'import',
        entity: 'import',
        details: { target: staging.target, dryRun: false, staged: true, rows: result.rows, accepted: result.accepted, duplicates: result.duplicates.length, rejected: result.rejected.length, imported: result.imported },
      });
      return result;
    },

    'imports.discard': async (input, ctx) => {
      const { session, audit } = ctx.signedIn();
      const staging = stagings.own(input.token, session.token, ctx.session.sessions, ctx.clock.now().getTime());
      stagings.remove(staging.token);
      await audit({ action: 'import', entity: 'import', details: { target: staging.target, discarded: true, rows: staging.result.rows } });
      return null;
    },

    'imports.rejectedReport': async (input, ctx) => {
      const { audit } = ctx.signedIn();
      const csv = germanExcelCsv([[input.texts.line, input.texts.reasons], ...input.rows.map((r) => [r.line, r.reasons])]);
      await audit({ action: 'export', entity: 'importRejected', details: { format: 'csv', rows: input.rows.length } });
      return textDownload(csv, 'abgelehnte-zeilen.csv', MIME_TYPES.csv);
    },
  };
}
