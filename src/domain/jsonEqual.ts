/**
 * Whether two values are the same JSON (what JSON.stringify of both would compare, with any key
 * order; a key holding undefined counts as absent; `skip` is left out at the top), without making
 * the texts: a full-merge re-import compares every stored record with the file's version.
 */
export function jsonEqual(a: unknown, b: unknown, skip?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (k === skip || x[k] === undefined) continue;
    if (!Object.hasOwn(y, k) || !jsonEqual(x[k], y[k])) return false;
    n++;
  }
  for (const k in y) if (k !== skip && y[k] !== undefined) n--;
  return n === 0;
}
