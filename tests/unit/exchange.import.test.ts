import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { updateContribution } from '../../src/db/contributions';
import {
  exportAgain,
  exportBundle,
  type FileReport,
  importBundleText,
  importFile,
  importGaps,
  settleConflict,
  stock,
} from '../../src/db/exchange';
import { openConflicts, unexportedCount } from '../../src/db/exchangeStatus';
import { lastClock } from '../../src/db/records';
import { db } from '../../src/db/schema';
import { type Lookup, type ProblemCode, problemMessage } from '../../src/exchange/problems';
import { readBundleText } from '../../src/exchange/read';
import { buildBundleText } from '../../src/exchange/write';
import { translateNl } from '../../src/i18n/nl';
import { GOOD_IDS, GOOD_PASSPHRASE, HTML_TEXT } from '../fixtures/makeFixtures';
import { contribution, PROCESS_ID, stamp } from '../helpers/exchangeData';
import { freshDb } from '../helpers/freshDb';
import { tabletWithWork } from '../helpers/tablet';

const NOW = Date.now();
// Several imports with PBKDF2 per test: on a busy machine more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });
const dutch: Lookup = (key, params) => (translateNl.has(key) ? translateNl(key, params) : key);
const bad = (name: string) => readFileSync(`tests/fixtures/bad/${name}`, 'utf8');
const good = (name: string) => readFileSync(`tests/fixtures/good/${name}`, 'utf8');
const GOOD_FILES = ['a-001.json', 'b-001.json', 'a-002.json', 'b-002.json.enc', 'a-004.json'];

/** Everything in the database, as text (to prove a refused file changed nothing). */
async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

/** Records and conflicts only (what must be the same whatever the import order). */
async function mergedState(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of db.tables) {
    if (['kv', 'imports', 'drafts'].includes(t.name)) continue;
    const rows = (await t.toArray()) as Record<string, unknown>[];
    out[t.name] = rows
      .map((r) => {
        const { localSeq: _s, detectedAt: _d, ...rest } = r;
        return rest;
      })
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return JSON.stringify(out);
}

async function importGood(order: string[], passphrase = GOOD_PASSPHRASE): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const f of order) reports.push(await importBundleText(good(f), f, { passphrase, now: NOW }));
  return reports;
}

const changes = (r: FileReport) => r.counts.new + r.counts.updated + r.counts.conflicts;

beforeEach(freshDb);

