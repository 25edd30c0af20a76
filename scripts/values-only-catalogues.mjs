import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { transformWithOxc } from 'vite';

/**
 * The translated catalogues (src/i18n/{en,ar,pl,tr}/*.ts) in the app build as values only, in the
 * order of the Dutch catalogue's keys (src/i18n/nl/<same file>.ts), which the build module imports:
 * the keys are then written once, in Dutch, instead of once per language. English alone repeated
 * ~7 kB gzip of keys in the precache (issue 12). The source files stay as they are (typed against
 * the Dutch ones, read by translators); tests and the CLI use them directly (this runs in
 * `vite build` of the app only). The shipped texts equal the source's for every key and language:
 * tests/unit/values-only-catalogues.test.ts.
 */

const TRANSLATED = /[\\/]src[\\/]i18n[\\/](en|ar|pl|tr)[\\/]([\w-]+)\.ts$/;
/** `enKiosk` and `nlKiosk` name the same catalogue; `capture` is `capture` in every language. */
const LANG_PREFIX = /^(?:nl|en|ar|pl|tr)(?=[A-Z])/;

const isCatalogue = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * How a translated module is shipped, export by export: `spread` for an export that is exactly other
 * exports put together (en/kiosk's `kiosk`), so its texts are not written twice; `zip` for the others,
 * its values in the order of the named Dutch export's keys (0 for a key the language leaves out).
 * Throws when a translated key has no Dutch counterpart (it could not be shipped without its key).
 */
export function planModule(translated, dutch) {
  const names = Object.keys(translated).filter((n) => isCatalogue(translated[n]));
  const plan = [];
  for (const name of names) {
    const cat = translated[name];
    const keys = Object.keys(cat);
    const parts = names.filter((other) => {
      if (other === name) return false;
      const o = translated[other];
      const ok = Object.keys(o);
      return ok.length < keys.length && ok.every((k) => Object.hasOwn(cat, k) && cat[k] === o[k]);
    });
    const covered = parts.reduce((n, p) => n + Object.keys(translated[p]).length, 0);
    const union = new Set(parts.flatMap((p) => Object.keys(translated[p])));
    if (parts.length > 0 && covered === keys.length && union.size === keys.length) {
      plan.push({ name, kind: 'spread', of: parts });
      continue;
    }
    const dutchName = Object.keys(dutch).find(
      (n) => isCatalogue(dutch[n]) && n.replace(LANG_PREFIX, '') === name.replace(LANG_PREFIX, ''),
    );
    if (!dutchName) throw new Error(`values-only catalogues: no Dutch catalogue for export ${name}`);
    const source = dutch[dutchName];
    const extra = keys.filter((k) => !Object.hasOwn(source, k));
    if (extra.length > 0)
      throw new Error(
        `values-only catalogues: ${name} has keys the Dutch ${dutchName} lacks: ${extra.join(', ')}`,
      );
    plan.push({
      name,
      kind: 'zip',
      dutch: dutchName,
      values: Object.keys(source).map((k) => (Object.hasOwn(cat, k) ? cat[k] : 0)),
    });
  }
  // Spreads last: they read the zipped exports.
  return [...plan.filter((p) => p.kind === 'zip'), ...plan.filter((p) => p.kind === 'spread')];
}

/** The shipped module's code for a plan; `dutchPath` and `zipPath` are import specifiers. */
export function renderModule(plan, dutchPath, zipPath) {
  const dutchNames = [...new Set(plan.filter((p) => p.kind === 'zip').map((p) => p.dutch))];
  const lines = [
    `import { ${dutchNames.map((n, i) => `${n} as __nl${i}`).join(', ')} } from ${JSON.stringify(dutchPath)};`,
    `import { zipCatalogue as __zip } from ${JSON.stringify(zipPath)};`,
  ];
  for (const p of plan) {
    if (p.kind === 'spread')
      lines.push(`export const ${p.name} = { ${p.of.map((o) => `...${o}`).join(', ')} };`);
    else
      lines.push(
        `export const ${p.name} = __zip(__nl${dutchNames.indexOf(p.dutch)}, [${p.values.map((v) => JSON.stringify(v)).join(',')}]);`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** Evaluate a catalogue module's source (TypeScript, only type imports) in Node. */
export async function evaluateCatalogue(file) {
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  if (/^\s*import\s+(?!type\b)/m.test(code))
    throw new Error(`values-only catalogues: ${file} imports values`);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** The shipped code of one translated catalogue file. */
export async function valuesOnlyModule(file) {
  const m = TRANSLATED.exec(file);
  if (!m) return null;
  const dutchFile = join(dirname(dirname(file)), 'nl', basename(file));
  const [translated, dutch] = await Promise.all([evaluateCatalogue(file), evaluateCatalogue(dutchFile)]);
  const zipFile = join(dirname(dirname(file)), 'zipCatalogue.ts');
  return renderModule(planModule(translated, dutch), dutchFile, zipFile);
}

/**
 * `skip`: files shipped as written. en/common: its Dutch keys (nl/common) are in the first screen's
 * chunk; importing them from the English chunk made the bundler split them into a file of their own,
 * one more request on every first load, for ~0.5 kB less in the precache.
 */
export function valuesOnlyCatalogues({ skip = ['en/common'] } = {}) {
  const skipped = (file) => skip.some((s) => file.replaceAll('\\', '/').endsWith(`/src/i18n/${s}.ts`));
  return {
    name: 'buurtstem-values-only-catalogues',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0] ?? id;
      if (!TRANSLATED.test(file) || skipped(file)) return null;
      const code = await valuesOnlyModule(file);
      return code === null ? null : { code, moduleType: 'js' };
    },
  };
}
