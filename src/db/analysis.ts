import type { AnalysisData } from '../domain/analysis/data';
import { db } from './schema';

/**
 * Everything the coordinator's analysis reads for one process, in one read transaction. Tombstones
 * are included; the aggregates in src/domain skip them. Contacts are never read here.
 */
export async function readAnalysisData(processId: string): Promise<AnalysisData> {
  return db.transaction('r', [db.meetings, db.contributions, db.attendance], async () => {
    const [meetings, contributions, attendance] = await Promise.all([
      db.meetings.where('processId').equals(processId).toArray(),
      db.contributions.where('processId').equals(processId).toArray(),
      db.attendance.toArray(),
    ]);
    return { meetings, contributions, attendance };
  });
}
