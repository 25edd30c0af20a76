/**
 * The outside review's classes (issue 10), each as a class: generated bundles, prototype-named
 * ids, two tablets with one device id, the checksum shortcut, terminal output, spreadsheet cells.
 * Single bad files (one per reason) are in exchange.import.test.ts and cli.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import { escapeText, show } from '../../cli/show';
import { ensureDevice } from '../../src/db/device';
import { importBundleText, importGaps } from '../../src/db/exchange';
import { openConflicts } from '../../src/db/exchangeStatus';
import { db } from '../../src/db/schema';
import { csvField, looksLikeFormula } from '../../src/domain/csv';
import { bumpVv, hasSeen, joinVv, MemoryStore, type Version, vvOf } from '../../src/domain/merge';
import { MAX_EXPORT_SEQ } from '../../src/exchange/format';
import { missingExports, rangesText, sourcesOf } from '../../src/exchange/gaps';
import { type Lookup, problemMessage } from '../../src/exchange/problems';
import { readBundleText } from '../../src/exchange/read';
import { buildBundleText } from '../../src/exchange/write';
import { translateNl } from '../../src/i18n/nl';
import { contribution, deviceBundle, meeting, stamp, T0, uuid } from '../helpers/exchangeData';
import { freshDb } from '../helpers/freshDb';

vi.setConfig({ testTimeout: 120_000 });

const dutch: Lookup = (key, params) => (translateNl.has(key) ? translateNl(key, params) : key);
const NOW = Date.now();
const PROTO_IDS = ['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

beforeEach(freshDb);

describe('ids named after Object.prototype members are ordinary ids', () => {
  const ids = [...PROTO_IDS, '__proto__'];

  it('version vectors, "has seen", the memory store, gaps and sources', () => {
    for (const id of ids) {
      const s1 = stamp(T0, id);
      const s2 = stamp(T0 + 1000, id);
      const v1 = { ...contribution(1, id), vv: bumpVv(undefined, id, s1) } as Version;
      const v2 = { ...v1, updatedAt: s2, rev: 2, vv: bumpVv(v1, id, s2), prev: s1 } as Version;
      expect(Object.keys(vvOf(v1))).toEqual([id]);
      expect(joinVv([v1, v2])[id]).toBe(s2);
      expect(Object.hasOwn(joinVv([v1, v2]), id)).toBe(true);
      expect(hasSeen(v2, v1)).toBe(true);
      expect(hasSeen(v1, v2)).toBe(false);
      // A vector without the id never "has" it through the prototype.
      const other = { ...contribution(2, 'tabletx') } as Version;
      expect(hasSeen(other, v1)).toBe(false);
      const store = new MemoryStore();
      store.merge('contributions', v2);
      store.merge('contributions', v1);
      expect(store.stateOf('contributions', v1.id).current?.updatedAt).toBe(s2);
      const log = [
        { deviceId: id, deviceLabel: id, kind: 'device' as const, exportSeq: 1, range: null },
        { deviceId: id, deviceLabel: id, kind: 'device' as const, exportSeq: 5, range: null },
      ];
      expect(missingExports(log)).toEqual([
        { deviceId: id, deviceLabel: id, missing: [{ from: 2, to: 4 }], highest: 5 },
      ]);
      expect(sourcesOf(log).map((s) => s.deviceId)).toEqual([id, id]);
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('bundles of devices named constructor, toString, hasOwnProperty import and merge like any other', async () => {
    for (const id of ['constructor', 'toString', 'hasOwnProperty']) {
      const text = readFileSync(`tests/fixtures/bad/device-id-${id}.json`, 'utf8');
      const r = await importBundleText(text, `${id}.json`, { now: NOW });
      expect(r.status).toBe('imported');
      // The same meeting and contribution ids: new on the first, concurrent versions after that.
      expect(r.counts.new + r.counts.updated + r.counts.unchanged).toBe(2);
    }
    const dir = mkdtempSync(join(tmpdir(), 'bs-ids-'));
    const lines: string[] = [];
    const code = await main(
      [
        'merge',
        ...['constructor', 'toString', 'hasOwnProperty'].map(
          (id) => `tests/fixtures/bad/device-id-${id}.json`,
        ),
        '-o',
        join(dir, 'uit.json'),
      ],
      (l) => lines.push(l),
      (l) => lines.push(l),
    );
    expect(code).toBe(0);
    expect(lines.join('\n')).not.toMatch(/Onverwachte fout/);
    const merged = await readBundleText(readFileSync(join(dir, 'uit.json'), 'utf8'), { now: NOW });
    expect(merged.ok).toBe(true);
    if (merged.ok)
      expect(merged.bundle.header.sources.map((s) => s.deviceId).sort()).toEqual([
        'constructor',
        'hasOwnProperty',
        'toString',
      ]);
  });
});

describe('missing exports are ranges, never one entry per number', () => {
  it('an export number a million after the last gives one range, at once', () => {
    const log = [1, 3, MAX_EXPORT_SEQ].map((exportSeq) => ({
      deviceId: 'tableta',
      deviceLabel: 'Tablet A',
      kind: 'device' as const,
      exportSeq,
      range: null,
    }));
    const [gap] = missingExports(log);
    expect(gap!.missing).toEqual([
      { from: 2, to: 2 },
      { from: 4, to: MAX_EXPORT_SEQ - 1 },
    ]);
    expect(rangesText(gap!.missing, 'tot en met', 'en')).toBe(`2 en 4 tot en met ${MAX_EXPORT_SEQ - 1}`);
  });

  it('property: the ranges hold exactly the numbers not seen below the highest', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 30 }),
        (seqs) => {
          const log = seqs.map((exportSeq) => ({
            deviceId: 'd',
            deviceLabel: 'D',
            kind: 'device' as const,
            exportSeq,
            range: null,
          }));
          const highest = Math.max(...seqs);
          const expected = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !seqs.includes(n));
          const got = (missingExports(log)[0]?.missing ?? []).flatMap((r) =>
            Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i),
          );
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});

describe('device identity: two tablets with the same device id', () => {
  // Tablet C made a contribution; tablets A and A' (a restored backup of A) both changed it.
  const v0 = contribution(1, 'tabletc', T0);
  const onA = (ms: number, text: string): Version => {
    const updatedAt = stamp(ms, 'tableta');
    return {
      ...v0,
      text,
      updatedAt,
      deviceId: 'tableta',
      rev: 2,
      vv: bumpVv(v0, 'tableta', updatedAt),
      prev: v0.updatedAt,
    };
  };

  it('the same export number with other content: both kept as a conflict, the coordinator told what to do', async () => {
    const c = await deviceBundle('tabletc', 1, { contributions: [v0] });
    const a = await deviceBundle('tableta', 1, { contributions: [onA(T0 + 60_000, 'op tablet A')] });
    const aClone = await deviceBundle('tableta', 1, {
      contributions: [onA(T0 + 120_000, 'op de kopie van A')],
    });
    for (const [b, name] of [
      [c, 'c'],
      [a, 'a'],
      [aClone, 'a2'],
    ] as const) {
      const r = await importBundleText(b.text, `${name}.json`, { now: NOW });
      expect(r.status).toBe('imported');
      if (name === 'a2') {
        const texts = (r.notices ?? []).map((p) => problemMessage(p, dutch));
        expect(texts.join('\n')).toMatch(
          /export 1 van Tablet tableta is al eerder ingelezen, maar met andere inhoud/,
        );
        expect(texts.join('\n')).toMatch(/nieuwe apparaatcode \(Instellingen, Apparaatcode\)/);
        expect(r.counts.conflicts).toBe(1);
      }
    }
    const current = await db.contributions.get(v0.id);
    expect(current?.text).toBe('op de kopie van A');
    const conflicts = await openConflicts();
    expect(conflicts.map((x) => (x.row.version as Version).text)).toEqual(['op tablet A']);
  });
});

describe('the checksum shortcut never skips records that were not stored', () => {
  it('a publication with the same payload is refused and not logged; the device export then merges fully', async () => {
    const records = { contributions: [contribution(1, 'tableta')] };
    const pub = await deviceBundle('tableta', 1, records, { kind: 'publish', range: null });
    const dev = await deviceBundle('tableta', 1, records);
    expect(pub.header.sha256).toBe(dev.header.sha256);
    const before = await snapshot();
    expect((await importBundleText(pub.text, 'p.json', { now: NOW })).status).toBe('refused');
    expect(await snapshot()).toBe(before);
    const r = await importBundleText(dev.text, 'd.json', { now: NOW });
    expect(r.counts.new).toBe(1);
    expect(await db.contributions.count()).toBe(1);
  });

  it('a re-import through the full merge path changes nothing and counts everything unchanged', async () => {
    const dev = await deviceBundle('tableta', 1, {
      meetings: [meeting('tableta')],
      contributions: [contribution(1, 'tableta')],
    });
    await importBundleText(dev.text, 'd.json', { now: NOW });
    const state = JSON.stringify([
      await db.contributions.toArray(),
      await db.meetings.toArray(),
      await db.conflicts.toArray(),
    ]);
    const again = await importBundleText(dev.text, 'd.json', { now: NOW, fullMerge: true });
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 2, conflicts: 0 });
    expect(
      JSON.stringify([
        await db.contributions.toArray(),
        await db.meetings.toArray(),
        await db.conflicts.toArray(),
      ]),
    ).toBe(state);
  });
});

describe('whatever validate accepts, merge, report and the import accept', () => {
  const deviceId = fc.oneof(
    fc.constantFrom(...PROTO_IDS.slice(0, 3), 'tableta', 'tabletb'),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/),
  );
  const text = fc.oneof(
    fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).map((s) => `x${s}`),
    fc.constantFrom('=1+1', '＝HYPERLINK("x")', 'a\u0000\u001b[2J', '\u202eexe.txt', '-', ''),
  );
  const version = fc
    .record({
      n: fc.integer({ min: 1, max: 6 }),
      dev: deviceId,
      other: deviceId,
      offset: fc.integer({ min: 0, max: 10_000_000 }),
      text,
      deleted: fc.boolean(),
      withPrev: fc.boolean(),
      agree: fc.oneof(
        { weight: 19, arbitrary: fc.integer({ min: 0, max: 3 }) },
        { weight: 1, arbitrary: fc.constant(-1) },
      ),
    })
    .map(({ n, dev, other, offset, text, deleted, withPrev, agree }): Version => {
      const base = contribution(n, dev, T0 + offset, { text, deleted, agreeCount: agree });
      const seen = stamp(T0 + offset - 5, other);
      const vv = { ...base.vv, [other]: other === dev ? base.updatedAt : seen };
      return { ...base, vv, ...(withPrev ? { prev: stamp(T0 + offset - 10, other) } : {}) } as Version;
    });
  const bundle = fc.record({
    dev: deviceId,
    kind: fc.constantFrom('device', 'device', 'merged', 'publish'),
    exportSeq: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 * MAX_EXPORT_SEQ }) },
    ),
    records: fc.uniqueArray(version, { maxLength: 6, selector: (v) => v.id }),
    conflicts: fc.array(version, { maxLength: 3 }),
    withMeeting: fc.boolean(),
  });

  it('property over generated bundles (CLI validate, merge, report; the app import with fake-indexeddb)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bs-prop-'));
    let accepted = 0;
    let refused = 0;
    let run = 0;
    const reasons: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(bundle, { minLength: 1, maxLength: 3 }), async (specs) => {
        await freshDb();
        const files: string[] = [];
        for (const spec of specs) {
          const built = await buildBundleText({
            kind: spec.kind as 'device',
            device: { id: spec.dev, label: `Tablet ${spec.dev}` },
            processId: null,
            exportSeq: spec.kind === 'merged' ? 0 : spec.exportSeq,
            range: spec.kind === 'device' ? { fromSeq: 1, toSeq: 10 } : null,
            exportedAt: new Date(T0).toISOString(),
            records: {
              contributions: spec.records,
              ...(spec.withMeeting ? { meetings: [meeting(spec.dev)] } : {}),
            },
            conflicts: { contributions: spec.conflicts },
          });
          const f = join(dir, `b${run++}.json`);
          writeFileSync(f, built.text);
          const lines: string[] = [];
          const code = await main(
            ['validate', f],
            (l) => lines.push(l),
            (l) => lines.push(l),
          );
          expect(lines.join('\n')).not.toMatch(/Onverwachte fout/);
          if (code === 0) files.push(f);
          else reasons.push(lines.join(' ').slice(0, 140));
        }
        for (const f of files) {
          const r = await importBundleText(readFileSync(f, 'utf8'), f, { now: NOW });
          expect(r.status, JSON.stringify(r.problems)).toBe('imported');
        }
        accepted += files.length;
        refused += specs.length - files.length;
        if (!files.length) return;
        const lines: string[] = [];
        const out = (l: string) => lines.push(l);
        expect(await main(['merge', ...files, '-o', join(dir, `m${run}.json`)], out, out)).toBe(0);
        const merged = await readBundleText(readFileSync(join(dir, `m${run}.json`), 'utf8'), { now: NOW });
        expect(merged.ok).toBe(true);
        await main(['report', ...files, '--csv', join(dir, `r${run}`)], out, out);
        expect(lines.join('\n')).not.toMatch(/Onverwachte fout/);
        expect(await importGaps()).toBeDefined();
      }),
      { numRuns: 40 },
    );
    // Not vacuous: both sides of the rule were tried.
    expect(accepted, reasons.join('\n')).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(3);
  });
});

describe('the command line prints nothing raw from a file', () => {
  const RAW =
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

  it('property: an escaped text holds no control, bidi or zero-width character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const e = escapeText(s);
        expect(e).not.toMatch(RAW);
        expect(e).not.toMatch(/\n/);
        expect(Array.from(show(s.repeat(20))).length).toBeLessThanOrEqual(80 * 10);
      }),
    );
    expect(show('a'.repeat(500))).toBe(`${'a'.repeat(79)}…`);
  });

  it('info and validate of a file with escape sequences in its texts', async () => {
    const lines: string[] = [];
    const out = (l: string) => lines.push(l);
    expect(await main(['info', 'tests/fixtures/bad/terminal-escapes.json'], out, out)).toBe(0);
    expect(await main(['validate', 'tests/fixtures/bad/terminal-escapes.json'], out, out)).toBe(0);
    const all = lines.join('\n');
    expect(all).not.toMatch(RAW);
    expect(all).toContain('Tab\\x1b[2J\\rOK\\u{202e}gpj.exe\\u{200b}');
  });
});

describe('spreadsheet cells', () => {
  const LOOKALIKES = ['＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '⁺', '⁼', '₊', '₌', '−', '➕', '➖'];

  it('property: text starting with = + - @ or a look-alike (after invisible characters) is neutralised', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('=', '+', '-', '@', ...LOOKALIKES),
        fc.constantFrom('', '\u200b', '\ufeff', '\u202e', '\u0000'),
        fc.string({ maxLength: 20 }),
        (start, prefix, rest) => {
          const field = csvField(prefix + start + rest);
          expect(field.replace(/^"/, '').startsWith("'")).toBe(true);
          expect(looksLikeFormula(prefix.replace('\u0000', '') + start + rest)).toBe(true);
        },
      ),
    );
  });

  it('property: NUL never reaches a CSV field', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(csvField(`${s}\u0000${s}`)).not.toContain('\u0000');
      }),
    );
  });

  it('ordinary text stays as it is', () => {
    for (const s of ['Meer bankjes', '5 bomen', 'Speeltuin – veilig', 'e-mail']) expect(csvField(s)).toBe(s);
  });
});

describe('refused files leave the database as it was (new classes, with the DB filled first)', () => {
  it('every new refusal fixture', async () => {
    await importBundleText(
      (await deviceBundle('tableta', 1, { contributions: [contribution(9, 'tableta')] })).text,
      'a.json',
      { now: NOW },
    );
    const before = await snapshot();
    for (const f of [
      'seq-too-high.json',
      'publish-with-contributions.json',
      'deep-nesting.json',
      'long-list.json',
      'proto-device-id.json',
    ]) {
      const r = await importBundleText(readFileSync(`tests/fixtures/bad/${f}`, 'utf8'), f, { now: NOW });
      expect(r.status).toBe('refused');
      expect(problemMessage(r.problems[0]!, dutch)).not.toMatch(/\{\w+\}/);
    }
    expect(await snapshot()).toBe(before);
    expect(uuid(9)).toBeTruthy();
  });
});

describe('a tablet takes a new device id', () => {
  it('new id, export numbers from 1, the next export holds everything', async () => {
    const { takeNewDeviceId, exportBundle } = await import('../../src/db/exchange');
    const old = await ensureDevice();
    const first = await exportBundle('all', { now: new Date(NOW) });
    const fresh = await takeNewDeviceId();
    expect(fresh.id).not.toBe(old.id);
    expect((await ensureDevice()).id).toBe(fresh.id);
    const next = await exportBundle('all', { now: new Date(NOW) });
    expect(next?.header.device.id).toBe(fresh.id);
    expect(next?.header.exportSeq).toBe(1);
    expect(next?.header.range?.fromSeq).toBe(1);
    expect(next?.total).toBe(first?.total);
  });
});
