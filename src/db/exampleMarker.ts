import { db } from './schema';

/**
 * Which records are example data: their ids, kept locally (never exported). Apart from the loader
 * (src/db/exampleData.ts, with the generator and the write path): the coordinator's overview reads
 * only the marker when it opens (issue 12 item 3).
 */
export interface ExampleMarker {
  processId: string;
  loadedAt: string;
  seed: number;
  ids: { meetings: string[]; contributions: string[]; attendance: string[] };
}

export const EXAMPLE_MARKER_KEY = 'exampleData';

export async function getExampleMarker(): Promise<ExampleMarker | undefined> {
  return (await db.kv.get(EXAMPLE_MARKER_KEY))?.value as ExampleMarker | undefined;
}
