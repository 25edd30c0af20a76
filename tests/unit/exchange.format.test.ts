import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYNC_TABLES } from '../../src/db/schema';
import { decryptText, encryptText } from '../../src/exchange/crypto';
import { type Envelope, EXCHANGE_TABLES, envelopeSchema } from '../../src/exchange/format';
import { exchangeJsonSchemas, schemaFileText } from '../../src/exchange/jsonSchema';
import { readBundleText } from '../../src/exchange/read';
import { bundleFileName, encryptBundleText, slugify } from '../../src/exchange/write';
import { contribution, deviceBundle, meeting, T0 } from '../helpers/exchangeData';

describe('bundle format v1', () => {
  it('knows the same record types as the database', () => {
    expect([...EXCHANGE_TABLES]).toEqual([...SYNC_TABLES]);
  });

  it('the committed JSON Schemas match the zod schemas (run `npm run schema:bundle` after a change)', () => {
    for (const [path, schema] of Object.entries(exchangeJsonSchemas())) {
      const committed = readFileSync(path, 'utf8');
      expect(committed, `${path} is out of date: run npm run schema:bundle`).toBe(schemaFileText(schema));
    }
  });

  it('a written bundle reads back with the same records, counts and checksum', async () => {
    const records = { meetings: [meeting('tableta')], contributions: [contribution(1, 'tableta')] };
    const built = await deviceBundle('tableta', 1, records);
    expect(built.header.counts.records).toEqual({ meetings: 1, contributions: 1 });
    expect(built.header.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(built.text.startsWith('{"header":{"format":"buurtstem-bundle","formatVersion":1,')).toBe(true);
    const read = await readBundleText(built.text, { now: T0 });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bundle.header).toEqual(built.header);
    expect(read.bundle.records.contributions).toEqual(records.contributions);
    expect(read.bundle.records.meetings).toEqual(records.meetings);
    // Pretty-printing the file does not change the checksum (it is over the compact payload).
    const pretty = JSON.stringify(JSON.parse(built.text), null, 2);
    expect((await readBundleText(pretty, { now: T0 })).ok).toBe(true);
  });

  it('encrypts with PBKDF2-SHA256 (600,000 rounds) and AES-GCM-256, and decrypts with the same passphrase', async () => {
    const env = await encryptText('geheime tekst', 'lang genoeg wachtwoord');
    expect(envelopeSchema.safeParse(env).success).toBe(true);
    expect(env.kdf.iterations).toBe(600_000);
    expect(atob(env.kdf.salt)).toHaveLength(16);
    expect(atob(env.iv)).toHaveLength(12);
    expect(env.ciphertext).not.toContain('geheim');
    expect(await decryptText(env, 'lang genoeg wachtwoord')).toBe('geheime tekst');
    expect(await decryptText(env, 'ander wachtwoord')).toBeNull();
    const again = await encryptText('geheime tekst', 'lang genoeg wachtwoord');
    expect(again.kdf.salt).not.toBe(env.kdf.salt);
  });

  it('reads an encrypted bundle with the passphrase, and asks for it without', async () => {
    const built = await deviceBundle('tableta', 1, { contributions: [contribution(1, 'tableta')] });
    const enc = await encryptBundleText(built.text, 'wachtwoord123');
    const ok = await readBundleText(enc, { passphrase: 'wachtwoord123', now: T0 });
    expect(ok.ok && ok.bundle.encrypted).toBe(true);
    const missing = await readBundleText(enc, { now: T0 });
    expect(missing.ok ? [] : missing.problems).toEqual([{ code: 'needsPassphrase' }]);
  });

  it('an envelope carries a readable header bound to the ciphertext and checked against the bundle', async () => {
    const built = await deviceBundle('tableta', 3, { contributions: [contribution(1, 'tableta')] });
    const enc = await encryptBundleText(built.text, 'wachtwoord123', built.header);
    const env = JSON.parse(enc) as Envelope;
    expect(env.header).toEqual({
      kind: 'device',
      deviceId: 'tableta',
      processId: built.header.processId,
      exportSeq: 3,
      sha256: built.header.sha256,
    });
    expect(enc).not.toContain('Inbreng');
    const ok = await readBundleText(enc, { passphrase: 'wachtwoord123', now: T0 });
    expect(ok.ok && ok.bundle.header.exportSeq).toBe(3);
    // Changing a readable field breaks the authentication: it cannot be swapped.
    for (const swapped of [
      { ...env.header!, exportSeq: 4 },
      { ...env.header!, deviceId: 'tabletb' },
      { ...env.header!, sha256: '0'.repeat(64) },
    ]) {
      const read = await readBundleText(JSON.stringify({ ...env, header: swapped }), {
        passphrase: 'wachtwoord123',
        now: T0,
      });
      expect(read.ok ? [] : read.problems).toEqual([{ code: 'wrongPassphrase' }]);
    }
    // Removing the header also fails (the additional data was part of the encryption).
    const { header: _h, ...bare } = env;
    const stripped = await readBundleText(JSON.stringify(bare), { passphrase: 'wachtwoord123', now: T0 });
    expect(stripped.ok ? [] : stripped.problems).toEqual([{ code: 'wrongPassphrase' }]);
    // A header that disagrees with the bundle inside (made so by the encrypting program) is refused.
    const lying = JSON.stringify(
      await encryptText(built.text, 'wachtwoord123', { ...env.header!, exportSeq: 9 }),
    );
    const refused = await readBundleText(lying, { passphrase: 'wachtwoord123', now: T0 });
    expect(refused.ok ? [] : refused.problems).toEqual([
      { code: 'envelopeHeaderMismatch', params: { field: 'header.exportSeq' } },
    ]);
    // A header that is not valid is named before any key is derived.
    const bad = await readBundleText(JSON.stringify({ ...env, header: { ...env.header, exportSeq: -1 } }), {
      passphrase: 'wachtwoord123',
    });
    expect(bad.ok ? '' : bad.problems[0]!.code).toBe('badEnvelopeField');
  });

  it('names files so that a person can tell device, date and number apart', () => {
    const date = new Date(2026, 2, 14, 21, 30);
    expect(slugify('Tablet Trajekt 2')).toBe('tablet-trajekt-2');
    expect(slugify('Café Één — zaal ④')).toBe('cafe-een-zaal-4');
    expect(slugify('///')).toBe('apparaat');
    expect(bundleFileName({ kind: 'device', deviceLabel: 'Tablet Trajekt 2', date, exportSeq: 7 })).toBe(
      'buurtstem_tablet-trajekt-2_2026-03-14_007.json',
    );
    expect(
      bundleFileName({
        kind: 'device',
        deviceLabel: 'Tablet A',
        date,
        exportSeq: 12,
        everything: true,
        encrypted: true,
      }),
    ).toBe('buurtstem_tablet-a_2026-03-14_012_alles.json.enc');
    expect(bundleFileName({ kind: 'publish', deviceLabel: 'Laptop BMO', date, exportSeq: 1 })).toBe(
      'buurtstem_publicatie_laptop-bmo_2026-03-14_001.json',
    );
  });
});
