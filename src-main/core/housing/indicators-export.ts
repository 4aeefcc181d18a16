import ExcelJS from 'exceljs';
import type { FileDownload } from '../../contract/files';
import type { HousingIndicators } from '../../contract/housing';
import { uniqueSheetName, workbookDownload } from '../exports/file-download';

/** Headings in the user's language, sent by the renderer (the core holds no translations). */
export type ExportTexts = Record<string, string>;

/**
 * The indicators as an XLSX workbook, one sheet per table. Aggregated figures only: no
 * household, reference or name ever reaches this file.
 */
export async function indicatorsWorkbook(data: HousingIndicators, texts: ExportTexts, rightToLeft: boolean, fileName: string): Promise<FileDownload> {
  const tx = (key: string) => texts[key] ?? key;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brücke';
  const taken = new Set<string>();
  const sheet = (titleKey: string, head: string[], rows: (string | number | null)[][], note?: string) => {
    const ws = workbook.addWorksheet(uniqueSheetName(tx(titleKey), taken), { views: [{ rightToLeft, state: 'frozen', ySplit: 1 }] });
    ws.addRow(head.map(tx)).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    if (note) {
      ws.addRow([]);
      ws.addRow([note]);
    }
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 36 : 16));
    return ws;
  };
  sheet('keyFigures', ['keyFigures', ''], [
    [tx('occupancy'), data.occupancy.occupied],
    [tx('beds'), data.occupancy.beds],
    [tx('medianMonths'), data.medianMonthsInAccommodation],
  ]);
  sheet('moveOutsPerQuarter', ['quarter', 'households', 'people'], data.moveOutsPerQuarter.map((q) => [q.quarter, q.households, q.people]));
  sheet('pipeline', ['stage', 'cases'], data.pipeline.map((p) => [tx(`stage.${p.stage}`), p.cases]));
  sheet('daysPerStage', ['stage', 'medianDays'], data.medianDaysPerStage.map((p) => [tx(`stage.${p.stage}`), p.days]));
  sheet('daysPerActor', ['actor', 'requests', 'totalDays'], data.daysPerActor.map((a) => [tx(`actor.${a.actor}`), a.requests, a.days]));
  sheet('forecast', ['month', 'fromLeases', 'estimated'], data.forecast.map((f) => [f.month, f.fromSignedLeases, f.estimated]), texts.forecastMethod);
  return workbookDownload(workbook, fileName);
}
