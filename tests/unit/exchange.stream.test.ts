import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { unlinkableOrder } from '../../src/domain/contact';
import type { Version } from '../../src/domain/merge';
import { sha256Hex } from '../../src/exchange/bytes';
import { EXCHANGE_TABLES, type ExchangeTable } from '../../src/exchange/format';
import type { TableVersions } from '../../src/exchange/read';
import { type BundleInput, BundleStream, buildBundleText } from '../../src/exchange/write';

/**
 * Issue 12 item 4: the export writes its file piece by piece (BundleStream) and hashes as it goes;
 * the file must be byte for byte the one buildBundleText makes of the same records (format and
 * checksum unchanged), however the records of a table are cut into slices. buildBundleText is
 * BundleStream with whole tables, so both are also held to the format written out in one piece
 * (`oneText`: JSON.stringify of the whole payload, its SHA-256 in the header).
 */
vi.setConfig({ testTimeout: 60_000 });

const version = fc.record({
  id: fc.uuid(),
  createdAt: fc.constant('2026-03-02T10:00:00.000Z'),
  updatedAt: fc.constant('001772445600000.0000.tablet'),
  deviceId: fc.constant('tablet'),
  rev: fc.nat(5),
  deleted: fc.boolean(),
  // Any text: accents, emoji (surrogate pairs), quotes, control characters, lone surrogates.
  text: fc.string({ unit: 'binary', maxLength: 300 }),
  themeIds: fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 3 }),
  agreeCount: fc.option(fc.integer(), { nil: undefined }),
});

const section = fc.dictionary(
  fc.constantFrom(...EXCHANGE_TABLES),
  fc.array(version, { maxLength: 40 }) as fc.Arbitrary<Version[]>,
) as fc.Arbitrary<TableVersions>;

const base: Omit<BundleInput, 'records' | 'conflicts'> = {
  kind: 'device',
  device: { id: 'tablet', label: 'Tablet één' },
  processId: null,
  exportSeq: 3,
  range: { fromSeq: 1, toSeq: 9 },
  exportedAt: '2026-03-02T12:00:00.000Z',
};

function streamed(records: TableVersions, conflicts: TableVersions, cuts: number[]) {
  const s = new BundleStream();
  let c = 0;
  const feed = (sec: TableVersions) => {
    for (const t of EXCHANGE_TABLES as readonly ExchangeTable[]) {
      const list = sec[t] ?? [];
      if (t === 'contacts') {
        s.add(t, list);
        continue;
      }
      for (let i = 0; i < list.length; ) {
        const n = 1 + ((cuts[c++ % Math.max(1, cuts.length)] ?? 0) % 7);
        s.add(t, list.slice(i, i + n));
        i += n;
      }
    }
  };
  feed(records);
  s.conflicts();
  feed(conflicts);
  return s.finish(base);
}

/** The bundle as one JSON.stringify of its payload would make it (the format, docs/FORMAT.md). */
async function oneText(header: { sha256: string }, records: TableVersions, conflicts: TableVersions) {
  const ordered = (sec: TableVersions) => {
    const out: Record<string, Version[]> = {};
    for (const t of EXCHANGE_TABLES) {
      const list = t === 'contacts' && sec[t] ? unlinkableOrder(sec[t]) : sec[t];
      if (list?.length) out[t] = list;
    }
    return out;
  };
  const payload = JSON.stringify({ records: ordered(records), conflicts: ordered(conflicts) });
  return {
    sha256: await sha256Hex(payload),
    text: `{"header":${JSON.stringify(header)},"payload":${payload}}`,
  };
}

/** A contribution-like record `i` with `text`. */
const row = (i: number, text: string) =>
  ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '001772445600000.0000.tablet',
    deviceId: 'tablet',
    rev: 1,
    deleted: false,
    text,
  }) as unknown as Version;

const joined = (pieces: Uint8Array[]) => {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('BundleStream', () => {
  it('makes byte for byte the file buildBundleText makes, checksum included', async () => {
    await fc.assert(
      fc.asyncProperty(
        section,
        section,
        fc.array(fc.nat(), { maxLength: 20 }),
        async (records, conflicts, cuts) => {
          const whole = await buildBundleText({ ...base, records, conflicts });
          const s = streamed(records, conflicts, cuts);
          expect(s.header).toEqual(whole.header);
          expect(s.total).toBe(whole.total);
          expect(joined(s.pieces)).toEqual(new TextEncoder().encode(whole.text));
          expect(s.text()).toBe(whole.text);
          const one = await oneText(whole.header, records, conflicts);
          expect(whole.header.sha256).toBe(one.sha256);
          expect(whole.text).toBe(one.text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the same for a file larger than one piece (64 kB)', async () => {
    const list = Array.from({ length: 3000 }, (_, i) =>
      row(i, `Inbreng ${i}: meer bankjes 🪑 en een plek om elkaar te ontmoeten, zegt één bewoner`),
    );
    const whole = await buildBundleText({ ...base, records: { contributions: list }, conflicts: {} });
    const s = streamed({ contributions: list }, {}, [500, 1999, 3]);
    expect(s.pieces.length).toBeGreaterThan(3);
    expect(s.header.sha256).toBe(whole.header.sha256);
    expect(s.text()).toBe(whole.text);
  });

  it('the same with slices large enough to go into bytes on their own (the export reads 2,000 rows at a time)', async () => {
    // Plain ASCII (one-byte strings), accents (Latin-1), emoji and Arabic (two-byte strings), quotes.
    const texts = ['meer bankjes', 'één plek, café', 'bankje 🪑 "hier"', 'مكان للقاء', 'a\\b\n\u0001'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }),
        fc.nat(texts.length - 1),
        async (sizes, pick) => {
          let i = 0;
          const slices = sizes.map((n) =>
            Array.from({ length: n }, () => row(i++, `${texts[(i + pick) % texts.length]} ${i}`)),
          );
          const all = slices.flat();
          const s = new BundleStream();
          for (const sl of slices) s.add('contributions', sl);
          s.conflicts();
          for (const sl of slices) s.add('contributions', sl);
          const built = s.finish(base);
          const one = await oneText(built.header, { contributions: all }, { contributions: all });
          expect(built.header.sha256).toBe(one.sha256);
          // As text (a byte-wise toEqual of megabytes is slow); the checksum above is over the bytes.
          expect(new TextDecoder().decode(joined(built.pieces))).toBe(one.text);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('refuses tables out of order (the file would differ)', () => {
    const s = new BundleStream();
    const v = { id: 'x' } as unknown as Version;
    s.add('contributions', [v]);
    expect(() => s.add('meetings', [v])).toThrow();
  });
});
