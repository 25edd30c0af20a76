import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The app never turns a schema into JSON Schema (that is `npm run schema:bundle`, in Node, through
 * src/exchange/jsonSchema.ts), yet zod's classic schemas import the whole converter (every type's
 * JSON Schema "processor" and the generator, ~17 kB raw, ~4.5 kB gzip) for their `toJSONSchema()`
 * method: it cannot be tree-shaken, so it was in the precache and in every screen that loads zod
 * (issue 12). In the app's build only, those two modules are replaced by stand-ins: the same
 * names, `aggregateChecks` (read by the `minLength`/`maxLength`/`format` getters) still the real
 * one, and every converter a function that throws a clear error if anything in the app ever calls
 * it. Tests and the CLI use the real modules (this plugin applies to `vite build` of the app only).
 */
export function zodWithoutJsonSchema() {
  const require = createRequire(import.meta.url);
  const core = join(dirname(require.resolve('zod/v4/core')), '');
  const processors = join(core, 'json-schema-processors.js');
  const toJsonSchema = join(core, 'to-json-schema.js');
  const STUB = '\0zod-app-json-schema:';
  const names = (file) =>
    [...readFileSync(file, 'utf8').matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]);
  const refuse = (name) =>
    `export const ${name} = () => { throw new Error('zod ${name}: JSON Schema is not part of the app build (scripts/zod-app.mjs)'); };`;
  return {
    name: 'buurtstem-zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      // Only the classic schemas' imports: the real modules stay whole for anyone else (tree-shaken).
      if (!importer || !/[\\/]node_modules[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/.test(importer))
        return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      if (resolved.id === processors) return `${STUB}processors`;
      if (resolved.id === toJsonSchema) return `${STUB}to-json-schema`;
      return null;
    },
    load(id) {
      if (id === `${STUB}processors`)
        return [
          `export { aggregateChecks } from ${JSON.stringify(processors)};`,
          ...names(processors)
            .filter((n) => n !== 'aggregateChecks')
            .map(refuse),
        ].join('\n');
      // The classic schemas call these to make their methods; the made method throws when called.
      if (id === `${STUB}to-json-schema`)
        return names(toJsonSchema)
          .filter((n) => n.startsWith('create'))
          .map((n) => refuse(n).replace(' = () => {', ' = () => () => {'))
          .join('\n');
      return null;
    },
  };
}
