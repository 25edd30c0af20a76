import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appCss, keepUsedTokens, readTokens } from '../../scripts/utrecht-tokens';

const ROOT = join(import.meta.dirname, '../..');

describe('the Utrecht tokens cut to what the CSS reads', () => {
  const sample = `@media (width >= 35em) { .utrecht-theme--media-query { --a: 1px; } }
.utrecht-theme {
  --a: var(--b);
  --b: 2px;
  --c: 3px;
  --font: "Noto Sans Variable", sans-serif;
}
@media (prefers-color-scheme: dark) { .utrecht-theme--media-query-color-scheme { --a: 9px; } }`;

  it('keeps used tokens and the tokens they refer to, drops the rest and the variants', () => {
    const out = keepUsedTokens(
      sample,
      ['.x { margin: var(--a); font-family: var(--font) }'],
      new Set(['--font']),
    );
    expect([...out.matchAll(/(--[\w-]+):/g)].map((m) => m[1])).toEqual(['--a', '--b']);
    expect(out).not.toContain('9px');
    expect(out).not.toContain('Noto Sans Variable');
  });

  it('defines every Utrecht token the app reads that the full theme defines', () => {
    const require = createRequire(join(ROOT, 'package.json'));
    const full = readFileSync(require.resolve('@utrecht/design-tokens/dist/index.css'), 'utf8');
    const css = appCss(ROOT);
    const kept = keepUsedTokens(full, css);
    const fullBlock = /\n\.utrecht-theme\s*\{([^}]*)\}/.exec(full)?.[1] ?? '';
    const definedInFull = new Set([...fullBlock.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const definedKept = new Set([...kept.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const read = new Set(css.flatMap((c) => [...readTokens(c)]));
    const lost = [...read].filter((name) => definedInFull.has(name) && !definedKept.has(name));
    expect(lost).toEqual([]);
    // Far fewer than the ~2,500 of the whole theme.
    expect(definedKept.size).toBeGreaterThan(50);
    expect(definedKept.size).toBeLessThan(definedInFull.size / 3);
  });
});
