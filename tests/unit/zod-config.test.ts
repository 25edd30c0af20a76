import { describe, expect, it } from 'vitest';
import { contributionSchema } from '../../src/domain/contribution';
import { z } from '../../src/domain/zod';

describe('zod runs without its JIT (no Function() probe under the CSP)', () => {
  it('is configured jitless once a schema module is loaded', () => {
    expect(contributionSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });

  it("zod's own messages are Dutch from zod.ts on (zod/mini has no English fallback of its own)", () => {
    const r = z.object({ a: z.string() }).safeParse({ a: 1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/^Ongeldige invoer: verwacht string/);
  });

  it('never calls Function() while parsing', () => {
    const original = globalThis.Function;
    let calls = 0;
    const spy = new Proxy(original, {
      construct(target, args) {
        calls++;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls++;
        return Reflect.apply(target, self, args);
      },
    });
    globalThis.Function = spy;
    try {
      const schema = z.object({
        a: z.string(),
        b: z.number().check(z.int()),
        c: z.array(z.object({ d: z.boolean() })),
      });
      expect(schema.safeParse({ a: 'x', b: 1, c: [{ d: true }] }).success).toBe(true);
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toBe(0);
  });
});
