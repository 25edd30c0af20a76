import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of the stylesheets (issue 11, item 4). Feature stylesheets load lazily with
 * their screen; when two of them define the same class differently, a screen looks different
 * depending on which screen was opened first. So:
 * - a class is defined (named in the first compound of a selector) in one stylesheet only;
 * - every selector of a feature stylesheet starts at a class of its own, so it cannot restyle
 *   elements, Utrecht components or shared classes outside its own part of the page;
 * - colours are named in src/ui/tokens.css only.
 */

const SRC = join(import.meta.dirname, '../../src');
const TOKENS = 'ui/tokens.css';

function cssFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css'))
    .map((f) => f.replaceAll('\\', '/'))
    .sort();
}

const read = (file: string) => readFileSync(join(SRC, file), 'utf8');

/** The selectors of a stylesheet (inside @media too), without comments, @import and @page. */
function selectorsOf(css: string): string[] {
  const text = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@import[^;]*;/g, '')
    .replace(/"[^"]*"/g, '""');
  const out: string[] = [];
  for (const m of text.matchAll(/([^{};]+)\{/g)) {
    const prelude = (m[1] as string).trim();
    if (prelude.startsWith('@')) continue;
    out.push(...splitTopLevel(prelude, ',').map((s) => s.trim()));
  }
  return out.filter((s) => s !== '' && !/^(from|to|\d+%)$/.test(s));
}

function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth === 0 && ch === sep) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** The classes of a selector's first compound (outside :has()/:not() arguments). */
function firstCompoundClasses(selector: string): string[] {
  const flat = selector.replace(/\([^()]*(\([^()]*\)[^()]*)*\)/g, '()');
  const first = flat.trim().split(/\s*[>+~]\s*|\s+/)[0] ?? '';
  return [...first.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1] as string);
}

const owned = (cls: string) => cls.startsWith('bs-') || cls.startsWith('utrecht-');
const isFeature = (file: string) => file.startsWith('features/');

describe('stylesheets', () => {
  const files = cssFiles();

  it('finds the stylesheets of the app and the features', () => {
    expect(files).toContain('ui/app.css');
    expect(files).toContain(TOKENS);
    expect(files.filter(isFeature).length).toBeGreaterThanOrEqual(6);
  });

  it('defines every class in one stylesheet only', () => {
    const definedIn = new Map<string, Set<string>>();
    for (const file of files) {
      for (const sel of selectorsOf(read(file))) {
        for (const cls of firstCompoundClasses(sel).filter(owned)) {
          definedIn.set(cls, (definedIn.get(cls) ?? new Set()).add(file));
        }
      }
    }
    const twice = [...definedIn]
      .filter(([, where]) => where.size > 1)
      .map(([cls, where]) => `.${cls}: ${[...where].join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('scopes every selector of a feature stylesheet to a class of its own', () => {
    const unscoped: string[] = [];
    for (const file of files.filter(isFeature)) {
      for (const sel of selectorsOf(read(file))) {
        if (!firstCompoundClasses(sel).some((c) => c.startsWith('bs-'))) unscoped.push(`${file}: ${sel}`);
      }
    }
    expect(unscoped).toEqual([]);
  });

  it('names colours only in the tokens file', () => {
    const hex: string[] = [];
    for (const file of files.filter((f) => f !== TOKENS)) {
      for (const m of read(file).matchAll(/#[0-9a-fA-F]{3,8}\b/g)) hex.push(`${file}: ${m[0]}`);
    }
    expect(hex).toEqual([]);
  });

  it('uses only tokens that are defined', () => {
    const defined = new Set([...read(TOKENS).matchAll(/(--bs-[\w-]+)\s*:/g)].map((m) => m[1]));
    for (const file of files) {
      for (const m of read(file).matchAll(/(--(?:k|bs)-[\w-]+)\s*:/g)) defined.add(m[1]);
    }
    const missing = files.flatMap((file) =>
      [...read(file).matchAll(/var\((--bs-[\w-]+)/g)]
        .map((m) => m[1] as string)
        .filter((name) => !defined.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the selector reader', () => {
  it('takes the classes of the first compound only', () => {
    expect(firstCompoundClasses('.bs-xch .bs-card + .bs-card')).toEqual(['bs-xch']);
    expect(firstCompoundClasses('.bs-chip:has(input:focus-visible)')).toEqual(['bs-chip']);
    expect(firstCompoundClasses('h1.utrecht-heading-1')).toEqual(['utrecht-heading-1']);
    expect(firstCompoundClasses('section + .bs-card')).toEqual([]);
    expect(firstCompoundClasses('.bs-k-dot.is-on')).toEqual(['bs-k-dot', 'is-on']);
  });

  it('reads selectors inside @media and skips @page and @import', () => {
    const css = '@import "x.css";\n@media print { @page { margin: 0 } .a, .b > c { color: red } }';
    expect(selectorsOf(css)).toEqual(['.a', '.b > c']);
  });

  it('sees the pair of files of a duplicate', () => {
    const a = selectorsOf('.bs-filter { margin: 0 }').flatMap(firstCompoundClasses);
    const b = selectorsOf('.bs-filter .utrecht-select { width: 100% }').flatMap(firstCompoundClasses);
    expect(a.filter((c) => b.includes(c))).toEqual(['bs-filter']);
  });
});
