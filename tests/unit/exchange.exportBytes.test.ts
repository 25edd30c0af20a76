import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBundle, importBundleText } from '../../src/db/exchange';
import type { Version } from '../../src/domain/merge';
import { EXCHANGE_TABLES } from '../../src/exchange/format';
import { BundleStream } from '../../src/exchange/write';
import { contribution, deviceBundle, meeting, stamp, T0 } from '../helpers/exchangeData';
import { freshDb } from '../helpers/freshDb';

/**
 * Issue 12 item 4: the export's writer may be made faster, but the file it writes for the same
 * data must stay the same bytes with the same checksum. The digests below were taken from the
 * writer as it was before the export was tuned (main 0356f0c): a change that alters one byte of
 * the file fails here. `SHA-256` of the whole file and of its payload (the header's checksum).
 */
vi.setConfig({ testTimeout: 120_000 });

/** Texts a tablet meets: accents, emoji (surrogate pairs), quotes, backslashes, control characters, a lone surrogate. */
const TEXTS = [
  'Meer bankjes bij de speeltuin',
  'Één plek voor ouderen, café “De Hoek” 🪑🌳',
  'Zegt: "te hard rijden" \\ op de Kerkstraat\n\tna 22 uur',
  'Straatverlichting \u0000\u001f kapot \ud800 bij nr. 3',
  'مرحبا في الحي — 你好 — Привет',
];

/** 4,500 contributions of two tablets (more than two of the export's slices), deterministic. */
function contributions(): Version[] {
  const out: Version[] = [];
  for (let i = 0; i < 4500; i++) {
    const device = i % 2 ? 'tablet-b' : 'tablet-a';
    out.push(
      contribution(i + 1, device, T0 + i, {
        text: `${TEXTS[i % TEXTS.length]} (${i})`,
        themeIds: ['ontmoeten', 'wonen-en-buurt'].slice(0, (i % 2) + 1),
        observedGroupIds: i % 3 ? [] : ['ouderen-75'],
        agreeCount: i % 7,
      }),
    );
  }
  return out;
}

const hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const joined = (parts: readonly BlobPart[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p as Uint8Array))),
  );

/** One tablet's file with a meeting and `list` imported into the empty database, then exported whole. */
async function importThenExportAll(list: Version[]) {
  const file = await deviceBundle('tablet-a', 1, { meetings: [meeting('tablet-a')], contributions: list });
  const report = await importBundleText(file.text, 'a.json', { now: T0 + 1e7 });
  const out = (await exportBundle('all', { now: new Date(T0 + 2e7) }))!;
  return { report, out };
}

describe('the export writes the same bytes for the same data', () => {
  it('BundleStream: the same file, cut into slices of any size', () => {
    const list = contributions();
    const conflict = {
      ...list[7]!,
      text: 'Een andere versie 🪑',
      rev: 2,
      updatedAt: stamp(T0 + 9e6, 'tablet-c'),
    };
    const digests = new Set<string>();
    for (const size of [1, 700, 2000, 4500]) {
      const s = new BundleStream();
      s.add('meetings', [meeting('tablet-a')]);
      for (let i = 0; i < list.length; i += size) s.add('contributions', list.slice(i, i + size));
      s.conflicts();
      s.add('contributions', [conflict]);
      const built = s.finish({
        kind: 'device',
        device: { id: 'tablet-a', label: 'Tablet één' },
        processId: null,
        exportSeq: 7,
        range: { fromSeq: 1, toSeq: 4501 },
        exportedAt: new Date(T0).toISOString(),
      });
      const bytes = joined(built.pieces);
      expect(built.header.sha256).toBe('60c107122de09c20afd3e222f2784cfdd369b47f23fd94622f82cac66e4c3380');
      expect(hex(bytes)).toBe('6d2429ce16ebc9b0769ac09cbd5924d65b6198f8043221e6540970a06406f3f4');
      expect(built.text()).toBe(bytes.toString('utf8'));
      digests.add(hex(bytes));
    }
    expect(digests.size).toBe(1);
  });

  describe('exportBundle("all") from the database', () => {
    beforeEach(() => freshDb());

    it('the payload and its checksum as before; the file is the bundle written in one piece', async () => {
      const list = contributions();
      const { report, out } = await importThenExportAll(list);
      expect(report.counts.new).toBe(4501);
      const bytes = joined(out.parts);
      const prefix = `{"header":${JSON.stringify(out.header)},"payload":`;
      const text = bytes.toString('utf8');
      expect(text.startsWith(prefix)).toBe(true);
      const payload = Buffer.from(text.slice(prefix.length, -1), 'utf8');
      expect(out.header.sha256).toBe(hex(payload));
      expect(out.header.sha256).toBe('8742060605c746b65cb07a2651adfb82c7e2f4c023e8f20df1c07833e8e06cc9');
      expect(hex(payload)).toBe(hex(bytes.subarray(Buffer.byteLength(prefix), -1)));
      // The one-piece form: the payload as one JSON.stringify of its records, in id order.
      const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(text.slice(prefix.length, -1)).toBe(
        JSON.stringify({
          records: { meetings: [meeting('tablet-a')], contributions: sorted },
          conflicts: {},
        }),
      );
      expect(out.text).toBe(text);
      expect(Object.keys(out.header.counts.records)).toEqual(
        EXCHANGE_TABLES.filter((t) => t === 'meetings' || t === 'contributions'),
      );
    });

    it('ids over several key slices read at once: every record once, in key order', async () => {
      // The 4,500 ids above all fall in the first of the export's key slices (more than one read
      // holds: the rest of that slice is read next); 600 random ones, some in capitals (a UUID may
      // be), spread over all the slices.
      const random = contributions()
        .slice(0, 600)
        .map((c, i) => {
          const id = crypto.randomUUID();
          return { ...c, id: i % 10 ? id : id.toUpperCase() };
        });
      const list = [...contributions(), ...random];
      const { report, out } = await importThenExportAll(list);
      expect(report.counts.new).toBe(5101);
      const written = JSON.parse(joined(out.parts).toString('utf8')).payload.records
        .contributions as Version[];
      expect(written.map((c) => c.id)).toEqual(list.map((c) => c.id).sort((a, b) => (a < b ? -1 : 1)));
      expect(written).toEqual([...list].sort((a, b) => (a.id < b.id ? -1 : 1)));
    });
  });
});
