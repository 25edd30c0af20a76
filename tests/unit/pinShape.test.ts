import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasKioskPin, KIOSK_PIN_KEY } from '../../src/db/kioskPin';
import { db } from '../../src/db/schema';
import { hashPin, PIN_ALGO, pinHashSchema } from '../../src/domain/pin';
import { isPinHash, PIN_HASH_BOUNDS } from '../../src/domain/pinShape';

/**
 * The kiosk start screen asks "has this device a PIN?" without zod (isPinHash, issue 12); the PIN's
 * store checks the same value with pinHashSchema. Both must give the same answer for any stored
 * value, or the screen would offer "start" where the PIN pad later finds no PIN (or the reverse).
 * Both are built from PIN_HASH_BOUNDS; the values drawn sit on and around those bounds.
 */
const { iterations: ITER, text: TEXT } = PIN_HASH_BOUNDS;
const nearHash = fc.record(
  {
    algo: fc.oneof(fc.constant(PIN_ALGO), fc.string(), fc.constant(undefined)),
    iterations: fc.oneof(
      fc.integer({ min: -10, max: 2 * ITER.max }),
      fc.constantFrom(
        ITER.min - 1,
        ITER.min,
        ITER.max,
        ITER.max + 1,
        ITER.min + 0.5,
        Number.NaN,
        Number.POSITIVE_INFINITY,
      ),
      fc.string(),
    ),
    salt: fc.oneof(fc.string({ minLength: 0, maxLength: TEXT.max + 20 }), fc.integer()),
    hash: fc.oneof(fc.string({ minLength: TEXT.min - 2, maxLength: TEXT.max + 2 }), fc.constant(null)),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('isPinHash answers what pinHashSchema answers', () => {
  it('for values near a PIN hash and for anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(nearHash, fc.anything(), fc.array(fc.anything())), (v) => {
        expect(isPinHash(v)).toBe(pinHashSchema.safeParse(v).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts a real hash, so the property above is not all "false"', async () => {
    const h = await hashPin('1234', { iterations: 1000 });
    expect(isPinHash(h)).toBe(true);
    expect(pinHashSchema.safeParse(h).success).toBe(true);
  });

  it('both follow PIN_HASH_BOUNDS at each edge (one definition, not two copies)', () => {
    const at = (iterations: number, salt: number, hash: number) => {
      const v = { algo: PIN_ALGO, iterations, salt: 's'.repeat(salt), hash: 'h'.repeat(hash) };
      return [isPinHash(v), pinHashSchema.safeParse(v).success];
    };
    for (const [iter, salt, hash, ok] of [
      [ITER.min, TEXT.min, TEXT.max, true],
      [ITER.max, TEXT.max, TEXT.min, true],
      [ITER.min - 1, TEXT.min, TEXT.min, false],
      [ITER.max + 1, TEXT.min, TEXT.min, false],
      [ITER.min, TEXT.min - 1, TEXT.min, false],
      [ITER.min, TEXT.min, TEXT.max + 1, false],
    ] as const)
      expect(at(iter, salt, hash)).toEqual([ok, ok]);
  });

  it('hasKioskPin reads the stored hash', async () => {
    await db.kv.delete(KIOSK_PIN_KEY);
    expect(await hasKioskPin()).toBe(false);
    await db.kv.put({ key: KIOSK_PIN_KEY, value: await hashPin('1234', { iterations: 1000 }) });
    expect(await hasKioskPin()).toBe(true);
    await db.kv.put({ key: KIOSK_PIN_KEY, value: { algo: PIN_ALGO } });
    expect(await hasKioskPin()).toBe(false);
  });
});
