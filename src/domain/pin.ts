import { isValidPin, PIN_ALGO, PIN_HASH_BOUNDS } from './pinShape';
import { z } from './zod';

/**
 * The facilitator PIN that guards leaving kiosk mode: 4 to 6 digits, stored only as a salted
 * PBKDF2-SHA256 hash (Web Crypto), and a lockout after too many wrong tries. Pure: no DOM, no
 * database; the repository (src/db/kiosk.ts) stores what these functions return.
 *
 * A 4-6 digit PIN cannot resist someone who copies the database and tries all million codes;
 * the hash keeps the PIN from being read in plain text, the lockout stops guessing on the tablet.
 */
// Pure checks the kiosk start screen uses before zod has loaded (src/domain/pinShape.ts).
export { isValidPin, PIN_ALGO, PIN_PATTERN } from './pinShape';
/** Iterations for new hashes; stored with each hash so the number can grow later. */
export const PIN_ITERATIONS = 310_000;
export const MAX_PIN_TRIES = 5;
export const PIN_LOCK_MS = 60_000;

/** Built from PIN_HASH_BOUNDS, the same constants `isPinHash` (src/domain/pinShape.ts) checks. */
export const pinHashSchema = z.object({
  algo: z.literal(PIN_ALGO),
  iterations: z
    .number()
    .check(z.int(), z.gte(PIN_HASH_BOUNDS.iterations.min), z.lte(PIN_HASH_BOUNDS.iterations.max)),
  /** base64 of 16 random bytes */
  salt: z.string().check(z.minLength(PIN_HASH_BOUNDS.text.min), z.maxLength(PIN_HASH_BOUNDS.text.max)),
  /** base64 of the 32-byte derived key */
  hash: z.string().check(z.minLength(PIN_HASH_BOUNDS.text.min), z.maxLength(PIN_HASH_BOUNDS.text.max)),
});
export type PinHash = z.infer<typeof pinHashSchema>;

export const pinLockSchema = z.object({
  /** Wrong tries since the last right PIN or the last lock. */
  failures: z.number().check(z.int(), z.gte(0), z.lte(1000)),
  /** Epoch ms until which the pad is locked. */
  lockedUntil: z.optional(z.number()),
});
export type PinLock = z.infer<typeof pinLockSchema>;
export const NO_LOCK: PinLock = { failures: 0 };

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

// ---- Recovery code: the way back when the facilitator forgot the PIN (issue 16.8) ----

/**
 * Shown once when the PIN is set, to be written on paper and kept apart from the tablet. Stored
 * only as a PBKDF2 hash (like the PIN). It lets the facilitator set a new PIN; after use it is
 * spent and a new one is shown with the new PIN. A resident cannot get out without it, and wrong
 * codes count towards the same lockout as wrong PINs.
 *
 * 12 characters from 31 that cannot be mixed up when read from paper (no 0/O, 1/I/L): about 59
 * bits, far more than a PIN, because it can be typed on a locked pad as well.
 */
export const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RECOVERY_LENGTH = 12;

/** A fresh code, grouped in fours for reading: "K7QM-3XPA-HW9R". */
export function newRecoveryCode(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const out: string[] = [];
  // Rejection sampling: bytes >= 248 (8 × 31) are skipped so every character is equally likely.
  while (out.length < RECOVERY_LENGTH) {
    for (const b of random(RECOVERY_LENGTH * 2)) {
      if (b >= 248 || out.length >= RECOVERY_LENGTH) continue;
      out.push(RECOVERY_ALPHABET[b % 31]!);
    }
  }
  const s = out.join('');
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

/**
 * What the facilitator types → the code's 12 characters, or null. Case, spaces and dashes do not
 * matter, and the look-alikes a person may read from paper are taken as what they must be
 * (O → 0 is impossible, so O and 0 are refused; I, L and 1 are refused too).
 */
export function normaliseRecoveryCode(text: string): string | null {
  const s = text.toUpperCase().replace(/[\s-]/g, '');
  if (s.length !== RECOVERY_LENGTH) return null;
  for (const ch of s) if (!RECOVERY_ALPHABET.includes(ch)) return null;
  return s;
}

export async function hashRecoveryCode(
  code: string,
  opts: { salt?: Uint8Array<ArrayBuffer>; iterations?: number } = {},
): Promise<PinHash> {
  const norm = normaliseRecoveryCode(code);
  if (!norm) throw new Error('not a recovery code');
  const salt = opts.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const iterations = opts.iterations ?? PIN_ITERATIONS;
  return {
    algo: PIN_ALGO,
    iterations,
    salt: toBase64(salt),
    hash: toBase64(await derive(norm, salt, iterations)),
  };
}

export async function verifyRecoveryCode(code: string, stored: PinHash): Promise<boolean> {
  const norm = normaliseRecoveryCode(code);
  if (!norm) return false;
  const derived = await derive(norm, fromBase64(stored.salt), stored.iterations);
  return sameBytes(derived, fromBase64(stored.hash));
}
