/**
 * What the kiosk start screen needs to know about a PIN before it paints, without zod (issue 12:
 * zod is off the first screen's critical path). `isPinHash` answers exactly what
 * `pinHashSchema.safeParse(v).success` answers (src/domain/pin.ts; a property test holds them
 * equal, tests/unit/pinShape.test.ts), so a stored hash that one accepts the other accepts too.
 */
export const PIN_PATTERN = /^\d{4,6}$/;
export const PIN_ALGO = 'PBKDF2-SHA256';

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

const text = (v: unknown): boolean => typeof v === 'string' && v.length >= 16 && v.length <= 200;

/** A stored PIN hash of the current shape (algorithm, iterations, salt, hash). */
export function isPinHash(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { algo, iterations, salt, hash } = value as Record<string, unknown>;
  return (
    algo === PIN_ALGO &&
    typeof iterations === 'number' &&
    Number.isInteger(iterations) &&
    iterations >= 1000 &&
    iterations <= 10_000_000 &&
    text(salt) &&
    text(hash)
  );
}
