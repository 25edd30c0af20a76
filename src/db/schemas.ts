/**
 * The record schemas (zod) are not on the first screen's load path: showing a screen needs no
 * validation library. Start-up begins loading them once the first screen is painted
 * (preloadSchemas, from src/app/startup.ts); write() awaits the same promise BEFORE it opens its
 * transaction (awaiting a non-Dexie promise inside a Dexie transaction would end it).
 * tests/e2e/first-load.spec.ts fails when zod enters the first-load chunk graph.
 */
let loading: Promise<typeof import('./schemaBundle')> | undefined;

export type SchemaBundle = typeof import('./schemaBundle');

export function schemas(): Promise<SchemaBundle> {
  loading ??= import('./schemaBundle');
  return loading;
}
