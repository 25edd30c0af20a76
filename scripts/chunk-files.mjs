import { relative } from 'node:path';

/**
 * `chunkFiles('features/meetings/MeetingScreen', ...)` in the app's code becomes, in the build, the
 * list of built files those modules need: the chunk holding each module, every chunk it imports
 * statically and their CSS (but not the entry chunk, which is on the page already), relative to the
 * chunk the call is in. The app fetches them in idle time
 * without running them (src/app/startup.ts, `<link rel=modulepreload>`): issue 12, the idle-time
 * `import()` of the next screens evaluated zod and more in long tasks on the main thread.
 * Outside a build (dev server, vitest) the call is an empty list. A module that is in no chunk
 * fails the build, so a renamed screen cannot silently stop being preloaded.
 */
const CALL = /\bchunkFiles\(\s*((?:'[^']+'\s*,?\s*)+)\)/g;
const MARK = '__bs_chunk_files__:';
const CSS_MODULE = /\.css($|\?)/;

export function chunkFiles() {
  let root = process.cwd();
  let build = false;
  return {
    name: 'buurtstem-chunk-files',
    // On the source as written (string literals in single quotes, before any other transform).
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      build = config.command === 'build';
    },
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || !code.includes('chunkFiles(')) return null;
      // The declaration itself (src/app/chunkFiles.ts) stays as it is.
      if (/[\\/]src[\\/]app[\\/]chunkFiles\.ts$/.test(id)) return null;
      const out = code.replace(CALL, (_, args) => {
        const modules = [...args.matchAll(/'([^']+)'/g)].map((m) => m[1]);
        return build ? JSON.stringify(`${MARK}${modules.join('|')}`) : '[]';
      });
      return out === code ? null : { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byModule = new Map();
      for (const c of chunks)
        for (const m of c.moduleIds) {
          const rel = relative(`${root}/src`, m)
            .replace(/\\/g, '/')
            .replace(/\.(tsx?|jsx?|mjs)$/, '');
          if (!rel.startsWith('..')) byModule.set(rel, c);
        }
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const filesOf = (modules) => {
        const seen = new Set();
        const pure = new Set();
        const css = new Set();
        // The entry and its CSS are on the page already.
        const visit = (c) => {
          if (c.isEntry || seen.has(c.fileName) || pure.has(c.fileName)) return;
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          // A chunk of only CSS modules: Vite drops its (empty) JS file after this hook and keeps the CSS.
          if (c.moduleIds.length > 0 && c.moduleIds.every((m) => CSS_MODULE.test(m))) {
            pure.add(c.fileName);
          } else seen.add(c.fileName);
          for (const f of c.imports) visit(byFile.get(f));
        };
        for (const m of modules) {
          const c = byModule.get(m);
          if (!c) throw new Error(`chunkFiles('${m}'): no chunk holds src/${m}`);
          visit(c);
        }
        return [...seen, ...css];
      };
      for (const c of chunks) {
        if (!c.code.includes(MARK)) continue;
        const dir = c.fileName.replace(/[^/]*$/, '');
        c.code = c.code.replace(/(["'`])__bs_chunk_files__:([^"'`]+)\1/g, (_, _q, list) =>
          JSON.stringify(
            filesOf(list.split('|')).map((f) => `./${relative(dir || '.', f).replace(/\\/g, '/')}`),
          ),
        );
      }
    },
  };
}
