/**
 * The built files (JS chunks and their CSS, relative to the entry chunk) that these modules need,
 * given as paths under src/ without extension. Only a marker: scripts/chunk-files.mjs replaces every
 * call with the list when the app is built (an empty list in the dev server and the tests), so the
 * arguments must be string literals. Used to fetch the next screens' code without running it.
 */
export function chunkFiles(..._modules: string[]): readonly string[] {
  return [];
}
