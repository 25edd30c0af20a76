import { beforeEach, describe, expect, it } from 'vitest';
import {
  checkKioskPin,
  checkRecoveryCode,
  hasRecoveryCode,
  KIOSK_RECOVERY_KEY,
  recoverKioskPin,
  setKioskPin,
} from '../../src/db/kiosk';
import { getKv } from '../../src/db/kv';
import {
  hashRecoveryCode,
  newRecoveryCode,
  normaliseRecoveryCode,
  RECOVERY_ALPHABET,
  verifyRecoveryCode,
} from '../../src/domain/pin';
import { freshDb } from '../helpers/freshDb';

const FAST = { iterations: 2000 };

describe('recovery code (pure)', () => {
  it('is 12 unambiguous characters in groups of four', () => {
    for (let i = 0; i < 200; i++) {
      const code = newRecoveryCode();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      for (const ch of code.replace(/-/g, '')) expect(RECOVERY_ALPHABET).toContain(ch);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  it('skips bytes 248-255, so every character is equally likely (8 of 248 bytes each)', () => {
    // 248 = 8 × 31: a byte below it maps evenly; the 8 above would favour the first 8 characters.
    const stream = [
      248, 249, 250, 251, 252, 253, 254, 255, 0, 1, 2, 30, 31, 32, 247, 62, 93, 124, 155, 186, 217, 5,
    ];
    let i = 0;
    const random = (k: number) => Uint8Array.from({ length: k }, () => stream[i++ % stream.length]!);
    const A = RECOVERY_ALPHABET;
    expect(newRecoveryCode(random)).toBe(
      `${A[0]}${A[1]}${A[2]}${A[30]}-${A[0]}${A[1]}${A[30]}${A[0]}-${A[0]}${A[0]}${A[0]}${A[0]}`,
    );
  });

  it('reads what is typed from paper: case, spaces and dashes do not matter', () => {
    expect(normaliseRecoveryCode('k7qm 3xpa hw9r')).toBe('K7QM3XPAHW9R');
    expect(normaliseRecoveryCode('K7QM-3XPA-HW9R')).toBe('K7QM3XPAHW9R');
    expect(normaliseRecoveryCode('K7QM-3XPA-HW9')).toBeNull();
    expect(normaliseRecoveryCode('K7QM-3XPA-HW90')).toBeNull();
    expect(normaliseRecoveryCode('')).toBeNull();
  });

  it('is stored hashed and verified against the hash only', async () => {
    const code = newRecoveryCode();
    const stored = await hashRecoveryCode(code, FAST);
    expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ''));
    expect(await verifyRecoveryCode(code.toLowerCase().replace(/-/g, ' '), stored)).toBe(true);
    expect(await verifyRecoveryCode(newRecoveryCode(), stored)).toBe(false);
    expect(await verifyRecoveryCode('1234', stored)).toBe(false);
  });
});

describe('forgotten kiosk PIN (database)', () => {
  beforeEach(freshDb);

  it('setting a PIN gives a recovery code, stored only as a hash', async () => {
    const code = await setKioskPin('2468');
    expect(normaliseRecoveryCode(code)).not.toBeNull();
    expect(await hasRecoveryCode()).toBe(true);
    expect(JSON.stringify(await getKv(KIOSK_RECOVERY_KEY))).not.toContain(code.replace(/-/g, ''));
  });

  it('the code sets a new PIN once; the old code is spent and a new one is given', async () => {
    const code = await setKioskPin('2468');
    const r = await recoverKioskPin(code, '1357');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.recoveryCode).not.toBe(code);
    expect(await checkKioskPin('1357')).toEqual({ ok: true });
    expect(await checkKioskPin('2468')).toMatchObject({ ok: false });
    // One-time: the old code no longer works.
    expect(await recoverKioskPin(code, '9999')).toMatchObject({ ok: false });
    expect(await checkKioskPin('1357')).toEqual({ ok: true });
    // The new code does.
    expect((await recoverKioskPin(r.recoveryCode, '8642')).ok).toBe(true);
    expect(await checkKioskPin('8642')).toEqual({ ok: true });
  });

  it('wrong codes count towards the PIN lockout, so a resident cannot guess their way out', async () => {
    const code = await setKioskPin('2468');
    const t0 = 9_000_000;
    for (let i = 1; i <= 4; i++)
      expect(await checkRecoveryCode('AAAA-BBBB-CCCC', t0 + i)).toEqual({
        ok: false,
        locked: false,
        triesLeft: 5 - i,
      });
    expect(await checkRecoveryCode('AAAA-BBBB-CCCC', t0 + 5)).toMatchObject({ ok: false, locked: true });
    // Locked: even the right code and the right PIN are refused.
    expect(await checkRecoveryCode(code, t0 + 10)).toMatchObject({ ok: false, locked: true });
    expect(await recoverKioskPin(code, '1111', t0 + 10)).toMatchObject({ ok: false, locked: true });
    expect(await checkKioskPin('2468', t0 + 10)).toMatchObject({ ok: false, locked: true });
  });

  it('without a recovery code stored, nothing opens', async () => {
    expect(await checkRecoveryCode('AAAA-BBBB-CCCC')).toMatchObject({ ok: false });
    expect(await recoverKioskPin('AAAA-BBBB-CCCC', '1234')).toMatchObject({ ok: false });
  });
});
