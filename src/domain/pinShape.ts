/**
 * What the kiosk start screen needs to know about a PIN before it paints, without zod (issue 12:
 * zod is off the first screen's critical path). The shape of a stored PIN hash is defined once, in
 * `PIN_HASH_BOUNDS` below: `isPinHash` checks it by hand and `pinHashSchema` (src/domain/pin.ts) is
 * built from the same constants, so the two cannot drift apart by an edit to one of them; a property
 * test holds their answers equal (tests/unit/pinShape.test.ts).
 */
export const PIN_PATTERN = /^\d{4,6}$/;
export const PIN_ALGO = 'PBKDF2-SHA256';

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** The bounds of a stored PIN hash: the one definition for `isPinHash` and `pinHashSchema`. */
export const PIN_HASH_BOUNDS = {
  /** PBKDF2 iterations stored with the hash (an integer). */
  iterations: { min: 1000, max: 10_000_000 },
  /** Length of the base64 salt and hash texts. */
  text: { min: 16, max: 200 },
} as const;

const { iterations: ITERATIONS, text: TEXT } = PIN_HASH_BOUNDS;
const text = (v: unknown): boolean => typeof v === 'string' && v.length >= TEXT.min && v.length <= TEXT.max;

/** A stored PIN hash of the current shape (algorithm, iterations, salt, hash). */
export function isPinHash(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { algo, iterations, salt, hash } = value as Record<string, unknown>;
  return (
    algo === PIN_ALGO &&
    typeof iterations === 'number' &&
    Number.isInteger(iterations) &&
    iterations >= ITERATIONS.min &&
    iterations <= ITERATIONS.max &&
    text(salt) &&
    text(hash)
  );
}
