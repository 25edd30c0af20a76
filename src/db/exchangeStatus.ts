/**
 * Light read-only status of the exchange for the home and meeting screens: how many local changes
 * are not exported yet, the export history, open conflicts. No zod here (keeps the first load small).
 */
import { hlcToDate } from '../domain/clock';
import { sameContent, type Version } from '../domain/version';
import type { ExchangeTable } from '../exchange/format';
import { db, SYNC_TABLES } from './schema';

export const EXCHANGE_KV = {
  lastExportedSeq: 'exchange.lastExportedSeq',
  exportSeq: 'exchange.exportSeq',
  publishSeq: 'exchange.publishSeq',
  history: 'exchange.history',
} as const;

/** One export this device made (kept so a lost file can be made again with the same number). */
export interface ExportHistoryItem {
  exportSeq: number;
  fromSeq: number;
  toSeq: number;
  everything: boolean;
  at: string;
  records: number;
  fileName: string;
}

export interface ConflictRow {
  [key: string]: unknown;
  id: string;
  /** Only the import writes conflict rows, for a table of the exchange. */
  table: ExchangeTable;
  recordId: string;
  version: Version;
  detectedAt: string;
}

async function kvNumber(key: string): Promise<number> {
  return ((await db.kv.get(key))?.value as number | undefined) ?? 0;
}

/** Number of records changed on this device since its last export. */
export async function unexportedCount(): Promise<number> {
  const last = await kvNumber(EXCHANGE_KV.lastExportedSeq);
  const counts = await Promise.all(SYNC_TABLES.map((t) => db.table(t).where('localSeq').above(last).count()));
  return counts.reduce((a, b) => a + b, 0);
}

export async function exportHistory(): Promise<ExportHistoryItem[]> {
  return ((await db.kv.get(EXCHANGE_KV.history))?.value as ExportHistoryItem[] | undefined) ?? [];
}

/** Conflicts whose losing version really differs from the current one (the others are kept silently). */
export async function openConflicts(): Promise<{ row: ConflictRow; current: Version | undefined }[]> {
  const rows = await db.conflicts.toArray();
  const out: { row: ConflictRow; current: Version | undefined }[] = [];
  for (const table of new Set(rows.map((r) => r.table))) {
    const mine = rows.filter((r) => r.table === table);
    const currents = (await db.table(table).bulkGet(mine.map((r) => r.recordId))) as (Version | undefined)[];
    mine.forEach((row, i) => {
      const current = currents[i];
      if (!current || !sameContent(row.version, current)) out.push({ row, current });
    });
  }
  return out.sort((a, b) => (a.row.detectedAt < b.row.detectedAt ? 1 : -1));
}

export async function openConflictCount(): Promise<number> {
  return (await openConflicts()).length;
}

/**
 * When the oldest change that is only on this device was made (ms), or undefined when everything
 * is exported. One indexed read per table: the first record above the last exported sequence. All
 * in one read transaction: the status bar's live query runs this after every save, and fifteen
 * transactions of their own (one per read) cost more than the reads.
 */
export function oldestUnexportedMs(): Promise<number | undefined> {
  return db.transaction('r', [db.kv, ...SYNC_TABLES.map((t) => db.table(t))], oldestInTransaction);
}

async function oldestInTransaction(): Promise<number | undefined> {
  const last = await kvNumber(EXCHANGE_KV.lastExportedSeq);
  const firsts = await Promise.all(
    SYNC_TABLES.map(
      (t) =>
        db
          .table(t)
          .where('localSeq')
          .above(last)
          // The process from the configuration file carries the file's date (CONFIG_DEVICE in
          // processes.ts, not imported here to keep this module light): not a change made here.
          .filter((r: Version) => r.deviceId !== 'config')
          .first() as Promise<Version | undefined>,
    ),
  );
  const times = firsts.flatMap((r) => (r?.updatedAt ? [hlcToDate(r.updatedAt).getTime()] : []));
  return times.length ? Math.min(...times) : undefined;
}
