import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDeviceCache } from '../../src/db/device';
import { importBundleText } from '../../src/db/exchange';
import { db } from '../../src/db/schema';
import { EXCHANGE_TABLES } from '../../src/exchange/format';
import { readBundleText } from '../../src/exchange/read';
import { GOOD_PASSPHRASE } from '../fixtures/makeFixtures';

const BUILT = 'cli/dist/buurtstem.mjs';
// The CLI translates through src/i18n (the one translator): any change there rebuilds it too.
const SOURCES = ['cli', 'src/exchange', 'src/domain', 'src/i18n'];
const GOOD = 'tests/fixtures/good';
const BAD = 'tests/fixtures/bad';
const GOOD_FILES = ['a-001.json', 'b-001.json', 'a-002.json', 'b-002.json.enc', 'a-004.json'].map((f) =>
  join(GOOD, f),
);

function newestSource(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((f) => f !== 'dist')
      .map((f) => newestSource(join(path, f))),
  );
}

/** Build the command line when it is missing or older than its sources. */
function ensureBuilt(): void {
  const stale = !existsSync(BUILT) || statSync(BUILT).mtimeMs < Math.max(...SOURCES.map(newestSource));
  if (stale)
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts']);
}

interface Run {
  code: number | null;
  out: string[];
  err: string[];
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['cli/bin.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
  return { code: r.status, out: lines(r.stdout), err: lines(r.stderr) };
}

const tmp = mkdtempSync(join(tmpdir(), 'buurtstem-cli-'));
const passFile = (pass: string) => {
  const f = join(tmp, `pass-${pass}.txt`);
  writeFileSync(f, `${pass}\n`);
  return f;
};
const noStackTrace = (r: Run) => {
  expect([...r.out, ...r.err].join('\n')).not.toMatch(/^\s+at |Error:|node:internal/m);
};

// Each run starts a Node process (and PBKDF2 for encrypted files): allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => ensureBuilt(), 180_000);

describe('buurtstem command line', () => {
  it('--help explains the commands', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(
      /buurtstem validate BESTAND.*\n.*buurtstem info BESTAND.*\n.*buurtstem merge BESTAND\.\.\. -o UIT\.json/,
    );
    expect(r.out.join('\n')).toContain('--passphrase-file');
  });

  it('validates good files, also an encrypted one with --passphrase-file', () => {
    const r = cli('validate', ...GOOD_FILES, '--passphrase-file', join(GOOD, 'wachtwoord.txt'));
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(5);
    expect(r.out[3]).toMatch(/^OK {4}.*b-002\.json\.enc — Tablet tabletb1, export 2, 1 record, versleuteld$/);
  });

  it('info shows header and counts', () => {
    const r = cli('info', join(GOOD, 'a-001.json'));
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toMatch(/Soort:\s+export van een apparaat/);
    expect(text).toMatch(/Apparaat:\s+Tablet tableta1 \(tableta1\)/);
    expect(text).toMatch(/Exportnummer:\s+1/);
    expect(text).toMatch(/Records:\s+bijeenkomsten 1, inbreng 5/);
  });

  it('usage errors: one line, exit code 1', () => {
    for (const args of [
      ['frobnicate'],
      ['merge', join(GOOD, 'a-001.json')],
      ['validate'],
      ['validate', '--nope'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toHaveLength(1);
      noStackTrace(r);
    }
    const missing = cli('validate', join(tmp, 'bestaat-niet.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([`FOUT  ${join(tmp, 'bestaat-niet.json')}: bestand niet gevonden.`]);
  });
});

describe('buurtstem validate refuses bad files: exit code 1, one clear Dutch line each', () => {
  const cases: [string, RegExp][] = [
    ['not-json.json', /beschadigd of onvolledig \(geen geldige JSON\)/],
    ['empty.json', /Het bestand is leeg\./],
    ['truncated.json', /beschadigd of onvolledig/],
    ['array.json', /geen Buurtstem-exportbestand: het bevat een lijst/],
    ['other-app.json', /geen Buurtstem-exportbestand\. Misschien komt het uit een ander programma/],
    ['unknown-format.json', /Onbekend bestandsformaat "buurtstem-backup"/],
    ['newer-version.json', /nieuwere versie van Buurtstem \(formaatversie 2\)\. Werk de app bij/],
    ['checksum-mismatch.json', /controlegetal klopt niet/],
    ['wrong-passphrase.json.enc', /: Wachtwoord onjuist of bestand beschadigd\.$/],
    ['record-invalid.json', /inbreng nr\. 1 \(id 00000000-0000-4000-8000-000000000001\): kind: /],
    ['duplicate-ids.json', /inbreng: id 00000000-0000-4000-8000-000000000001 komt meer dan één keer voor/],
    ['proto-key.json', /niet-toegestane naam __proto__ of prototype/],
    ['constructor-key.json', /niet-toegestane naam __proto__ of prototype/],
    ['future-date.json', /2099-01-01T00:00:00\.000Z ligt te ver in de toekomst/],
    ['ancient-date.json', /onmogelijke datum 1970-01-01T00:00:00\.000Z \(createdAt\)/],
    ['seq-too-high.json', /exportnummer 999999999999 is onmogelijk hoog \(hoogstens 1.000.000\)/],
    ['range-too-high.json', /kop van het bestand klopt niet: header › range › toSeq/],
    ['publish-with-contributions.json', /publicatie van de coördinator bevat ook inbreng/],
    ['deep-nesting.json', /te diep genest \(meer dan 16 niveaus\)/],
    ['long-text.json', /te veel tekens in één tekst \(50.000; hoogstens 20.000\)/],
    ['long-list.json', /te veel waarden in één lijst \(20.000; hoogstens 10.000\)/],
    ['proto-device-id.json', /header › device › id: geen geldige apparaatcode/],
    ['prev-after-stamp.json', /inbreng nr\. 1 .*klokwaarden passen niet bij het apparaat/],
    ['envelope-newer.json.enc', /nieuwere versie van Buurtstem \(envelopversie 2\)\. Werk de app bij/],
    ['envelope-short-salt.json.enc', /versleutelde bestand klopt niet: kdf › salt: zout: niet 16 bytes/],
    ['envelope-short-iv.json.enc', /versleutelde bestand klopt niet: iv: IV: niet 12 bytes/],
    ['envelope-few-rounds.json.enc', /kdf › iterations: minstens 600000 rondes/],
    ['envelope-absurd-rounds.json.enc', /kdf › iterations: hoogstens 10000000 rondes/],
  ];
  for (const [file, message] of cases) {
    it(file, () => {
      const r = cli('validate', join(BAD, file), '--passphrase-file', passFile('een-fout-wachtwoord'));
      expect(r.code).toBe(1);
      expect(r.out).toEqual([]);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(new RegExp(`^FOUT  ${join(BAD, file).replace(/\./g, '\\.')}: `));
      expect(r.err[0]).toMatch(message);
      noStackTrace(r);
    });
  }

  it('over-large file (201 MB, sparse): refused before it is read', () => {
    const big = join(tmp, 'enorm.json');
    writeFileSync(big, '');
    truncateSync(big, 201_000_000);
    const r = cli('validate', big);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `FOUT  ${big}: Het bestand is te groot (201 MB). Een exportbestand mag hoogstens 200 MB zijn.`,
    ]);
  });

  it('encrypted file without a passphrase: says how to give it', () => {
    const r = cli('validate', join(GOOD, 'b-002.json.enc'));
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/versleuteld: geef het wachtwoord met --passphrase-file/);
  });

  it('HTML in a text is fine: the file is valid', () => {
    expect(cli('validate', join(BAD, 'html-script.json')).code).toBe(0);
  });

  it('merge refuses to write anything when one input is bad', () => {
    const out = join(tmp, 'nooit.json');
    const r = cli('merge', join(GOOD, 'a-001.json'), join(BAD, 'checksum-mismatch.json'), '-o', out);
    expect(r.code).toBe(1);
    expect(r.err.at(-1)).toBe('Niets samengevoegd: los eerst de fouten hierboven op.');
    expect(existsSync(out)).toBe(false);
  });
});

/** Records and conflicts in the app's database, in the shape of a merged bundle, sorted. */
async function appState(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of EXCHANGE_TABLES) {
    const rows = (await db.table(t).toArray()) as Record<string, unknown>[];
    const records = rows
      .map(({ localSeq: _s, ...r }) => r)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const conflicts = (await db.conflicts.where('table').equals(t).toArray())
      .map((c) => c.version as Record<string, unknown>)
      .sort((a, b) => `${a.id}${a.updatedAt}`.localeCompare(`${b.id}${b.updatedAt}`));
    if (records.length || conflicts.length) out[t] = { records, conflicts };
  }
  return JSON.stringify(out);
}

