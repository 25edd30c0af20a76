/**
 * A table ready for export (CSV or XLSX). Cells are typed so each format writes them in its own way:
 * text, a number (a decimal comma in CSV, a number cell in XLSX), a calendar day, or empty.
 */
export type Cell = string | number | { day: string } | null;

export interface DataTable {
  /** File name without extension ("inbreng"). */
  name: string;
  /** Sheet name in a workbook ("Inbreng"). */
  sheet: string;
  columns: string[];
  rows: Cell[][];
}

export const dayCell = (isoDay: string): Cell => ({ day: isoDay.slice(0, 10) });
