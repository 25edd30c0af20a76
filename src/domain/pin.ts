import { z } from './zod';

/**
 * The facilitator PIN that guards leaving kiosk mode: 4 to 6 digits, stored only as a salted
 * PBKDF2-SHA256 hash (Web Crypto), and a lockout after too many wrong tries. Pure: no DOM, no
 * database; the repository (src/db/kiosk.ts) stores what these functions return.
 *
 * A 4-6 digit PIN cannot resist someone who copies the database and tries all million codes;
 * the hash keeps the PIN from being read in plain text, the lockout stops guessing on the tablet.
 */
export const PIN_PATTERN = /^\d{4,6}$/;
export const PIN_ALGO = 'PBKDF2-SHA256';
/** Iterations for new hashes; stored with each hash so the number can grow later. */
export const PIN_ITERATIONS = 310_000;
export const MAX_PIN_TRIES = 5;
export const PIN_LOCK_MS = 60_000;

export const pinHashSchema = z.object({
  algo: z.literal(PIN_ALGO),
  iterations: z.number().int().min(1000).max(10_000_000),
  /** base64 of 16 random bytes */
  salt: z.string().min(16).max(200),
  /** base64 of the 32-byte derived key */
  hash: z.string().min(16).max(200),
});
export type PinHash = z.infer<typeof pinHashSchema>;

export const pinLockSchema = z.object({
  /** Wrong tries since the last right PIN or the last lock. */
  failures: z.number().int().min(0).max(1000),
  /** Epoch ms until which the pad is locked. */
  lockedUntil: z.number().optional(),
});
export type PinLock = z.infer<typeof pinLockSchema>;
export const NO_LOCK: PinLock = { failures: 0 };

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Hash a PIN with a fresh random salt (or the given one, for tests). */
export async function hashPin(
  pin: string,
  opts: { salt?: Uint8Array<ArrayBuffer>; iterations?: number } = {},
): Promise<PinHash> {
  if (!isValidPin(pin)) throw new Error('PIN must be 4 to 6 digits');
  const salt = opts.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const iterations = opts.iterations ?? PIN_ITERATIONS;
  return {
    algo: PIN_ALGO,
    iterations,
    salt: toBase64(salt),
    hash: toBase64(await derive(pin, salt, iterations)),
  };
}

/** Compare without stopping at the first different byte. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const derived = await derive(pin, fromBase64(stored.salt), stored.iterations);
  return sameBytes(derived, fromBase64(stored.hash));
}

/**
 * Milliseconds the pad is still locked. A lock never lasts longer than `lockMs` from now, so a
 * tablet whose clock jumped back does not stay locked for hours.
 */
export function lockRemainingMs(lock: PinLock, now: number, lockMs = PIN_LOCK_MS): number {
  if (lock.lockedUntil === undefined) return 0;
  return Math.max(0, Math.min(lock.lockedUntil - now, lockMs));
}

export function isLocked(lock: PinLock, now: number, lockMs = PIN_LOCK_MS): boolean {
  return lockRemainingMs(lock, now, lockMs) > 0;
}

/** The state after a wrong PIN: the MAX_PIN_TRIES-th wrong try locks the pad for `lockMs`. */
export function registerFailure(
  lock: PinLock,
  now: number,
  opts: { maxTries?: number; lockMs?: number } = {},
): PinLock {
  const maxTries = opts.maxTries ?? MAX_PIN_TRIES;
  const lockMs = opts.lockMs ?? PIN_LOCK_MS;
  if (isLocked(lock, now, lockMs)) return lock;
  const failures = lock.failures + 1;
  if (failures >= maxTries) return { failures: 0, lockedUntil: now + lockMs };
  return { failures };
}

/** Tries left before the pad locks. */
export function triesLeft(lock: PinLock, maxTries = MAX_PIN_TRIES): number {
  return Math.max(0, maxTries - lock.failures);
}
