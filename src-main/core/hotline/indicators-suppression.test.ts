import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callInput, HANNA, hotlineCore, newEmployer, taxonomyByKey } from '../testing/hotline-fixtures';
import { signIn } from '../testing/staff';
import { loginAdmin, type TestCore } from '../testing/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const TEXTS = {
  sheetSummary: 'Übersicht', sheetTopics: 'Themen', sheetRouting: 'Weiterleitung', sheetChannels: 'Kanäle', measure: 'Kennzahl', value: 'Wert',
  from: 'Von', to: 'Bis', totalCalls: 'Anrufe', answeredInCall: 'Beantwortet', followedUp: 'Nachverfolgt', averageDays: 'Tage', openFollowUps: 'Offen',
  overdueFollowUps: 'Überfällig', month: 'Monat', channel: 'Kanal', calls: 'Anrufe', outreachCount: 'Verteilt', notRouted: 'Nicht weitergeleitet',
  unknown: 'Unbekannt', total: 'Summe', small: '< 5', hidden: 'x', fewCases: 'n < 5', none: '–', suppressionNote: 'Hinweis',
};

describe('small counts on the hotline’s own indicator page and workbook', () => {
  // Built to leak: 10 calls, 8 about the law and 2 about language. Hiding only the 2 would give it
  // back as 10 − 8; 3 of the 10 answered within the call would be given back by the share.
  async function tenCalls() {
    const tax = await taxonomyByKey(t);
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    for (let i = 0; i < 10; i++) {
      const call = await callInput(t, employer.id, i < 8 ? { topicId: tax('legal').id, answeredInCall: i < 3 } : { topicId: tax('language').id, subtopicId: null });
      await t.must('hotline.callLog', { draftId: null, call, followUp: null });
    }
    return tax;
  }

  it('hides the 2 and the 8 it could be worked out from, on the page and in the workbook', async () => {
    const tax = await tenCalls();
    // The raw counts, as the council report's builder reads them: 8 + 2 = 10.
    expect((await t.must('hotline.indicators', NOVEMBER)).callsByMonthTopic.map((r) => r.count)).toEqual([8, 2]);

    const page = await t.must('hotline.indicatorsPublished', NOVEMBER);
    expect(page.threshold).toBe(5);
    expect(page.totalCalls).toEqual({ value: 10, mark: 'shown' });
    expect(page.byTopic.columns).toEqual([tax('legal').id, tax('language').id]);
    expect(page.byTopic.rows).toEqual([[{ value: null, mark: 'hidden' }, { value: null, mark: 'small' }]]);
    expect(page.monthTotals).toEqual([{ value: 10, mark: 'shown' }]);
    // 3 answered, 7 not: the 3 is small, and the share (30 %) would tell it, so both are suppressed.
    expect(page.answeredInCall.mark).toBe('small');
    expect(page.answeredShare.mark).toBe('hidden');
    expect(page.callsByChannel).toEqual([{ channelId: tax('channel.flyer').id, calls: { value: 10, mark: 'shown' }, outreachCount: 0 }]);
    // No 2, 3 or 8 anywhere in what the page receives (10 and the ids aside).
    const numbers = JSON.stringify({ ...page, byTopic: page.byTopic.rows, byRouting: page.byRouting.rows, callsByChannel: page.callsByChannel.map((c) => c.calls) }).match(/\d+/g) ?? [];
    expect(numbers.filter((n) => ['2', '3', '8'].includes(n))).toEqual([]);

    const file = await t.must('hotline.indicatorsExport', { ...NOVEMBER, texts: TEXTS, labels: { [tax('legal').id]: 'Recht', [tax('language').id]: 'Sprache' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const rows = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows('Themen')).toEqual([
      ['Monat', 'Recht', 'Sprache', 'Summe'],
      ['2026-11', 'x', '< 5', 10],
    ]);
    expect(rows('Übersicht')).toContainEqual(['Anrufe', 10]);
    expect(rows('Übersicht')).toContainEqual(['Beantwortet', '< 5']);
  });

  it('follows the threshold an admin sets', async () => {
    await tenCalls();
    await t.must('session.logout', {});
    await loginAdmin(t);
    const settings = await t.must('reports.settingsGet', {});
    await t.must('reports.settingsSave', { smallCountThreshold: 3, version: settings.version });
    await t.must('session.logout', {});
    await signIn(t, HANNA);
    const page = await t.must('hotline.indicatorsPublished', NOVEMBER);
    expect(page.threshold).toBe(3);
    // 3 of 10 answered is no longer small; the 2 still is, and the 8 still hides it.
    expect(page.answeredInCall).toEqual({ value: 3, mark: 'shown' });
    expect(page.byTopic.rows[0]!.map((c) => c.mark)).toEqual(['hidden', 'small']);
  });
});
