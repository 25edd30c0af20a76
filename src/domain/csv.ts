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
/**
 * Look-alikes a spreadsheet or a later clean-up (NFKC, "replace full-width") may turn into a formula
 * start: the minus sign, heavy plus/minus, dashes and hyphens. Full-width, small and super/subscript
 * forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫ ⁺ ₌ …) are found through NFKC.
 */
const LOOKALIKE_START = /^[\u2010-\u2015\u2212\u2795\u2796\u2797\u02d7\u2e3a\u2e3b\ufe58]/;
/** Invisible characters a cell may start with before the formula character. */
const INVISIBLE_START =
  /^[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]+/;

/** True when a text would start a formula, also through an invisible prefix or a look-alike. */
export function looksLikeFormula(text: string): boolean {
  const visible = text.replace(INVISIBLE_START, '');
  if (visible !== text && visible === '') return false;
  const first = Array.from(visible.slice(0, 2))[0] ?? '';
  return (
    FORMULA_START.test(visible) || LOOKALIKE_START.test(first) || FORMULA_START.test(first.normalize('NFKC'))
  );
}

/** NUL ends a text in many programs (a cell would be cut there, or the file read as binary). */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

/** Neutralise formula-like text with a leading single quote: the spreadsheet shows it as text. */
export function neutralise(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
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
  const text = neutralise(withoutNul(cell));
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
