import type { Cell, DataTable } from './table';

/**
 * CSV for Dutch Excel: UTF-8 with a byte order mark (so Excel reads é and ’ right), `;` between
 * fields (Dutch Excel's list separator), CRLF line ends, dates as dd-mm-jjjj and a decimal comma.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** Cells starting with these characters would run as a formula in a spreadsheet (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise formula-like text with a leading single quote: the spreadsheet shows it as text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** "2026-03-05" (or a longer ISO string) → "05-03-2026". */
export function formatDateNl(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** A number with a decimal comma and no thousands separator ("1234,5"); never in exponent notation. */
export function formatDecimalNl(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(10).replace(/0+$/, '').replace(/\.$/, '').replace('.', ',');
}

/**
 * One field. Numbers and days are written by this module and cannot hold a formula; all text is
 * neutralised, then quoted when it holds a separator, a quote or a line break.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatDecimalNl(cell);
  if (typeof cell === 'object') return formatDateNl(cell.day);
  const text = neutralise(cell);
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(CSV_SEPARATOR);
}

/** The whole file: BOM, a heading line, then one line per row, each ending in CRLF. */
export function toCsv(table: Pick<DataTable, 'columns' | 'rows'>): string {
  const lines = [csvLine(table.columns), ...table.rows.map(csvLine)];
  return CSV_BOM + lines.join(CSV_NEWLINE) + CSV_NEWLINE;
}
