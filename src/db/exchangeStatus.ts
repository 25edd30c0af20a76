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
 * in one read transaction (fifteen transactions of their own, one per read, cost more than the
 * reads). A one-off read; the status bar keeps it live with `oldestUnexportedQuery`.
 */
export function oldestUnexportedMs(): Promise<number | undefined> {
  return oldestUnexportedQuery()();
}

/** The oldest local change found: its local change number and its time. */
interface Oldest {
  seq: number;
  ms: number;
}

/**
 * `oldestUnexportedMs` as a live query that does not run again after every save. A live query runs
 * again when a write touches a range it read; reading "everything above the last export" made each
 * new change (always above) run the fifteen reads again (issue 12: after every save). Local change
 * numbers only grow (one counter for all tables), so once the oldest unexported change is known
 * (number `seq`), the next run reads only up to it: a new change lies above and leaves the query
 * alone; an export (the kv row), or the oldest change itself being changed or removed (its number
 * leaves the index), runs it again, and when nothing is left up to `seq` it reads everything above
 * the export once more. One query per subscriber (the last answer is its own).
 */
export function oldestUnexportedQuery(): () => Promise<number | undefined> {
  let held: Oldest | undefined;
  const tables = [db.kv, ...SYNC_TABLES.map((t) => db.table(t))];
  return () =>
    db.transaction('r', tables, async () => {
      const last = await kvNumber(EXCHANGE_KV.lastExportedSeq);
      let found = held && held.seq > last ? await oldestIn(last, held.seq) : undefined;
      found ??= await oldestIn(last, undefined);
      held = found;
      return found?.ms;
    });
}

/** The oldest local change above `last` (up to `upTo` when given), over every table. */
async function oldestIn(last: number, upTo: number | undefined): Promise<Oldest | undefined> {
  const firsts = await Promise.all(
    SYNC_TABLES.map((t) => {
      const index = db.table(t).where('localSeq');
      return (
        (upTo === undefined ? index.above(last) : index.between(last, upTo, false, true))
          // The process from the configuration file carries the file's date (CONFIG_DEVICE in
          // processes.ts, not imported here to keep this module light): not a change made here.
          .filter((r: Version) => r.deviceId !== 'config')
          .first() as Promise<(Version & { localSeq?: number }) | undefined>
      );
    }),
  );
  let oldest: Oldest | undefined;
  for (const r of firsts) {
    if (!r?.updatedAt || r.localSeq === undefined) continue;
    if (!oldest || r.localSeq < oldest.seq)
      oldest = { seq: r.localSeq, ms: hlcToDate(r.updatedAt).getTime() };
  }
  return oldest;
}
