import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importBundleText } from '../../src/db/exchange';
import { db } from '../../src/db/schema';
import { formatHlc } from '../../src/domain/clock';
import { KIOSK_CONSENT_VERSION } from '../../src/domain/contact';
import type { Version } from '../../src/domain/merge';
import { type Lookup, problemMessage } from '../../src/exchange/problems';
import { translateNl } from '../../src/i18n/nl';
import { deviceBundle, MEETING_ID, PROCESS_ID, T0 } from '../helpers/exchangeData';
import { freshDb } from '../helpers/freshDb';

/**
 * Adversarial files of the privacy classes (issue 10 items 4–6), in tests/fixtures/bad:
 *  - lower-threshold.json: a process whose k is 2 (would show groups of 2 people): refused, in the
 *    app's import and by `buurtstem validate`, with a Dutch message; the database is unchanged.
 *  - contact-tombstone-with-address.json: an erasure that still carries the address (an older or
 *    hostile app): taken, but stored without the address.
 * `WRITE_PRIVACY_FIXTURES=1 npx vitest run tests/unit/privacy-fixtures.test.ts` writes them.
 */

const BAD = 'tests/fixtures/bad';
const DEVICE = 'tabletp1';
const s = (ms: number, counter = 0) => formatHlc({ ms, counter, deviceId: DEVICE });

function processRecord(minGroupSize: number): Version {
  const config = JSON.parse(readFileSync('public/config.json', 'utf8')) as {
    process: Record<string, unknown>;
  };
  const p = config.process as { settings: Record<string, unknown> };
  return {
    ...p,
    settings: { ...p.settings, minGroupSize },
    id: PROCESS_ID,
    createdAt: new Date(T0).toISOString(),
    updatedAt: s(T0),
    deviceId: DEVICE,
    rev: 1,
    deleted: false,
    vv: { [DEVICE]: s(T0) },
  } as unknown as Version;
}

const DAY_MS = Date.UTC(2026, 2, 2);
const CONTACT_ID = '44444444-4444-4444-8444-444444444444';

function tombstoneWithAddress(): Version {
  return {
    id: CONTACT_ID,
    createdAt: '2026-03-02T00:00:00.000Z',
    updatedAt: s(DAY_MS, 2),
    deviceId: DEVICE,
    rev: 2,
    deleted: true,
    vv: { [DEVICE]: s(DAY_MS, 2) },
    processId: PROCESS_ID,
    meetingId: MEETING_ID,
    channel: 'email',
    value: 'nog.steeds.hier@example.nl',
    consentText: 'Ja, de gemeente mag mij een bericht sturen.',
    consentVersion: KIOSK_CONSENT_VERSION,
    consentedOn: '2026-03-02',
    language: 'nl',
  } as unknown as Version;
}

async function fixtures(): Promise<Record<string, string>> {
  return {
    'lower-threshold.json': (await deviceBundle(DEVICE, 1, { processes: [processRecord(2)] })).text,
    'contact-tombstone-with-address.json': (
      await deviceBundle(DEVICE, 1, { contacts: [tombstoneWithAddress()] })
    ).text,
  };
}

const read = (name: string) => readFileSync(`${BAD}/${name}`, 'utf8');

beforeAll(async () => {
  if (process.env.WRITE_PRIVACY_FIXTURES) {
    for (const [name, text] of Object.entries(await fixtures())) writeFileSync(`${BAD}/${name}`, text);
  }
});

async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const t of db.tables) if (t.name !== 'kv') out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

const dutch: Lookup = (key, params) => (translateNl.has(key) ? translateNl(key, params) : key);

beforeEach(freshDb);

describe('privacy fixtures through the app import', () => {
  it('the committed files are there', async () => {
    for (const name of Object.keys(await fixtures())) expect(existsSync(`${BAD}/${name}`)).toBe(true);
  });

  it('a bundle that lowers the threshold below 5 is refused in Dutch; nothing changes', async () => {
    const before = await snapshot();
    const r = await importBundleText(read('lower-threshold.json'), 'lower-threshold.json');
    expect(r.status).toBe('refused');
    const text = r.problems.map((p) => problemMessage(p, dutch)).join('\n');
    expect(text).toContain('minGroupSize');
    expect(text).toContain('minimaal 5');
    expect(await snapshot()).toBe(before);
  });

  it('an erasure that still carries the address is stored without it', async () => {
    const r = await importBundleText(
      read('contact-tombstone-with-address.json'),
      'contact-tombstone-with-address.json',
    );
    expect(r.status).toBe('imported');
    const row = await db.contacts.get(CONTACT_ID);
    expect(row?.deleted).toBe(true);
    expect(JSON.stringify(await snapshot())).not.toContain('nog.steeds.hier');
  });
});

describe('privacy fixtures through the command line', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['cli/bin.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  // The command line as built from these sources (the schema with k at least 5).
  beforeAll(() => {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts']);
  }, 120_000);

  it('validate refuses the lowered threshold with a Dutch message naming the field', () => {
    const r = cli('validate', `${BAD}/lower-threshold.json`);
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain('minimaal 5');
  });

  it('report on the erasure with the address prints no address', () => {
    const r = cli('validate', `${BAD}/contact-tombstone-with-address.json`);
    expect(r.status).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toContain('nog.steeds.hier');
  });
});
