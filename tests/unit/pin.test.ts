import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  hashPin,
  isLocked,
  isValidPin,
  lockRemainingMs,
  MAX_PIN_TRIES,
  NO_LOCK,
  PIN_LOCK_MS,
  type PinLock,
  pinHashSchema,
  registerFailure,
  triesLeft,
  verifyPin,
} from '../../src/domain/pin';

// Fewer iterations keep the tests fast; the algorithm is the same.
const FAST = { iterations: 2000 };

describe('PIN format', () => {
  it('accepts 4 to 6 digits only', () => {
    for (const ok of ['1234', '00000', '987654']) expect(isValidPin(ok)).toBe(true);
    for (const bad of ['', '123', '1234567', '12a4', ' 1234', '12 34', '١٢٣٤'])
      expect(isValidPin(bad)).toBe(false);
  });
});

describe('PIN hashing (salted PBKDF2-SHA256)', () => {
  it('stores no PIN in plain text and verifies only the right PIN', async () => {
    const h = await hashPin('2468', FAST);
    expect(pinHashSchema.safeParse(h).success).toBe(true);
    expect(h.algo).toBe('PBKDF2-SHA256');
    expect(JSON.stringify(h)).not.toContain('2468');
    expect(await verifyPin('2468', h)).toBe(true);
    expect(await verifyPin('2469', h)).toBe(false);
    expect(await verifyPin('24680', h)).toBe(false);
    expect(await verifyPin('abcd', h)).toBe(false);
  });

  it('uses a fresh random salt: the same PIN gives different hashes', async () => {
    const a = await hashPin('1234', FAST);
    const b = await hashPin('1234', FAST);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('1234', b)).toBe(true);
  });

  it("is PBKDF2-HMAC-SHA256 (same result as Node's own implementation)", async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await hashPin('0000', { salt, iterations: 1000 });
    const expected = pbkdf2Sync('0000', Buffer.from(salt), 1000, 32, 'sha256').toString('base64');
    expect(a.hash).toBe(expected);
    expect(a.salt).toBe(Buffer.from(salt).toString('base64'));
    // Other iteration count, other hash.
    expect((await hashPin('0000', { salt, iterations: 1001 })).hash).not.toBe(a.hash);
  });

  it('refuses to hash an invalid PIN', async () => {
    await expect(hashPin('12', FAST)).rejects.toThrow();
  });

  it('the default iteration count is at least 300,000', async () => {
    const { PIN_ITERATIONS } = await import('../../src/domain/pin');
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(300_000);
  });
});

describe('lockout after 5 wrong tries', () => {
  const t0 = 1_000_000;
  it('counts down the tries and locks on the 5th wrong one for 60 s', () => {
    let lock: PinLock = NO_LOCK;
    for (let i = 1; i < MAX_PIN_TRIES; i++) {
      lock = registerFailure(lock, t0 + i);
      expect(isLocked(lock, t0 + i)).toBe(false);
      expect(triesLeft(lock)).toBe(MAX_PIN_TRIES - i);
    }
    lock = registerFailure(lock, t0 + 10);
    expect(isLocked(lock, t0 + 10)).toBe(true);
    expect(lockRemainingMs(lock, t0 + 10)).toBe(PIN_LOCK_MS);
    expect(isLocked(lock, t0 + 10 + PIN_LOCK_MS - 1)).toBe(true);
    expect(isLocked(lock, t0 + 10 + PIN_LOCK_MS)).toBe(false);
    // After the lock, five new tries.
    expect(triesLeft(lock)).toBe(MAX_PIN_TRIES);
  });

  it('wrong tries during the lock do not extend it', () => {
    const locked: PinLock = { failures: 0, lockedUntil: t0 + PIN_LOCK_MS };
    expect(registerFailure(locked, t0 + 5)).toEqual(locked);
  });

  it('a clock that jumped back does not lock for longer than the lock time', () => {
    const locked: PinLock = { failures: 0, lockedUntil: t0 + PIN_LOCK_MS };
    expect(lockRemainingMs(locked, t0 - 3_600_000)).toBe(PIN_LOCK_MS);
  });

  it('a shorter lock time can be given (for tests)', () => {
    let lock: PinLock = NO_LOCK;
    for (let i = 0; i < MAX_PIN_TRIES; i++) lock = registerFailure(lock, t0, { lockMs: 2000 });
    expect(lockRemainingMs(lock, t0, 2000)).toBe(2000);
    expect(isLocked(lock, t0 + 2000, 2000)).toBe(false);
  });
});
