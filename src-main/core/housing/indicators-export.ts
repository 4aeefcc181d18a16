import ExcelJS from 'exceljs';
import type { FileDownload } from '../../contract/files';
import type { ReportCell } from '../../contract';
import type { HousingIndicatorsView } from '../../contract/housing';
import { uniqueSheetName, workbookDownload } from '../exports/file-download';

/** Headings in the user's language, sent by the renderer (the core holds no translations). */
export type ExportTexts = Record<string, string>;

/**
 * The indicators as an XLSX workbook, one sheet per table, small counts suppressed as on the page.
 * Aggregated figures only: no household, reference or name ever reaches this file.
 */
export async function indicatorsWorkbook(data: HousingIndicatorsView, texts: ExportTexts, rightToLeft: boolean, fileName: string): Promise<FileDownload> {
  const tx = (key: string) => texts[key] ?? key;
  // Numbers stay numbers; a suppressed cell is written as the page shows it ("< 5", "x").
  const c = (cell: ReportCell): number | string => (cell.mark === 'shown' ? cell.value! : tx(cell.mark));
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
    [tx('occupancy'), c(data.occupancy.occupied)],
    [tx('beds'), data.occupancy.beds],
    [tx('medianMonths'), data.medianMonthsInAccommodation],
    [tx('suppressionNote')],
  ]);
  sheet('moveOutsPerQuarter', ['quarter', 'households', 'people'], data.moveOutsPerQuarter.map((q) => [q.quarter, c(q.households), c(q.people)]));
  sheet('pipeline', ['stage', 'cases'], data.pipeline.map((p) => [tx(`stage.${p.stage}`), c(p.cases)]));
  sheet('daysPerStage', ['stage', 'medianDays'], data.medianDaysPerStage.map((p) => [tx(`stage.${p.stage}`), p.days]));
  sheet('daysPerActor', ['actor', 'requests', 'totalDays'], data.daysPerActor.map((a) => [tx(`actor.${a.actor}`), c(a.requests), c(a.days)]));
  sheet('forecast', ['month', 'fromLeases', 'estimated'], data.forecast.map((f) => [f.month, c(f.fromSignedLeases), f.estimated]), texts.forecastMethod);
  return workbookDownload(workbook, fileName);
}
