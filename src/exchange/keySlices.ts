/**
 * Slices of the string key space for reading a table in parallel requests (src/db/exchange.ts, the
 * export): the edges cut it into about `n` slices of equal size when the keys are random hex ids
 * (crypto.randomUUID, every record's id). Slice i runs from edge i - 1 (included) to edge i (not
 * included); the first has no lower end, the last no upper end, so together they hold every string
 * exactly once whatever the keys look like. Keys that are not random hex only make the slices
 * uneven; the reader bounds each request all the same.
 */
export function keyEdges(n: number): string[] {
  if (!(n > 1)) return [];
  const slices = Math.min(Math.ceil(n), 16 ** 4);
  const width = Math.max(1, Math.ceil(Math.log(slices) / Math.log(16) - 1e-9));
  const size = 16 ** width;
  const edges: string[] = [];
  for (let i = 1; i < slices; i++) {
    const edge = Math.round((i * size) / slices)
      .toString(16)
      .padStart(width, '0');
    if (edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/**
 * A slice to read: from `from` (after it when `after`) up to `to` (not included); null: no end.
 * The reader (src/db/exchange.ts `readRange`) asks IndexedDB for exactly these keys.
 */
export interface KeySlice {
  from: string | null;
  after: boolean;
  to: string | null;
}

/** The slices between the edges, in key order. */
export function keySlices(edges: readonly string[]): KeySlice[] {
  const bounds = [null, ...edges, null];
  return bounds.slice(1).map((to, i) => ({ from: bounds[i] ?? null, after: false, to }));
}
