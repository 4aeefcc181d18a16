import { format, parseISO } from 'date-fns';
import Papa from 'papaparse';

/**
 * CSV the way German Excel opens it by double-click: `;` between fields (Excel takes the list
 * separator of the German locale), a comma before decimals, dates as dd.MM.yyyy, UTF-8 with a
 * byte-order mark (else Excel reads Windows-1252 and breaks Arabic names) and CRLF line ends.
 * Written by papaparse (quoting, and a leading `'` on text that would start a formula).
 */
export function germanExcelCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? germanNumber(cell) : cell)));
  return '\uFEFF' + Papa.unparse(cells, { delimiter: ';', newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

/** A number with a decimal comma and no thousands separator (Excel reads `1.234` as a date or 1234). */
export function germanNumber(value: number, fractionDigits?: number): string {
  return new Intl.NumberFormat('de-DE', {
    useGrouping: false,
    ...(fractionDigits === undefined ? { maximumFractionDigits: 6 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }),
  }).format(value);
}

/** `2026-11-23` → `23.11.2026`; `2026-11-23T10:00` → `23.11.2026 10:00` (wall-clock values, no time zone). */
export function germanDate(local: string): string {
  return local.length > 10 ? format(parseISO(local), 'dd.MM.yyyy HH:mm') : format(parseISO(local), 'dd.MM.yyyy');
}
