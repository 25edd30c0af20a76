/**
 * The Utrecht design tokens, cut down to the custom properties the app's CSS actually reads.
 *
 * `@utrecht/design-tokens/dist/index.css` defines all ~2,500 tokens of every NL Design System
 * component (20 kB gzip, more than the first screen's whole CSS budget). This Vite plugin serves that
 * import with only the `.utrecht-theme` declarations that some stylesheet of the app reads with
 * `var(--…)`: our own CSS under src/ and the per-component Utrecht CSS that src/ imports, plus the
 * tokens those tokens refer to. The dark-mode, media-query and viewport-scale variants are dropped:
 * the app never sets their theme classes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const TOKENS_FILE = /@utrecht[\\/]design-tokens[\\/]dist[\\/]index\.css$/;
const VAR_USE = /var\(\s*(--[\w-]+)/g;

/** The names of the custom properties read with var() in some CSS text. */
export function readTokens(css: string): Set<string> {
  return new Set([...css.matchAll(VAR_USE)].map((m) => m[1] as string));
}

/**
 * Keep the declarations of the `.utrecht-theme { … }` block whose property is used (directly or
 * through another kept token); drop every other rule of the tokens file.
 */
export function keepUsedTokens(tokensCss: string, usingCss: string[], redefined = new Set<string>()): string {
  const block = /(^|\n)\.utrecht-theme\s*\{([^}]*)\}/.exec(tokensCss);
  if (!block?.[2]) throw new Error('design tokens: no .utrecht-theme block');
  const decls = new Map<string, string>();
  for (const m of block[2].matchAll(/(--[\w-]+)\s*:\s*([^;]*);/g))
    decls.set(m[1] as string, (m[2] as string).trim());
  const used = new Set<string>();
  const todo: string[] = [...usingCss.flatMap((css) => [...readTokens(css)])];
  while (todo.length > 0) {
    const name = todo.pop() as string;
    const value = decls.get(name);
    if (used.has(name) || value === undefined) continue;
    used.add(name);
    todo.push(...readTokens(value));
  }
  // Tokens the app sets itself (src/ui/tokens.css, e.g. the font stack) are left out here.
  for (const name of redefined) used.delete(name);
  const lines = [...decls].filter(([name]) => used.has(name)).map(([name, value]) => `  ${name}: ${value};`);
  return `/* @utrecht/design-tokens, only the tokens the app reads (scripts/utrecht-tokens.ts) */\n.utrecht-theme {\n${lines.join('\n')}\n}\n`;
}

function filesUnder(dir: string, ext: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.some((x) => e.name.endsWith(x)))
    .map((e) => join(e.parentPath, e.name));
}

/** All CSS the app can load: src/**\/*.css and the Utrecht component CSS files src/ imports. */
export function appCss(root: string): string[] {
  const require = createRequire(join(root, 'package.json'));
  const src = join(root, 'src');
  const own = filesUnder(src, ['.css']).map((f) => readFileSync(f, 'utf8'));
  const imported = new Set<string>();
  for (const f of filesUnder(src, ['.ts', '.tsx', '.css'])) {
    for (const m of readFileSync(f, 'utf8').matchAll(/@utrecht\/([\w-]+-css)\/dist\/index\.css/g))
      imported.add(m[1] as string);
  }
  const components = [...imported].map((p) =>
    readFileSync(require.resolve(`@utrecht/${p}/dist/index.css`), 'utf8'),
  );
  return [...own, ...components];
}

export function utrechtTokens(): Plugin {
  let root = process.cwd();
  return {
    name: 'buurtstem-utrecht-tokens',
    enforce: 'pre' as const,
    configResolved(config: { root: string }) {
      root = config.root;
    },
    load(id: string) {
      const file = id.split('?')[0] ?? id;
      if (!TOKENS_FILE.test(file)) return null;
      const own = readFileSync(join(root, 'src/ui/tokens.css'), 'utf8');
      const redefined = new Set([...own.matchAll(/(--utrecht-[\w-]+)\s*:/g)].map((m) => m[1] as string));
      return keepUsedTokens(readFileSync(file, 'utf8'), appCss(root), redefined);
    },
  };
}
