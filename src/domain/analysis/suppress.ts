/**
 * Small-group suppression, in one place for every output (coordinator screens, CSV, XLSX,
 * `buurtstem report`, the evaluation, "Wat we hoorden" and the agenda results).
 *
 *  - Primary: a count of 1 to k−1 people is never shown, but as "<k" (`fewerThan`).
 *  - Complementary (secondary): a hidden count must not be recoverable from the shown cells of its
 *    row, column or totals ("all buurten 9, one buurt 7, the only other buurt hidden" gives 2). So
 *    every output describes its table as cells plus the sums that hold between them (`SumRule`),
 *    and `protect` hides further cells, shown as "x", until no hidden cell is determined by the
 *    shown ones: no linear combination of the sums isolates it (checked by exact elimination).
 *  - A zero discloses no small group and stays 0 (it is never primary).
 *  - k is never below MIN_GROUP_SIZE: the process schema refuses a smaller k (so no imported
 *    bundle or configuration file can lower it) and the database lifts an older stored value
 *    (`effectiveK` in src/db/processes.ts); the functions here take k as given.
 */

/** The smallest k any output uses: a configuration may raise it, never lower it. */
export const MIN_GROUP_SIZE = 5;

/** k as every output uses it: the configured value, but never below MIN_GROUP_SIZE. */
export function effectiveK(configured: number | undefined): number {
  return Number.isFinite(configured)
    ? Math.max(MIN_GROUP_SIZE, Math.floor(configured as number))
    : MIN_GROUP_SIZE;
}

/** A count that is primary-suppressed: 1 to k−1 people (0 is shown as 0). */
export function isSuppressed(count: number, k: number): boolean {
  return count > 0 && count < k;
}

/** The one "fewer than k" text of every output: "<5". */
export function fewerThan(k: number): string {
  return `<${k}`;
}

/** The mark of a cell hidden only so that a small group elsewhere cannot be worked out. */
export const COMPLEMENT_MARK = 'x';

/** How a cell is hidden: 'small' shows "<k", 'complement' shows "x". */
export type Hidden = 'small' | 'complement' | null;

/** A count as shown: the number, "<k", or "x". */
export function shownCount(
  count: number,
  k: number,
  hidden: Hidden = isSuppressed(count, k) ? 'small' : null,
) {
  if (hidden === 'small') return fewerThan(k);
  if (hidden === 'complement') return COMPLEMENT_MARK;
  return count;
}

/** The text of a hidden cell, or null when the cell is shown. */
export function hiddenText(hidden: Hidden, k: number): string | null {
  return hidden === 'small' ? fewerThan(k) : hidden === 'complement' ? COMPLEMENT_MARK : null;
}

// ---------------------------------------------------------------- complementary suppression

/** `total` equals the sum of `parts` (cell ids). A total may itself be a part of another rule. */
export interface SumRule {
  total: string;
  parts: readonly string[];
}

export interface SuppressionTable {
  /** Every cell's true count, by id. */
  cells: ReadonlyMap<string, number>;
  /** The sums that hold between the cells (rows, columns, grand total, nested totals). */
  rules: readonly SumRule[];
  /** Cells that are never hidden as a complement (e.g. an overall result); primary still applies. */
  fixed?: ReadonlySet<string>;
}

/** Which cells are hidden and why. */
export type Suppression = Map<string, Exclude<Hidden, null>>;

const EPS = 1e-9;

/** One sum rule as a row of coefficients over the hidden cells (shown cells are known numbers). */
function equations(rules: readonly SumRule[], hidden: ReadonlySet<string>, column: Map<string, number>) {
  const rows: number[][] = [];
  for (const r of rules) {
    const row = new Array<number>(column.size).fill(0);
    let any = false;
    const put = (id: string, c: number) => {
      const j = column.get(id);
      if (j === undefined || !hidden.has(id)) return;
      row[j]! += c;
      any = true;
    };
    put(r.total, 1);
    for (const p of r.parts) put(p, -1);
    if (any) rows.push(row);
  }
  return rows;
}

/**
 * The hidden cells whose value follows from the shown cells and the sums: those whose unit vector
 * lies in the row space of the equations over the hidden cells (reduced row echelon form: a row
 * with a single non-zero entry pins that cell).
 */
