import type { KeyFigure } from '../domain/design';
import { byCode } from '../domain/order';
import { notDeleted } from './records';
import { db } from './schema';

/**
 * Reading key figures needs no schema: the capture form shows them, so this read stays apart from
 * src/db/design.ts, whose writes and legacy read bring zod along (kept off the capture screen's load).
 */

/** Oldest first; records made in the same millisecond (a copy) keep the order they were written in. */
export const byCreation = (
  a: { createdAt: string; localSeq: number },
  b: { createdAt: string; localSeq: number },
) => byCode(a.createdAt, b.createdAt) || a.localSeq - b.localSeq;

export async function listKeyFigures(processId: string): Promise<KeyFigure[]> {
  const rows = await db.keyFigures.where('processId').equals(processId).toArray();
  return rows.filter(notDeleted).sort(byCreation);
}
