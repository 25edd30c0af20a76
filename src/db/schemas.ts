/**
 * The record schemas (zod) are loaded on the first write, not on first load: showing a screen
 * needs no validation library. Always await this BEFORE opening a transaction (awaiting a
 * non-Dexie promise inside a transaction would end it).
 */
let loading: Promise<typeof import('./schemaBundle')> | undefined;

export function schemas(): Promise<typeof import('./schemaBundle')> {
  loading ??= import('./schemaBundle');
  return loading;
}