describe('import refuses bad files and changes nothing', () => {
  const cases: [string, ProblemCode, RegExp?][] = [
    ['not-json.json', 'notJson', /beschadigd of onvolledig/],
    ['empty.json', 'empty', /leeg/],
    ['truncated.json', 'notJson', /beschadigd of onvolledig/],
    ['array.json', 'arrayNotBundle', /lijst/],
    ['other-app.json', 'otherApp', /ander programma/],
    ['unknown-format.json', 'unknownFormat', /"buurtstem-backup"/],
    ['newer-version.json', 'newerVersion', /nieuwere versie.*Werk de app bij/],
    ['checksum-mismatch.json', 'checksum', /controlegetal klopt niet/],
    ['wrong-passphrase.json.enc', 'wrongPassphrase', /^Wachtwoord onjuist of bestand beschadigd\.$/],
    [
      'record-invalid.json',
      'recordInvalid',
      /^inbreng nr\. 1 \(id 00000000-0000-4000-8000-000000000001\): kind: /,
    ],
    [
      'duplicate-ids.json',
      'duplicateId',
      /id 00000000-0000-4000-8000-000000000001 komt meer dan één keer voor/,
    ],
    ['proto-key.json', 'forbiddenKeys', /niet-toegestane naam __proto__/],
    ['constructor-key.json', 'forbiddenKeys', /niet-toegestane naam __proto__ of prototype/],
    ['future-date.json', 'futureStamp', /2099-01-01.*te ver in de toekomst/],
    ['ancient-date.json', 'absurdDate', /onmogelijke datum 1970-01-01T00:00:00.000Z \(createdAt\)/],
    [
      'seq-too-high.json',
      'seqTooHigh',
      /exportnummer 999999999999 is onmogelijk hoog \(hoogstens 1.000.000\)/,
    ],
    ['range-too-high.json', 'badHeader', /kop van het bestand klopt niet: header › range › toSeq/],
    [
      'publish-with-contributions.json',
      'publishWithDeviceRecords',
      /publicatie van de coördinator bevat ook inbreng/,
    ],
    ['deep-nesting.json', 'tooDeep', /te diep genest \(meer dan 16 niveaus\)/],
    ['long-text.json', 'tooMany', /te veel tekens in één tekst \(50.000; hoogstens 20.000\)/],
    ['long-list.json', 'tooMany', /te veel waarden in één lijst \(20.000; hoogstens 10.000\)/],
    ['proto-device-id.json', 'badHeader', /header › device › id: geen geldige apparaatcode/],
    ['prev-after-stamp.json', 'badClock', /inbreng nr\. 1 .*klokwaarden passen niet bij het apparaat/],
    [
      'envelope-newer.json.enc',
      'newerEnvelope',
      /nieuwere versie van Buurtstem \(envelopversie 2\)\. Werk de app bij/,
    ],
    [
      'envelope-short-salt.json.enc',
      'badEnvelopeField',
      /versleutelde bestand klopt niet: kdf › salt: zout: niet 16 bytes/,
    ],
    [
      'envelope-short-iv.json.enc',
      'badEnvelopeField',
      /versleutelde bestand klopt niet: iv: IV: niet 12 bytes/,
    ],
    ['envelope-few-rounds.json.enc', 'badEnvelopeField', /kdf › iterations: minstens 600000 rondes/],
    ['envelope-absurd-rounds.json.enc', 'badEnvelopeField', /kdf › iterations: hoogstens 10000000 rondes/],
  ];
  for (const [file, code, message] of cases) {
    it(`${file}: ${code}`, async () => {
      await importGood(['a-001.json']);
      const before = await snapshot();
      const report = await importBundleText(bad(file), file, { passphrase: 'een-fout-wachtwoord', now: NOW });
      expect(report.status).toBe('refused');
      expect(report.problems[0]?.code).toBe(code);
      const text = problemMessage(report.problems[0]!, dutch);
      expect(text).toMatch(message!);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(await snapshot()).toBe(before);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  }

  it('over-large file: refused on its size, before it is read', async () => {
    const before = await snapshot();
    let read = false;
    const report = await importFile({
      name: 'enorm.json',
      size: 201_000_000,
      text: async () => {
        read = true;
        return '';
      },
    });
    expect(report.status).toBe('refused');
    expect(report.problems).toEqual([{ code: 'tooLarge', params: { size: '201 MB', max: '200 MB' } }]);
    expect(problemMessage(report.problems[0]!, dutch)).toBe(
      'Het bestand is te groot (201 MB). Een exportbestand mag hoogstens 200 MB zijn.',
    );
    expect(read).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it('encrypted file without a passphrase asks for it', async () => {
    const before = await snapshot();
    const report = await importBundleText(good('b-002.json.enc'), 'b-002.json.enc', { now: NOW });
    expect(report.problems.map((p) => p.code)).toEqual(['needsPassphrase']);
    expect(await snapshot()).toBe(before);
  });

  it('HTML and script in a text are stored as plain text', async () => {
    const report = await importBundleText(bad('html-script.json'), 'html-script.json', { now: NOW });
    expect(report.status).toBe('imported');
    const row = await db.contributions.get(contribution(1, 'x').id);
    expect(row?.text).toBe(HTML_TEXT);
  });
});

describe('import merges files in any order, any number of times', () => {
  it('the same records and conflicts in two orders; a re-import changes nothing', async () => {
    const first = await importGood(GOOD_FILES);
    expect(first.every((r) => r.status === 'imported')).toBe(true);
    const stateA = await mergedState();
    const stockA = await stock();
    expect(stockA).toEqual({ meetings: 1, contributions: 8 });
    const conflicts = await openConflicts();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.row.recordId).toBe(GOOD_IDS.contested);
    expect(conflicts[0]!.row.version.text).toMatch(/^Op B aangepast/);
    expect(conflicts[0]!.current?.text).toMatch(/^Op A aangepast/);
    expect((await db.contributions.get(GOOD_IDS.deleted))?.deleted).toBe(true);

    // Re-import: the same payloads were logged, so nothing is read or written (and all count as unchanged).
    const again = await importGood([...GOOD_FILES].reverse());
    expect(again.map(changes)).toEqual([0, 0, 0, 0, 0]);
    expect(again.map((r) => r.counts.unchanged)).toEqual([1, 1, 2, 4, 6]);
    expect(await mergedState()).toBe(stateA);
    // Without the log, the merge itself finds nothing to change either.
    await db.imports.clear();
    const merged = await importGood([...GOOD_FILES].reverse());
    expect(merged.map(changes)).toEqual([0, 0, 0, 0, 0]);
    expect(await mergedState()).toBe(stateA);

    await freshDb();
    const reversed = await importGood([
      'a-004.json',
      'b-002.json.enc',
      'a-002.json',
      'b-001.json',
      'a-001.json',
    ]);
    expect(reversed.reduce((n, r) => n + r.counts.conflicts, 0)).toBe(1);
    expect(await mergedState()).toBe(stateA);
    expect(await stock()).toEqual(stockA);
  });

  it('reports per file what is new, updated, unchanged and in conflict', async () => {
    const [a1, b1, a2] = await importGood(['a-001.json', 'b-001.json', 'a-002.json']);
    expect(a1!.counts).toEqual({ new: 6, updated: 0, unchanged: 0, conflicts: 0, skipped: 0 });
    expect(b1!.counts).toEqual({ new: 3, updated: 1, unchanged: 0, conflicts: 0, skipped: 0 });
    // A's later edit of contribution 1 had not seen B's: B's version becomes a conflict.
    expect(a2!.counts).toEqual({ new: 0, updated: 2, unchanged: 0, conflicts: 1, skipped: 0 });
  });

  it('shows the missing export numbers per device', async () => {
    await importGood(GOOD_FILES);
    expect(await importGaps()).toEqual([
      { deviceId: 'tableta1', deviceLabel: 'Tablet tableta1', missing: [{ from: 3, to: 3 }], highest: 4 },
    ]);
    expect((await db.imports.count()) >= GOOD_FILES.length).toBe(true);
  });

  it('moves the local clock past the newest imported stamp', async () => {
    const far = NOW - 60_000;
    const built = await buildBundleText({
      kind: 'device',
      device: { id: 'tabletz', label: 'Tablet Z' },
      processId: PROCESS_ID,
      exportSeq: 1,
      range: { fromSeq: 1, toSeq: 1 },
      exportedAt: new Date(far).toISOString(),
      records: { contributions: [contribution(77, 'tabletz', far)] },
      conflicts: {},
    });
    await importBundleText(built.text, 'z.json', { now: NOW - 3_600_000 });
    expect((await lastClock())! > stamp(far, 'tabletz')).toBe(true);
  });

  it('settling a conflict: the other version applies, and re-importing does not bring the conflict back', async () => {
    await importGood(GOOD_FILES);
    const [c] = await openConflicts();
    await settleConflict(c!.row.id, 'restore');
    const row = await db.contributions.get(GOOD_IDS.contested);
    expect(row?.text).toMatch(/^Op B aangepast/);
    expect(row?.localSeq).toBeGreaterThan(0);
    expect(await openConflicts()).toEqual([]);
    await db.imports.clear(); // go through the merge, not the "already imported" shortcut
    const again = await importGood(GOOD_FILES);
    expect(again.map(changes)).toEqual([0, 0, 0, 0, 0]);
    expect((await db.contributions.get(GOOD_IDS.contested))?.text).toMatch(/^Op B aangepast/);
    expect(await openConflicts()).toEqual([]);
    // The settlement is a local change: it is exported and wins elsewhere too.
    const exported = await exportBundle('new', { now: new Date(NOW) });
    expect(exported?.header.counts.records).toEqual({ contributions: 1 });
    await freshDb();
    await importGood(GOOD_FILES);
    const settled = await importBundleText(exported!.text, exported!.fileName, { now: NOW });
    expect(settled.status).toBe('imported');
    expect((await db.contributions.get(GOOD_IDS.contested))?.text).toMatch(/^Op B aangepast/);
    expect(await openConflicts()).toEqual([]);
  });

  it('keeping the current version also settles the conflict', async () => {
    await importGood(GOOD_FILES);
    const [c] = await openConflicts();
    await settleConflict(c!.row.id, 'keep');
    expect((await db.contributions.get(GOOD_IDS.contested))?.text).toMatch(/^Op A aangepast/);
    expect(await openConflicts()).toEqual([]);
  });

  it('a publication that carries device records is refused, and the database stays the same', async () => {
    const built = await buildBundleText({
      kind: 'publish',
      device: { id: 'laptop', label: 'Laptop coördinator' },
      processId: null,
      exportSeq: 1,
      range: null,
      exportedAt: new Date(NOW).toISOString(),
      records: { contributions: [contribution(5, 'laptop', NOW - 1000)] },
      conflicts: {},
    });
    const before = await snapshot();
    const report = await importBundleText(built.text, 'p.json', { now: NOW });
    expect(report.status).toBe('refused');
    expect(report.problems[0]?.code).toBe('publishWithDeviceRecords');
    expect(problemMessage(report.problems[0]!, dutch)).toMatch(/publicatie .* bevat ook inbreng/);
    expect(await snapshot()).toBe(before);
  });
});

describe('export on the device', () => {
  it('exports new changes without skipping any, numbers the exports, and can make one again', async () => {
    const { add } = await tabletWithWork(0);
    const c1 = await add('Eerste');
    await add('Tweede');
    expect(await unexportedCount()).toBe(4); // process, meeting, two contributions
    const e1 = await exportBundle('new');
    expect(e1?.header.exportSeq).toBe(1);
    expect(e1?.header.range).toEqual({ fromSeq: 1, toSeq: 4 });
    expect(e1?.header.counts.records).toEqual({ processes: 1, meetings: 1, contributions: 2 });
    expect(e1?.fileName).toMatch(/^buurtstem_tablet-[a-z0-9]{4}_\d{4}-\d{2}-\d{2}_001\.json$/);
    expect(await unexportedCount()).toBe(0);
    expect(await exportBundle('new')).toBeNull();

    await updateContribution(c1.id, { text: 'Eerste, aangepast' });
    await add('Derde');
    expect(await unexportedCount()).toBe(2);
    const e2 = await exportBundle('new');
    expect(e2?.header.exportSeq).toBe(2);
    expect(e2?.header.range).toEqual({ fromSeq: 5, toSeq: 6 });
    const read2 = await readBundleText(e2!.text);
    expect(read2.ok && read2.bundle.records.contributions?.map((c) => c.text).sort()).toEqual([
      'Derde',
      'Eerste, aangepast',
    ]);
    // The records never carry the device-local change number.
    expect(e2!.text).not.toContain('localSeq');

    const again = await exportAgain(1);
    expect(again?.header.exportSeq).toBe(1);
    expect(again?.header.range).toEqual({ fromSeq: 1, toSeq: 4 });
    // Contribution 1 changed since: it is in export 2 now, not in the remade export 1.
    expect(again?.header.counts.records).toEqual({ processes: 1, meetings: 1, contributions: 1 });
  });

  it('exports everything, encrypted, and another device imports it completely', async () => {
    const { add } = await tabletWithWork(0);
    await add('Een bankje bij de speeltuin');
    await add('Twee');
    const all = await exportBundle('all', { passphrase: 'lang-genoeg-wachtwoord' });
    expect(all?.fileName).toMatch(/_001_alles\.json\.enc$/);
    expect(all?.text).not.toContain('bankje bij de speeltuin');
    const state = await mergedState();
    await freshDb();
    const report = await importBundleText(all!.text, all!.fileName, { passphrase: 'lang-genoeg-wachtwoord' });
    expect(report.counts).toEqual({ new: 4, updated: 0, unchanged: 0, conflicts: 0, skipped: 0 });
    expect(await mergedState()).toBe(state);
    // Imported records are not changes of this device.
    expect(await unexportedCount()).toBe(0);
  });

  it('publishes the configuration; a device takes only the processes from it', async () => {
    const { process, add } = await tabletWithWork(0);
    await add('Niet in de publicatie');
    const pub = await exportBundle('publish');
    expect(pub?.header.kind).toBe('publish');
    expect(pub?.header.counts.records).toEqual({ processes: 1 });
    expect(pub?.fileName).toMatch(/^buurtstem_publicatie_/);
    await freshDb();
    const report = await importBundleText(pub!.text, pub!.fileName);
    expect(report.counts.new).toBe(1);
    expect((await db.processes.get(process.id))?.name).toBe(process.name);
    expect(await db.contributions.count()).toBe(0);
  });
});