async function bundleState(path: string): Promise<string> {
  const read = await readBundleText(readFileSync(path, 'utf8'));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const out: Record<string, unknown> = {};
  for (const t of EXCHANGE_TABLES) {
    const records = [...(read.bundle.records[t] ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    const conflicts = [...(read.bundle.conflicts[t] ?? [])].sort((a, b) =>
      `${a.id}${a.updatedAt}`.localeCompare(`${b.id}${b.updatedAt}`),
    );
    if (records.length || conflicts.length) out[t] = { records, conflicts };
  }
  return JSON.stringify(out);
}

describe('buurtstem merge gives the same result as the app', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    resetDeviceCache();
    await db.open();
  });

  it('the same record set and conflicts as the app importing the same files', async () => {
    const merged = join(tmp, 'samen.json');
    const r = cli('merge', ...GOOD_FILES, '--passphrase-file', join(GOOD, 'wachtwoord.txt'), '-o', merged);
    expect(r.code).toBe(0);
    expect(r.out.at(-2)).toBe(`Samengevoegd: 5 bestanden → ${merged} (records: 10, conflicten: 1).`);
    expect(r.out.at(-1)).toBe('Let op: van Tablet tableta1 ontbreekt exportnummer 3.');

    for (const f of GOOD_FILES) {
      const report = await importBundleText(readFileSync(f, 'utf8'), f, { passphrase: GOOD_PASSPHRASE });
      expect(report.status).toBe('imported');
    }
    const fromApp = await appState();
    expect(await bundleState(merged)).toBe(fromApp);

    // The merged file is a bundle the app imports again: nothing changes.
    const again = await importBundleText(readFileSync(merged, 'utf8'), 'samen.json');
    expect(again.status).toBe('imported');
    expect(again.counts.new + again.counts.updated + again.counts.conflicts).toBe(0);
    expect(await appState()).toBe(fromApp);
  });

  it('merging merged files again, in another grouping and order, gives the same records', async () => {
    const pass = ['--passphrase-file', join(GOOD, 'wachtwoord.txt')];
    const all = join(tmp, 'alles.json');
    const left = join(tmp, 'links.json');
    const right = join(tmp, 'rechts.json');
    const regrouped = join(tmp, 'opnieuw.json');
    expect(cli('merge', ...GOOD_FILES, ...pass, '-o', all).code).toBe(0);
    expect(cli('merge', GOOD_FILES[4]!, GOOD_FILES[1]!, ...pass, '-o', left).code).toBe(0);
    expect(cli('merge', GOOD_FILES[3]!, GOOD_FILES[0]!, GOOD_FILES[2]!, ...pass, '-o', right).code).toBe(0);
    expect(cli('merge', right, left, left, '-o', regrouped).code).toBe(0);
    expect(await bundleState(regrouped)).toBe(await bundleState(all));
    // The app importing the merged file sees the same gaps as with the single files.
    await importBundleText(readFileSync(regrouped, 'utf8'), 'opnieuw.json');
    const info = cli('info', regrouped);
    expect(info.out.join('\n')).toMatch(
      /Bevat exports:\s+Tablet tableta1 1, Tablet tableta1 2, Tablet tableta1 4/,
    );
  });
});

