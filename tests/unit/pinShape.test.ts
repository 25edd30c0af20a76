import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasKioskPin, KIOSK_PIN_KEY } from '../../src/db/kioskPin';
import { db } from '../../src/db/schema';
import { hashPin, PIN_ALGO, pinHashSchema } from '../../src/domain/pin';
import { isPinHash } from '../../src/domain/pinShape';

/**
 * The kiosk start screen asks "has this device a PIN?" without zod (isPinHash, issue 12); the PIN's
 * store checks the same value with pinHashSchema. Both must give the same answer for any stored
 * value, or the screen would offer "start" where the PIN pad later finds no PIN (or the reverse).
 */
const nearHash = fc.record(
  {
    algo: fc.oneof(fc.constant(PIN_ALGO), fc.string(), fc.constant(undefined)),
    iterations: fc.oneof(
      fc.integer({ min: -10, max: 20_000_000 }),
      fc.constantFrom(999, 1000, 10_000_000, 10_000_001, 1000.5, Number.NaN, Number.POSITIVE_INFINITY),
      fc.string(),
    ),
    salt: fc.oneof(fc.string({ minLength: 0, maxLength: 220 }), fc.integer()),
    hash: fc.oneof(fc.string({ minLength: 14, maxLength: 202 }), fc.constant(null)),
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

  it('hasKioskPin reads the stored hash', async () => {
    await db.kv.delete(KIOSK_PIN_KEY);
    expect(await hasKioskPin()).toBe(false);
    await db.kv.put({ key: KIOSK_PIN_KEY, value: await hashPin('1234', { iterations: 1000 }) });
    expect(await hasKioskPin()).toBe(true);
    await db.kv.put({ key: KIOSK_PIN_KEY, value: { algo: PIN_ALGO } });
    expect(await hasKioskPin()).toBe(false);
  });
});
