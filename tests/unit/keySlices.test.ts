// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCode } from '../../src/domain/order';
import { type KeySlice, keyEdges, keySlices } from '../../src/exchange/keySlices';

/** Whether `key` lies in `slice`: what the export's reader asks IndexedDB for (readRange). */
function inSlice(key: string, s: KeySlice): boolean {
  if (s.from !== null && (s.after ? key <= s.from : key < s.from)) return false;
  return s.to === null || key < s.to;
}

/**
 * Issue 12: the export reads a table in key slices, several at a time. Whatever the keys look like,
 * the slices must hold every key exactly once and come in key order, or a record would be missing
 * from the file, or written twice, or out of order.
 */
describe('key slices for reading a table in parallel (src/exchange/keySlices.ts)', () => {
  const count = fc.oneof(fc.integer({ min: -3, max: 300 }), fc.integer({ min: 300, max: 1200 }), fc.double());
  const key = fc.oneof(
    fc.uuid(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...'0123456789abcdef') }),
    fc.constantFrom('', 'f', 'ffff', 'fffff', '0', 'A'),
  );

  it('the edges go up, for any count up to the most slices (16^4)', () => {
    for (const n of [70_000, 65_536, 65_535, 4097, 4096, 257, 256]) {
      const edges = keyEdges(n);
      expect(edges.length).toBe(Math.min(n, 65_536) - 1);
      expect(edges.every((e, i) => i === 0 || edges[i - 1]! < e)).toBe(true);
    }
  });

  it('every key is in exactly one slice, and the slices come in key order', () => {
    fc.assert(
      fc.property(count, fc.array(key, { maxLength: 40 }), (n, keys) => {
        const edges = keyEdges(n);
        expect(edges.every((e, i) => i === 0 || byCode(edges[i - 1]!, e) === -1)).toBe(true);
        const slices = keySlices(edges);
        expect(slices.length).toBe(edges.length + 1);
        const inOrder = [...keys].sort(byCode);
        // Reading the slices one after the other gives every key once, in key order.
        expect(slices.flatMap((s) => inOrder.filter((k) => inSlice(k, s)))).toEqual(inOrder);
      }),
    );
  });

  it('about n slices of about equal size for random ids (crypto.randomUUID)', () => {
    for (const n of [2, 3, 16, 17, 50, 256, 500, 4096]) {
      const slices = keySlices(keyEdges(n));
      expect(slices.length).toBe(n);
      const ids = Array.from({ length: n * 100 }, () => crypto.randomUUID()).sort(byCode);
      // One pass over the sorted ids: slice by slice.
      const sizes: number[] = [];
      let at = 0;
      for (const s of slices) {
        const from = at;
        while (at < ids.length && inSlice(ids[at]!, s)) at++;
        sizes.push(at - from);
      }
      expect(at).toBe(ids.length);
      // 100 expected per slice: none under half that, none over twice.
      expect(Math.min(...sizes)).toBeGreaterThan(50);
      expect(Math.max(...sizes)).toBeLessThan(200);
    }
  });

  it('a slice that starts after a key leaves that key out (the rest of a full read)', () => {
    const rest = { from: 'abc', after: true, to: 'b' };
    expect(['abc', 'abc0', 'abd', 'b'].filter((k) => inSlice(k, rest))).toEqual(['abc0', 'abd']);
  });
});
