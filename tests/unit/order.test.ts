// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCode, byName } from '../../src/domain/order';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('the two orders of strings (src/domain/order.ts)', () => {
  it('no code of the app, the CLI or the server calls localeCompare: it sorts by byCode or byName', () => {
    const calls = ['src', 'cli', 'server']
      .flatMap((d) => sources(join(ROOT, d)))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (/\.localeCompare\(/.test(line) ? [`${relative(ROOT, f)}:${i + 1}`] : [])),
      );
    expect(calls).toEqual([]);
  });

  it('byCode orders ISO dates and times as time goes', () => {
    const when = fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(when, when, (a, b) => {
        expect(Math.sign(byCode(a.toISOString(), b.toISOString()))).toBe(
          Math.sign(a.getTime() - b.getTime()),
        );
        const [da, db] = [a.toISOString().slice(0, 10), b.toISOString().slice(0, 10)];
        expect(Math.sign(byCode(da, db))).toBe(Math.sign(Date.parse(da) - Date.parse(db)));
      }),
    );
  });

  it('byCode is a total order that does not depend on the language: the same sorted list everywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 30 }), (xs) => {
        const once = [...xs].sort(byCode);
        expect([...once].reverse().sort(byCode)).toEqual(once);
        for (let i = 1; i < once.length; i++) expect(byCode(once[i - 1]!, once[i]!)).toBeLessThanOrEqual(0);
        for (const x of xs) expect(byCode(x, x)).toBe(0);
      }),
    );
    // Where language rules and code order differ, byCode keeps code order: upper case first.
    expect(['b', 'B', 'a', 'A'].sort(byCode)).toEqual(['A', 'B', 'a', 'b']);
  });

  it('byName sorts names as Dutch readers expect', () => {
    expect(['Wyck', 'ijzer', 'Heer', 'Åbo', 'heer', 'Biesland'].sort(byName)).toEqual([
      'Åbo',
      'Biesland',
      'heer',
      'Heer',
      'ijzer',
      'Wyck',
    ]);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(byName(a, b))).toBe(Math.sign(a.localeCompare(b, 'nl')));
      }),
    );
  });
});
