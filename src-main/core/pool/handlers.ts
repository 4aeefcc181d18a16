import { refuseIfRestricted } from '../privacy/restriction';
import type { EntityManager } from 'typeorm';
import type { ChannelName } from '../../contract';
import { CALENDAR_WEEK_MAX, MISSING_FEEDBACK_MAX } from '../../contract/pool';
import { MIME_TYPES } from '../../contract/files';
import { AppError } from '../errors';
import { textDownload } from '../exports/file-download';
import type { Handler } from '../router/context';
import { readSetting, readSettingVersioned, writeSettingVersioned } from '../settings/settings-store';
import { addLocalDays, toLocalDate } from '../time/local-time';
import { markOverlaps, toDetail, toSummaries } from './assignment-views';
import {
  cancel,
  complete,
  confirm,
  createBooking,
  getAssignment,
  listAssignments,
  markUnmet,
  matchFor,
  noShow,
  propose,
  saveFeedback,
} from './assignments-service';
import { toIcs } from './exports';
import { germanDate, germanExcelCsv, germanNumber } from '../exports/german-csv';
import { feeWorkbook } from './fee-workbook';
import { serverT } from '../i18n/server-t';
import { interpreterHours } from './interpreter-hours';
import { getDetail as getInterpreterDetail, getProfile, listInterpreters, namesOf, saveInterpreter } from './interpreters-service';
import { calendarSessions, feeStatement, interpretersPaidIn, missingFeedback, quality, unmetDemand, upcoming, week } from './reports-service';
import { getRequesterView, listRequesters, saveRequester } from './requesters-service';
import { POOL_SETTINGS } from './settings';
import { assignmentListExport, interpreterListExport } from './list-exports';
import { exportList } from '../exports/list-export';

type PoolChannel = Extract<ChannelName, `pool.${string}`>;

/** The settings page's rules with the version its save sends back. */
async function settingsView(db: EntityManager) {
  const { value, version } = await readSettingVersioned(db, POOL_SETTINGS);
  return { ...value, version };
}

async function detailOf(db: EntityManager, id: number, now: Date) {
  return toDetail(db, await getAssignment(db, id), now);
}


const SETTING: Partial<Record<string, string>> = { onSite: 'server:calendar.setting.onSite', phone: 'server:calendar.setting.phone', video: 'server:calendar.setting.video' };

