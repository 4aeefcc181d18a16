import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract';
import type { TestCore } from '../testing/test-core';
import { hotlineCore, newEmployer, taxonomyByKey } from '../testing/hotline-fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await hotlineCore();
});
afterEach(() => t.cleanup());

const TEXTS: InputOf<'hotline.indicatorsExport'>['texts'] = {
  sheetSummary: 'Übersicht',
  sheetTopics: 'Anrufe je Monat nach Thema und mehr als 31 Zeichen',
  sheetRouting: 'Weiterleitung/Monat',
  sheetChannels: 'Kanäle',
  measure: 'Kennzahl',
  value: 'Wert',
  from: 'Von',
  to: 'Bis',
  totalCalls: 'Anrufe',
  answeredInCall: 'Im Gespräch beantwortet',
  followedUp: 'Mit erledigter Nachverfolgung',
  averageDays: 'Tage bis zur Nachverfolgung',
  openFollowUps: 'Offen',
  overdueFollowUps: 'Überfällig',
  month: 'Monat',
  channel: 'Kanal',
  calls: 'Anrufe',
  outreachCount: 'Verteilt',
  notRouted: 'Nicht weitergeleitet',
  unknown: 'Unbekannt',
  total: 'Summe',
  small: '< 5',
  hidden: 'x',
  fewCases: 'n < 5',
  none: '–',
  suppressionNote: '„< 5“: weniger als 5 Fälle',
};

const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));

describe('the indicators export', () => {
  it('writes the period’s aggregated indicators as a workbook, small counts suppressed, with no name or free text in it', async () => {
    const tax = await taxonomyByKey(t);
    const employer = await newEmployer(t, 'Gasthof Emsblick');
    const call = (over: { routingId: number | null; answeredInCall: boolean }) => ({
      draftId: null,
      followUp: null,
      call: {
        employerId: employer.id,
        callerName: 'Frau Köster',
        callerRole: 'Personalleitung',
        employeeRef: 'A. K.',
        topicId: tax('legal').id,
        subtopicId: null,
        question: 'Geheime Frage zur Duldung',
        answer: 'Vertrauliche Antwort',
        urgency: 'normal' as const,
        handoverNote: 'Übergabenotiz',
        heardViaId: tax('channel.flyer').id,
        ...over,
      },
    });
    await t.must('hotline.callLog', call({ routingId: tax('routing.foreignersAuthority').id, answeredInCall: false }));
    await t.must('hotline.callLog', call({ routingId: null, answeredInCall: true }));
    await t.must('hotline.outreachSave', {
      id: null,
      outreach: { kind: 'flyer', place: 'Stadthalle', channelId: tax('channel.flyer').id, count: 120, date: '2026-11-02', notes: '' },
    });

    const labels = {
      [tax('legal').id]: 'Rechtliches',
      [tax('routing.foreignersAuthority').id]: 'Ausländerbehörde',
      [tax('channel.flyer').id]: 'Flyer',
    };
    const file = await t.must('hotline.indicatorsExport', { from: '2026-11-01', to: '2026-11-30', texts: TEXTS, labels });
    expect(file.fileName).toBe('hotline-indicators-2026-11-01-2026-11-30.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Übersicht', 'Anrufe je Monat nach Thema und', 'Weiterleitung Monat', 'Kanäle']);
    const [summary, topics, routing, channels] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(rowsOf(summary)).toEqual([
      ['Kennzahl', 'Wert'],
      ['Von', '2026-11-01'],
      ['Bis', '2026-11-30'],
      // Two calls: every count of them is below the threshold of 5; zero names nobody and is shown.
      ['Anrufe', '< 5'],
      ['Im Gespräch beantwortet', '< 5'],
      ['Mit erledigter Nachverfolgung', 0],
      ['Tage bis zur Nachverfolgung', '–'],
      ['Offen', 0],
      ['Überfällig', 0],
      ['„< 5“: weniger als 5 Fälle'],
    ]);
    expect(rowsOf(topics)).toEqual([
      ['Monat', 'Rechtliches', 'Summe'],
      ['2026-11', '< 5', '< 5'],
    ]);
    expect(rowsOf(routing)).toEqual([
      ['Monat', 'Nicht weitergeleitet', 'Ausländerbehörde', 'Summe'],
      ['2026-11', '< 5', '< 5', '< 5'],
    ]);
    expect(rowsOf(channels)).toEqual([
      ['Kanal', 'Anrufe', 'Verteilt'],
      // Outreach counts flyers handed out, not people: shown as it is.
      ['Flyer', '< 5', 120],
    ]);

    // Aggregates only: nothing typed about a person or a company is in the file.
    const everything = JSON.stringify(workbook.worksheets.map(rowsOf));
    for (const secret of ['Köster', 'Emsblick', 'A. K.', 'Geheime', 'Vertrauliche', 'Übergabenotiz', 'Stadthalle']) expect(everything).not.toContain(secret);

    // A period without calls still gives a valid workbook.
    const empty = await t.must('hotline.indicatorsExport', { from: '2025-01-01', to: '2025-01-31', texts: TEXTS, labels: {} });
    await new ExcelJS.Workbook().xlsx.load(Buffer.from(empty.base64, 'base64') as unknown as ArrayBuffer);
  });
});
