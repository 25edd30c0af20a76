// @vitest-environment node
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ModulePlan,
  planModule,
  renderModule,
  valuesOnlyModule,
} from '../../scripts/values-only-catalogues.mjs';
import type { Entry } from '../../src/i18n/translator';
import { zipCatalogue } from '../../src/i18n/zipCatalogue';

/** What a plan gives at run time, export by export (as the built module computes it). */
function materialise(
  plan: ModulePlan[],
  dutch: Record<string, object>,
): Record<string, Record<string, Entry>> {
  const out: Record<string, Record<string, Entry>> = {};
  for (const p of plan) {
    if (p.kind === 'zip') out[p.name] = zipCatalogue(dutch[p.dutch] as object, p.values);
    else out[p.name] = Object.assign({}, ...p.of.map((o) => out[o]));
  }
  return out;
}

const I18N = resolve(__dirname, '../../src/i18n');
const FILES = ['en', 'ar', 'pl', 'tr'].flatMap((lang) =>
  readdirSync(join(I18N, lang))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${lang}/${f.replace(/\.ts$/, '')}`),
);
const tmp = mkdtempSync(join(tmpdir(), 'values-only-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('values-only catalogues (the app build ships translations without their keys)', () => {
  it('covers every translated catalogue file', () => {
    // en: every staff feature plus the resident files; ar/pl/tr: the resident files.
    expect(FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FILES)(
    '%s: the shipped module gives the source text for every key of every export',
    async (name) => {
      const file = join(I18N, `${name}.ts`);
      const source = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const code = await valuesOnlyModule(file);
      expect(code).not.toBeNull();
      // The exact code the build ships, run as a module of its own (it imports the Dutch file and the zipper).
      const shipped = join(tmp, `${name.replace('/', '-')}.ts`);
      writeFileSync(shipped, code as string);
      const built = (await import(/* @vite-ignore */ shipped)) as Record<string, unknown>;
      const catalogues = Object.keys(source).filter((k) => typeof source[k] === 'object');
      expect(catalogues.length).toBeGreaterThan(0);
      expect(Object.keys(built).sort()).toEqual(catalogues.sort());
      for (const k of catalogues) {
        const want = source[k] as Record<string, Entry>;
        const got = built[k] as Record<string, Entry>;
        expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
        for (const key of Object.keys(want)) expect(got[key]).toEqual(want[key]);
      }
      // And, past its two import lines, shorter than the keyed source (the point of it).
      const body = (code as string).replace(/^import .*\n/gm, '');
      expect(body.length).toBeLessThan(
        JSON.stringify(Object.fromEntries(catalogues.map((k) => [k, source[k]]))).length,
      );
    },
  );

  const key = fc.stringMatching(/^[a-z]{1,8}(\.[a-zA-Z]{1,8}){0,2}$/);
  const entry: fc.Arbitrary<Entry> = fc.oneof(
    fc.string(),
    fc.record({ one: fc.string(), other: fc.string() }, { requiredKeys: ['other'] }),
  );

  it('property: any translation of any Dutch catalogue comes back equal, keys left out stay out', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 30 }),
        fc.func(fc.boolean()),
        fc.func(entry),
        (keys, keep, text) => {
          const dutch = { nlPart: Object.fromEntries(keys.map((k) => [k, `nl ${k}`])) };
          const translated = {
            enPart: Object.fromEntries(keys.filter((k) => keep(k)).map((k) => [k, text(k)])),
          };
          const plan = planModule(translated, dutch);
          const got = materialise(plan, dutch);
          expect(got).toEqual(translated);
          // Rendered code carries no key.
          const code = renderModule(plan, './nl', './zip');
          for (const k of keys) if (k.length > 3) expect(code.includes(JSON.stringify(k))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an export made of other exports is shipped as their spread, not its texts again', () => {
    const dutch = {
      nlKiosk: { a: 'A', b: 'B' },
      kioskFacilitator: { c: 'C' },
      kiosk: { a: 'A', b: 'B', c: 'C' },
    };
    const enKiosk = { a: 'a', b: 'b' };
    const kioskFacilitator = { c: 'c' };
    const plan = planModule({ enKiosk, kioskFacilitator, kiosk: { ...enKiosk, ...kioskFacilitator } }, dutch);
    expect(plan.find((p) => p.name === 'kiosk')).toEqual({
      name: 'kiosk',
      kind: 'spread',
      of: ['enKiosk', 'kioskFacilitator'],
    });
    expect(materialise(plan, dutch).kiosk).toEqual({ a: 'a', b: 'b', c: 'c' });
  });

  it('a translated key the Dutch catalogue lacks stops the build (it would be shipped without a key)', () => {
    expect(() => planModule({ capture: { x: 'X', y: 'Y' } }, { capture: { x: 'x' } })).toThrow(/lacks: y/);
    expect(() => planModule({ other: { x: 'X' } }, { capture: { x: 'x' } })).toThrow(/no Dutch catalogue/);
  });

  it('a values list of another length than the Dutch keys is refused at run time', () => {
    expect(() => zipCatalogue({ a: 'A', b: 'B' }, ['x'])).toThrow(/1 values for 2 Dutch keys/);
  });
});
