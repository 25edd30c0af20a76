/**
 * The record schemas (zod) are not on the first screen's load path: showing a screen needs no
 * validation library. Start-up begins loading them once the first screen is painted
 * (preloadSchemas, from src/app/startup.ts); write() awaits the same promise BEFORE it opens its
 * transaction (awaiting a non-Dexie promise inside a Dexie transaction would end it).
 * tests/e2e/first-load.spec.ts fails when zod enters the first-load chunk graph.
 */
let loading: Promise<typeof import('./schemaBundle')> | undefined;
/** The bundle once loaded: write() then opens its transaction without yielding to a render first. */
let loaded: SchemaBundle | undefined;

export type SchemaBundle = typeof import('./schemaBundle');

export function schemas(): Promise<SchemaBundle> {
  loading ??= import('./schemaBundle').then((b) => {
    loaded = b;
    return b;
  });
  return loading;
}

/** The schemas if already loaded (no await, so no microtask in which the UI re-renders first). */
export function loadedSchemas(): SchemaBundle | undefined {
  return loaded;
}
