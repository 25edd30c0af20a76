import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPLEMENT_MARK,
  determinedCells,
  effectiveK,
  fewerThan,
  isSuppressed,
  listTable,
  protect,
  type SumRule,
  type SuppressionTable,
  shownCount,
} from '../../src/domain/analysis/suppress';

/**
 * A table of r rows × c columns with row totals, column totals and a grand total, as an analyst
 * sees it in a CSV: every rule a sum.
 */
function grid(values: number[][]): SuppressionTable {
  const cells = new Map<string, number>();
  const rules: SumRule[] = [];
  const r = values.length;
  const c = values[0]!.length;
  let grand = 0;
  for (let i = 0; i < r; i++) {
    let row = 0;
    for (let j = 0; j < c; j++) {
      cells.set(`${i},${j}`, values[i]![j]!);
      row += values[i]![j]!;
    }
    cells.set(`${i},T`, row);
    grand += row;
    rules.push({ total: `${i},T`, parts: Array.from({ length: c }, (_, j) => `${i},${j}`) });
  }
  for (let j = 0; j < c; j++) {
    let col = 0;
    for (let i = 0; i < r; i++) col += values[i]![j]!;
    cells.set(`T,${j}`, col);
    rules.push({ total: `T,${j}`, parts: Array.from({ length: r }, (_, i) => `${i},${j}`) });
  }
  cells.set('T,T', grand);
  rules.push({ total: 'T,T', parts: Array.from({ length: r }, (_, i) => `${i},T`) });
  rules.push({ total: 'T,T', parts: Array.from({ length: c }, (_, j) => `T,${j}`) });
  return { cells, rules };
}

/**
 * An independent check, written apart from the module's solver: exact rank with BigInt
 * (fraction-free elimination). A hidden cell is determined exactly when adding its unit vector to
 * the equations over the hidden cells does not raise the rank.
 */
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => [...r]);
  const n = m[0]?.length ?? 0;
  let rk = 0;
  for (let col = 0; col < n && rk < m.length; col++) {
    const p = m.findIndex((row, i) => i >= rk && row[col] !== 0n);
    if (p < 0) continue;
    [m[rk], m[p]] = [m[p]!, m[rk]!];
    for (let i = rk + 1; i < m.length; i++) {
      const a = m[rk]![col]!;
      const b = m[i]![col]!;
      if (b === 0n) continue;
      m[i] = m[i]!.map((v, j) => v * a - m[rk]![j]! * b);
    }
    rk++;
  }
  return rk;
}

function recoverable(table: SuppressionTable, hidden: Set<string>): string[] {
  const ids = [...hidden];
  const rows: bigint[][] = [];
  for (const r of table.rules) {
    const row = ids.map((id) => (r.total === id ? 1n : 0n) - BigInt(r.parts.filter((p) => p === id).length));
    if (row.some((v) => v !== 0n)) rows.push(row);
  }
  const base = rank(rows);
  return ids.filter((id) => rank([...rows, ids.map((x) => (x === id ? 1n : 0n))]) === base);
}

// Many small values, so that tables have several cells under k in one row or column.
const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 }));
const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([r, c]) =>
    fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );

describe('complementary suppression', () => {
  it('the example from the review: all buurten 9, one buurt 7, the other buurt 2 → both hidden', () => {
    const t = listTable(
      new Map([
        ['a', 7],
        ['b', 2],
      ]),
    );
    const s = protect(t, 5);
    expect(s.get('b')).toBe('small');
    expect(s.get('a')).toBe('complement');
    expect(s.has('__total__')).toBe(false);
    expect(determinedCells(t, new Set(s.keys()))).toEqual([]);
  });

  it('no hidden cell of a random table can be worked out from its shown rows, columns and totals', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 5, max: 8 }), (values, k) => {
        const t = grid(values);
        const s = protect(t, k);
        const hidden = new Set(s.keys());
        // Every small count is hidden as small, nothing else is "small".
        for (const [id, v] of t.cells) {
          if (v > 0 && v < k) expect(s.get(id)).toBe('small');
          if (s.get(id) === 'small') expect(v > 0 && v < k).toBe(true);
        }
        // The independent exact check finds no determined hidden cell, nor does the module.
        expect(recoverable(t, hidden)).toEqual([]);
        expect(determinedCells(t, hidden)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('the independent check does see a recoverable cell when only primary suppression is used', () => {
    const t = grid([
      [9, 2],
      [8, 7],
    ]);
    expect(recoverable(t, new Set(['0,1']))).toEqual(['0,1']);
  });

  it('fixed cells are never hidden as a complement', () => {
    fc.assert(
      fc.property(table, (values) => {
        const t = grid(values);
        const s = protect({ ...t, fixed: new Set(['T,T']) }, 5);
        expect(s.get('T,T') === 'complement').toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('k and the one "fewer than k" text', () => {
  it('k is never below 5, whatever is configured', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 100 }), fc.constant(Number.NaN)), (k) => {
        expect(effectiveK(k)).toBeGreaterThanOrEqual(5);
        if (k >= 5) expect(effectiveK(k)).toBe(k);
      }),
    );
    expect(fewerThan(5)).toBe('<5');
    expect(fewerThan(7)).toBe('<7');
    expect(isSuppressed(0, 5)).toBe(false);
    expect(isSuppressed(4, 5)).toBe(true);
  });

  it('a zero is shown as 0, small counts as "<k", complements as "x"', () => {
    expect(shownCount(0, 5)).toBe(0);
    expect(shownCount(4, 5)).toBe('<5');
    expect(shownCount(5, 5)).toBe(5);
    expect(shownCount(30, 5, 'complement')).toBe(COMPLEMENT_MARK);
  });
});
