import type { EarlierFindingFields } from '../domain/earlierFinding';
import { db } from './schema';
import { write } from './write';

/**
 * Earlier findings (issue 16 item 2): entered one by one or imported from the CSV template. An
 * import is one transaction: every row is stored, or (when one is refused) none.
 */
export function addEarlierFindings(rows: readonly EarlierFindingFields[]): Promise<number> {
  return write([db.earlierFindings], async (tx) => {
    if (!rows.length) return 0;
    await tx.createAll('earlierFindings', rows);
    return rows.length;
  });
}

/** Delete as a tombstone, so the deletion travels to other devices. */
export async function deleteEarlierFinding(id: string): Promise<void> {
  await write([db.earlierFindings], (tx) => tx.setDeleted('earlierFindings', id, true));
}