describe('buurtstem report writes the same CSV files as the app', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    resetDeviceCache();
    await db.open();
  });

  it('report FILE --csv DIR: six tables (with earlier findings and dots) for Dutch Excel, formula-like text neutralised, equal to the app', async () => {
    const { loadInitialConfig } = await import('../../src/db/processes');
    const { planMeeting, startMeeting, adjustAttendance } = await import('../../src/db/meetings');
    const { addContribution } = await import('../../src/db/contributions');
    const { exportBundle } = await import('../../src/db/exchange');
    const { toRecord } = await import('../../src/db/records');
    const { reportCsvFiles } = await import('../../src/domain/analysis/report');
    const { translateNl } = await import('../../src/i18n/nl');
    const loaded = await loadInitialConfig(async () => readFileSync('public/config.json', 'utf8'));
    if (!loaded?.ok) throw new Error('config');
    const process = loaded.value;
    const m = await planMeeting({
      processId: process.id,
      buurtId: 'heugem',
      location: 'Buurthuis Heugem',
      startsAt: '2026-11-20T19:00:00',
      workForm: 'tafelgesprek',
      workFormOther: '',
      facilitators: [],
    });
    await startMeeting(m.id);
    for (let i = 0; i < 6; i++) await adjustAttendance(m.id, 1);
    for (const text of ['Meer bankjes', '=HYPERLINK("http://x")', '-2+3 is geen som']) {
      await addContribution({
        processId: process.id,
        meetingId: m.id,
        kind: 'idee',
        text,
        themeIds: ['ontmoeten'],
        observedGroupIds: [],
        selfGroupIds: [],
        source: 'facilitator',
        agreeCount: 1,
        themeAssessments: {},
      });
    }
    const exported = await exportBundle('all');
    const file = join(tmp, 'report-input.json');
    writeFileSync(file, exported!.text);
    const dir = join(tmp, 'rapport');
    const r = cli('report', file, '--csv', dir);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(
      r.out.some((l) => l.startsWith('Rapport van Sociale Basis — Stadsdeel Zuid: 6 CSV-bestanden')),
    ).toBe(true);

    const expected = reportCsvFiles(
      {
        meetings: (await db.meetings.toArray()).map(toRecord),
        contributions: (await db.contributions.toArray()).map(toRecord),
        attendance: (await db.attendance.toArray()).map(toRecord),
      },
      process,
      translateNl,
    );
    expect(readdirSync(dir).sort()).toEqual(expected.map((f) => f.name).sort());
    for (const f of expected) {
      const written = readFileSync(join(dir, f.name), 'utf8');
      expect(written).toBe(f.content);
      expect(written.startsWith('\uFEFF')).toBe(true);
      expect(written).toContain('\r\n');
    }
    const contributions = readFileSync(join(dir, expected[0]!.name), 'utf8');
    expect(contributions).toContain(`'=HYPERLINK`);
    expect(contributions).toContain(`'-2+3 is geen som`);
    expect(contributions).toContain(';');
  });

  it('report without --csv, or without a process in the files, says so in one line', () => {
    expect(cli('report', GOOD_FILES[0]!)).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/--csv MAP/)],
    });
    const r = cli('report', GOOD_FILES[0]!, '--csv', join(tmp, 'leeg'));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(/geen participatieproces/)]);
  });
});
