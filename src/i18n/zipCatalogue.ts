import type { Entry } from './translator';

/**
 * A translated catalogue as the app build ships it (scripts/values-only-catalogues.mjs): only its
 * values, in the order of the Dutch catalogue's keys, so a key is written once (in Dutch) instead of
 * once per language (issue 12: the precache). `0` marks a key the language leaves out (Dutch is shown).
 */
export function zipCatalogue(dutch: object, values: readonly (Entry | 0)[]): Record<string, Entry> {
  const keys = Object.keys(dutch);
  // The build made `values` from this very Dutch catalogue: another length is a build defect.
  if (keys.length !== values.length)
    throw new Error(`catalogue: ${values.length} values for ${keys.length} Dutch keys`);
  const out: Record<string, Entry> = {};
  for (let i = 0; i < keys.length; i++) {
    const v = values[i];
    if (v !== undefined && v !== 0) out[keys[i] as string] = v;
  }
  return out;
}