export function determinedCells(
  table: Pick<SuppressionTable, 'rules'>,
  hidden: ReadonlySet<string>,
): string[] {
  const ids = [...hidden];
  const column = new Map(ids.map((id, j) => [id, j]));
  const m = equations(table.rules, hidden, column);
  const n = ids.length;
  let rank = 0;
  for (let col = 0; col < n && rank < m.length; col++) {
    let pivot = -1;
    for (let i = rank; i < m.length; i++) if (Math.abs(m[i]![col]!) > EPS) pivot = pivot < 0 ? i : pivot;
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    const p = m[rank]!;
    const f = p[col]!;
    for (let j = 0; j < n; j++) p[j]! /= f;
    for (let i = 0; i < m.length; i++) {
      if (i === rank) continue;
      const row = m[i]!;
      const g = row[col]!;
      if (Math.abs(g) <= EPS) continue;
      for (let j = 0; j < n; j++) row[j]! -= g * p[j]!;
    }
    rank++;
  }
  const out: string[] = [];
  for (let i = 0; i < rank; i++) {
    const nonZero = m[i]!.flatMap((v, j) => (Math.abs(v) > EPS ? [j] : []));
    if (nonZero.length === 1) out.push(ids[nonZero[0]!]!);
  }
  return out;
}

/** Groups of rules that share cells: each group is solved on its own (small systems). */
function components(rules: readonly SumRule[]): SumRule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  rules.forEach((r, i) => {
    for (const id of [r.total, ...r.parts]) {
      const o = owner.get(id);
      if (o === undefined) owner.set(id, i);
      else parent[find(i)] = find(o);
    }
  });
  const groups = new Map<number, SumRule[]>();
  rules.forEach((r, i) => {
    const g = find(i);
    groups.set(g, [...(groups.get(g) ?? []), r]);
  });
  return [...groups.values()];
}

/**
 * Primary and complementary suppression of a table. Primary: every cell of 1 to k−1. Then, while
 * some hidden cell can be worked out, one more cell of a rule that holds it is hidden: the smallest
 * positive shown cell (least information lost), else a shown zero, never a fixed cell. Ends
 * because every round hides one more cell.
 */
export function protect(table: SuppressionTable, k: number): Suppression {
  const out: Suppression = new Map();
  for (const [id, v] of table.cells) if (isSuppressed(v, k)) out.set(id, 'small');
  const value = (id: string) => table.cells.get(id) ?? 0;
  for (const rules of components(table.rules)) {
    const local = new Set<string>();
    for (const r of rules) for (const id of [r.total, ...r.parts]) if (out.has(id)) local.add(id);
    if (!local.size) continue;
    for (;;) {
      const determined = determinedCells({ rules }, local);
      if (!determined.length) break;
      const target = determined[0]!;
      const near = rules.filter((r) => r.total === target || r.parts.includes(target));
      const pick = (pool: readonly SumRule[]) => {
        let best: string | undefined;
        for (const r of pool) {
          for (const id of [r.total, ...r.parts]) {
            if (local.has(id) || table.fixed?.has(id)) continue;
            const v = value(id);
            const b = best === undefined ? undefined : value(best);
            // Positive cells first (a hidden zero protects little), then the smallest.
            if (b === undefined || (b === 0 && v > 0) || (v > 0 && v < b)) best = id;
          }
        }
        return best;
      };
      const next = pick(near) ?? pick(rules);
      if (next === undefined) break; // everything that may be hidden is: nothing more to do
      local.add(next);
      out.set(next, 'complement');
    }
  }
  return out;
}

/** Helper for one-dimensional lists with a shown total: parts and their total as a table. */
export function listTable(parts: ReadonlyMap<string, number>, totalId = '__total__'): SuppressionTable {
  const cells = new Map(parts);
  let sum = 0;
  for (const v of parts.values()) sum += v;
  cells.set(totalId, sum);
  return { cells, rules: [{ total: totalId, parts: [...parts.keys()] }] };
}

/** A count as shown without complements (kept for callers that show a single figure). */
export const suppressCount = (count: number, k: number) => shownCount(count, k);

/**
 * The text of a figure derived from a hidden count or base (a share, an index): "<k" or "x" as
 * the count it hides, or null when it may be shown.
 */
export function hiddenCellText(c: { suppressed: boolean; hidden: Hidden; baseHidden: Hidden }, k: number) {
  return c.suppressed ? hiddenText(c.hidden ?? c.baseHidden ?? 'small', k) : null;
}