export const poolHandlers: { [C in PoolChannel]: Handler<C> } = {
  'pool.interpretersList': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const { rows, total } = await listInterpreters(db, input);
    await audit({ action: 'list', entity: 'interpreter', details: { search: input.search ? 'text' : '', status: input.status, count: rows.length, total } });
    return { rows, total, offset: input.offset, pageSize: input.limit };
  },

  'pool.interpretersExport': async (input, ctx) => exportList(ctx.signedIn(), interpreterListExport, input, ctx.clock.now()),

  'pool.interpreterGet': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const detail = await getInterpreterDetail(db, input.id);
    await audit({ action: 'view', entity: 'interpreter', entityId: input.id });
    return detail;
  },

  'pool.interpreterHours': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const hours = await interpreterHours(db, input.id, ctx.clock.now());
    // Part of the profile's overview, which is a detail view of the interpreter's record.
    await audit({ action: 'view', entity: 'interpreter', entityId: input.id, details: { part: 'hours' } });
    return hours;
  },

  'pool.interpreterSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { id, changed } = await saveInterpreter(db, input, actor.id, ctx.clock.now());
    await audit({ action: input.id === null ? 'create' : 'update', entity: 'interpreter', entityId: id, details: { changed } });
    return getInterpreterDetail(db, id);
  },

  'pool.requestersList': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const found = await listRequesters(db, input.search, input.limit);
    await audit({ action: 'list', entity: 'requester', details: { search: input.search ? 'text' : '', count: found.rows.length } });
    return { ...found, offset: 0, pageSize: input.limit };
  },

  'pool.requesterSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { id, changed } = await saveRequester(db, input, actor.id, ctx.clock.now());
    await audit({ action: input.id === null ? 'create' : 'update', entity: 'requester', entityId: id, details: { changed } });
    return getRequesterView(db, id);
  },

  'pool.bookingCreate': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const result = await createBooking(db, input, actor, ctx.clock.now());
    for (const id of result.ids) {
      await audit({ action: 'create', entity: 'poolAssignment', entityId: id, details: { seriesId: result.seriesId, changed: Object.keys(input) } });
    }
    return result;
  },

  'pool.assignmentsList': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const [rows, total] = await listAssignments(db, input);
    await audit({
      action: 'list',
      entity: 'poolAssignment',
      details: { status: input.status, from: input.from, to: input.to, interpreterId: input.interpreterId, count: rows.length, total },
    });
    return { rows, total };
  },

  'pool.assignmentsExport': async (input, ctx) => exportList(ctx.signedIn(), assignmentListExport, input, ctx.clock.now()),

  'pool.assignmentGet': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const detail = await detailOf(db, input.id, ctx.clock.now());
    await audit({ action: 'view', entity: 'poolAssignment', entityId: input.id });
    return detail;
  },

  'pool.matchProposals': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const a = await getAssignment(db, input.id);
    await refuseIfRestricted(db, 'poolAssignment', a.id);
    const result = await matchFor(db, a, await readSetting(db, POOL_SETTINGS), ctx.clock.now());
    const names = await namesOf(db, [...result.proposals.map((p) => p.interpreterId), ...result.rejected.map((r) => r.interpreterId)]);
    const named = <T extends { interpreterId: number }>(x: T) => ({ ...x, nameNative: names.get(x.interpreterId)?.nameNative ?? '', nameLatin: names.get(x.interpreterId)?.nameLatin ?? '' });
    await audit({ action: 'list', entity: 'interpreter', details: { matchFor: input.id, proposed: result.proposals.length, rejected: result.rejected.length } });
    return { proposals: result.proposals.map(named), rejected: result.rejected.map(named), notSpeaking: result.notSpeaking };
  },

  'pool.assignmentPropose': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await propose(db, input.id, input.interpreterId, actor, await readSetting(db, POOL_SETTINGS), ctx.clock.now());
    await audit({ action: 'update', entity: 'poolAssignment', entityId: input.id, details: { changed: ['status', 'interpreterId'], status: 'proposed' } });
    return detailOf(db, input.id, ctx.clock.now());
  },

  'pool.assignmentConfirm': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await confirm(db, input.id, actor, await readSetting(db, POOL_SETTINGS), ctx.clock.now());
    await audit({ action: 'update', entity: 'poolAssignment', entityId: input.id, details: { changed: ['status'], status: 'confirmed' } });
    return detailOf(db, input.id, ctx.clock.now());
  },

  'pool.assignmentComplete': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await complete(db, input, actor, ctx.clock.now());
    await audit({ action: 'update', entity: 'poolAssignment', entityId: input.id, details: { changed: ['status', 'actualMinutes', 'travelKm'], status: 'done' } });
    return detailOf(db, input.id, ctx.clock.now());
  },

  'pool.assignmentCancel': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await cancel(db, input, actor, await readSetting(db, POOL_SETTINGS), ctx.clock.now());
    await audit({ action: 'update', entity: 'poolAssignment', entityId: input.id, details: { changed: ['status'], cancelledBy: input.by } });
    return detailOf(db, input.id, ctx.clock.now());
  },

  'pool.assignmentNoShow': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await noShow(db, input.id, actor, ctx.clock.now());
    await audit({ action: 'update', entity: 'poolAssignment', entityId: input.id, details: { changed: ['status'], status: 'noShow' } });
    return detailOf(db, input.id, ctx.clock.now());
  },

  'pool.assignmentUnmet': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    await markUnmet(db, input.id, input.reason, actor, ctx.clock.now());
    await audit({ action: 'update', entity: 'poolAssignment', entityId: input.id, details: { changed: ['status'], status: 'unmet' } });
    return detailOf(db, input.id, ctx.clock.now());
  },

  'pool.feedbackSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { existed, changed } = await saveFeedback(db, input, actor, ctx.clock.now());
    await audit({ action: existed ? 'update' : 'create', entity: 'poolFeedback', entityId: input.assignmentId, details: { changed } });
    return detailOf(db, input.assignmentId, ctx.clock.now());
  },

  'pool.missingFeedback': async (_input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const { rows, total, totalIsLowerBound } = await missingFeedback(db);
    await audit({ action: 'list', entity: 'poolAssignment', details: { filter: 'missingFeedback', count: rows.length } });
    return { rows, total, totalIsLowerBound, offset: 0, pageSize: MISSING_FEEDBACK_MAX };
  },

  'pool.quality': async (_input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const rows = await quality(db, await readSetting(db, POOL_SETTINGS));
    await audit({ action: 'list', entity: 'poolFeedback', details: { view: 'quality', count: rows.length } });
    return rows;
  },

  'pool.feeStatement': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const statement = await feeStatement(db, input.interpreterId, input.month, await readSetting(db, POOL_SETTINGS));
    if (!statement) throw new AppError('NOT_FOUND');
    await audit({ action: 'view', entity: 'poolFeeStatement', entityId: input.interpreterId, details: { month: input.month } });
    return statement;
  },

  'pool.feeStatementExport': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const s = await feeStatement(db, input.interpreterId, input.month, await readSetting(db, POOL_SETTINGS));
    if (!s) throw new AppError('NOT_FOUND');
    const w = input.texts;
    // Euros as text with exactly two decimals (`80,00`): Excel reads them as numbers in German.
    const euros = (cents: number) => germanNumber(cents / 100, 2);
    const status = (st: string) => (st === 'done' || st === 'cancelled' || st === 'noShow' ? w.statuses[st] : st);
    const rows: (string | number)[][] = [
      [w.assignment, w.start, w.status, w.minutes, w.fee, w.km, w.travel, w.lateCancellation, w.total],
      ...s.lines.map((l) => [l.assignmentId, germanDate(l.start), status(l.status), l.minutes, euros(l.timeCents), l.travelKm, euros(l.travelCents), l.lateCancellation ? w.yes : w.no, euros(l.totalCents)]),
      [w.sum, '', '', s.totals.minutes, euros(s.totals.timeCents), s.totals.travelKm, euros(s.totals.travelCents), euros(s.totals.cancellationCents), euros(s.totals.totalCents)],
    ];
    await audit({ action: 'export', entity: 'poolFeeStatement', entityId: input.interpreterId, details: { month: input.month, format: 'csv', lines: s.lines.length } });
    return textDownload(germanExcelCsv(rows), `honorar-${s.nameLatin.replace(/[^A-Za-z0-9]+/g, '-')}-${input.month}.csv`, MIME_TYPES.csv);
  },

  'pool.feeStatementXlsx': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const settings = await readSetting(db, POOL_SETTINGS);
    const ids = input.interpreterId === null ? await interpretersPaidIn(db, input.month) : [input.interpreterId];
    const statements = [];
    for (const id of ids) {
      const s = await feeStatement(db, id, input.month, settings);
      if (!s) throw new AppError('NOT_FOUND');
      statements.push(s);
    }
    const who = statements.length === 1 && input.interpreterId !== null ? statements[0]!.nameLatin.replace(/[^A-Za-z0-9]+/g, '-') : 'alle';
    const file = await feeWorkbook(statements, ctx.clock.now(), `honorar-${who}-${input.month}.xlsx`, serverT(actor.uiLanguage));
    await audit({
      action: 'export',
      entity: 'poolFeeStatement',
      ...(input.interpreterId === null ? {} : { entityId: input.interpreterId }),
      details: { month: input.month, format: 'xlsx', statements: statements.length },
    });
    return file;
  },

  'pool.calendarExport': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    // The file's texts in the exporting person's language (they hand it on or import it themselves).
    const t = serverT(actor.uiLanguage);
    const setting = (s: string) => (SETTING[s] ? t(SETTING[s]) : s);
    const now = ctx.clock.now();
    const profile = await getProfile(db, input.interpreterId);
    const sessions = await toSummaries(db, await calendarSessions(db, input.interpreterId, addLocalDays(toLocalDate(now), -90)));
    const events = [];
    for (const s of sessions) {
      const d = await toDetail(db, await getAssignment(db, s.id), now);
      // Briefing only: setting, place, contact and the topic category — nothing about the client.
      events.push({
        uid: `pool-assignment-${s.id}@bruecke.local`,
        startLocal: s.start,
        endLocal: s.end,
        // No topic: a calendar entry travels into personal calendars and phones; "mental health" would say too much.
        summary: t('server:calendar.summary', { language: s.language.toUpperCase(), setting: setting(s.setting) }),
        location: s.setting === 'onSite' ? d.address || d.requesterAddress : setting(s.setting),
        description: [d.requesterName, d.contact ? `${d.contact.name} ${d.contact.phone}`.trim() : d.requesterPhone].filter(Boolean).join('\n'),
      });
    }
    await audit({ action: 'export', entity: 'interpreter', entityId: input.interpreterId, details: { format: 'ics', events: events.length } });
    return textDownload(toIcs(events, now), `einsaetze-${profile.interpreter.nameLatin.replace(/[^A-Za-z0-9]+/g, '-')}.ics`, MIME_TYPES.ics);
  },

  'pool.calendarWeek': async (input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const found = await week(db, input.weekStart, input.interpreterId);
    const rows = markOverlaps(found.rows);
    await audit({ action: 'list', entity: 'poolAssignment', details: { weekStart: input.weekStart, interpreterId: input.interpreterId, count: rows.length, total: found.total } });
    return { rows, total: found.total, offset: 0, pageSize: CALENDAR_WEEK_MAX };
  },

  'pool.upcoming': async (_input, ctx) => {
    const { db, audit } = ctx.signedIn();
    const today = toLocalDate(ctx.clock.now());
    const { rows, total } = await upcoming(db, today);
    await audit({ action: 'list', entity: 'poolAssignment', details: { upcomingFrom: today, count: rows.length } });
    return { today, tomorrow: addLocalDays(today, 1), rows, total };
  },

  'pool.unmetDemand': async (_input, ctx) => unmetDemand(ctx.signedIn().db),

  'pool.settingsGet': async (_input, ctx) => settingsView(ctx.signedIn().db),

  'pool.settingsSave': async (input, ctx) => {
    const { db, actor, audit } = ctx.signedIn();
    const { version, ...rules } = input;
    await writeSettingVersioned(db, POOL_SETTINGS, rules, { version, actorId: actor.id, now: ctx.clock.now() });
    await audit({ action: 'update', entity: 'poolSettings', details: { changed: Object.keys(rules) } });
    return settingsView(db);
  },
};
