import { type ExampleData, exampleFirstDay, generateExampleData } from '../domain/exampleData';
import type { Process } from '../domain/process';
import { problemsOf } from '../domain/validation';
import { InvalidRecordError } from './errors';
import { type ExampleMarker, getExampleMarker, EXAMPLE_MARKER_KEY as KEY } from './exampleMarker';
import { nextChange } from './records';
import { db } from './schema';
import { write } from './write';

export { type ExampleMarker, getExampleMarker } from './exampleMarker';

/**
 * Fill the database with example data for a process, in one transaction. Each record is stamped
 * as a local change (clock and sequence) like any other. Loading twice does nothing the second time.
 */
export async function loadExampleData(
  process: Process,
  seed = 2026,
  now = new Date(),
): Promise<ExampleMarker> {
  const data: ExampleData = generateExampleData(process, { seed, firstDay: exampleFirstDay(now) });
  return write([db.meetings, db.contributions, db.attendance], async (tx) => {
    const { TABLE_SCHEMAS } = tx.schemas;
    for (const [schema, rows] of [
      [TABLE_SCHEMAS.meetings, data.meetings],
      [TABLE_SCHEMAS.contributions, data.contributions],
      [TABLE_SCHEMAS.attendance, data.attendance],
    ] as const) {
      for (const row of rows) {
        const r = schema.safeParse(row);
        if (!r.success) throw new InvalidRecordError(problemsOf(r.error));
      }
    }
    const existing = await getExampleMarker();
    if (existing) return existing;
    const stamp = async <T extends object>(rows: T[]) => {
      const out = [];
      for (const row of rows) {
        const change = await nextChange();
        out.push({
          ...row,
          updatedAt: change.updatedAt,
          deviceId: change.deviceId,
          localSeq: change.localSeq,
        });
      }
      return out;
    };
    await db.meetings.bulkAdd(await stamp(data.meetings));
    await db.attendance.bulkAdd(await stamp(data.attendance));
    await db.contributions.bulkAdd(await stamp(data.contributions));
    const marker: ExampleMarker = {
      processId: process.id,
      loadedAt: now.toISOString(),
      seed,
      ids: {
        meetings: data.meetings.map((m) => m.id),
        contributions: data.contributions.map((c) => c.id),
        attendance: data.attendance.map((a) => a.id),
      },
    };
    await db.kv.put({ key: KEY, value: marker });
    return marker;
  });
}

/** Delete exactly the example records (nothing the user made), in one transaction. Returns how many. */
export async function removeExampleData(): Promise<number> {
  return write([db.meetings, db.contributions, db.attendance], async () => {
    const marker = await getExampleMarker();
    if (!marker) return 0;
    await db.meetings.bulkDelete(marker.ids.meetings);
    await db.contributions.bulkDelete(marker.ids.contributions);
    await db.attendance.bulkDelete(marker.ids.attendance);
    await db.kv.delete(KEY);
    return marker.ids.meetings.length + marker.ids.contributions.length + marker.ids.attendance.length;
  });
}
