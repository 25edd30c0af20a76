import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../src/domain/jsonEqual';

/**
 * jsonEqual (src/domain/jsonEqual.ts) decides which stored records a full-merge re-import leaves
 * alone: it must say "same" exactly when the two values are the same JSON, whatever the key order.
 */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

/** The same value with every object's keys in reverse order. */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reordered(x)]),
    );
  return v;
}

describe('jsonEqual', () => {
  it('agrees with comparing canonical JSON texts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(jsonEqual(a, b)).toBe(canonical(a) === canonical(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('a value equals itself with its keys in another order, and a changed copy does not', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), (a) => {
        expect(jsonEqual(a, reordered(a))).toBe(true);
        const [k] = Object.keys(a);
        expect(jsonEqual(a, { ...a, [k!]: { changed: a[k!] ?? null } })).toBe(false);
      }),
    );
  });

  it('a key holding undefined counts as absent; `skip` is left out at the top only', () => {
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, localSeq: 3 }, { a: 1, localSeq: 9 }, 'localSeq')).toBe(true);
    expect(jsonEqual({ a: 1, localSeq: 3 }, { a: 1 }, 'localSeq')).toBe(true);
    expect(jsonEqual({ a: { localSeq: 3 } }, { a: { localSeq: 9 } }, 'localSeq')).toBe(false);
    expect(jsonEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
  });
});
