/**
 * The exchange on this device's database: export bundles (new changes, everything, a publication),
 * import bundles (each in ONE transaction: a refused file changes nothing), conflicts and their
 * settlement, and the import log with its gaps. The checks and the merge rules themselves are pure
 * (src/exchange, src/domain/merge.ts) and shared with the command line.
 */
import Dexie, { type Collection, type Table } from 'dexie';
import { receive } from '../domain/clock';
import { newDeviceId, newId } from '../domain/ids';
import { jsonEqual } from '../domain/jsonEqual';
import {
  canonicalJson,
  countResult,
  emptyCounts,
  type MergeCounts,
  mergeAll,
  RecordMerge,
  settleVersion,
  type Version,
} from '../domain/merge';
import { problemsOf } from '../domain/validation';
import {
  type BundleHeader,
  type BundleKind,
  type BundleSource,
  EXCHANGE_TABLES,
  type ExchangeTable,
  PUBLISH_TABLES,
  RECORD_SCHEMAS,
} from '../exchange/format';
import { type LoggedImport, missingExports } from '../exchange/gaps';
import { type KeySlice, keyEdges, keySlices } from '../exchange/keySlices';
import { type ExchangeProblem, problem } from '../exchange/problems';
import { type ParsedBundle, readBundleText, sizeProblem, type TableVersions } from '../exchange/read';
import { BundleStream, bundleFileName, encryptBundleText } from '../exchange/write';
import { tellBefore } from './aggregates';
import { type Device, ensureDevice, readDevice, resetDeviceCache } from './device';
import { InvalidRecordError } from './errors';
import { type ConflictRow, EXCHANGE_KV, type ExportHistoryItem, exportHistory } from './exchangeStatus';
import { getActiveProcess } from './processes';
import { currentSeq, lastClock, nextChange, setClock } from './records';
import { db, SYNC_TABLES } from './schema';
import { write } from './write';

type AnyRow = Version & { localSeq?: number };
const HISTORY_MAX = 30;

const table = (name: ExchangeTable) => db.table(name) as Table<AnyRow, string>;
const syncTables = () => SYNC_TABLES.map((t) => db.table(t));

/** A record as it leaves the device: without the local change number. */
function strip(row: AnyRow | undefined): Version | undefined {
  if (!row) return undefined;
  const { localSeq: _seq, ...rest } = row;
  return rest as Version;
}

// ---------------------------------------------------------------- export

export type ExportMode = 'new' | 'all' | 'publish';

export interface ExportResult {
  fileName: string;
  /**
   * The file's content in order (UTF-8 pieces of the bundle, or the encrypted envelope): what a
   * File is made of, without one text of the whole file.
   */
  parts: BlobPart[];
  /** The file's text (the encrypted envelope when a passphrase was given), made when read. */
  readonly text: string;
  header: BundleHeader;
  total: number;
}

interface Collected {
  /** The records and conflicts, written into the file as they were read. */
  stream: BundleStream;
  exportSeq: number;
  range: { fromSeq: number; toSeq: number } | null;
}

/**
 * Reading everything for the export (issue 12): the table is cut into slices of about EXPORT_SLICE
 * rows by key (src/exchange/keySlices.ts), and IN_FLIGHT slices are being read while one is
 * serialised and hashed. With one read at a time (each next one starting after the last key of the
 * one before), IndexedDB waited between slices while this page turned a slice into objects; with
 * two in flight it is always reading. A read returns at most EXPORT_PAGE rows (uneven keys: the rest
 * of its slice is asked for next), so the page holds at most (IN_FLIGHT + 1) x EXPORT_PAGE rows,
 * never the whole table.
 */
const EXPORT_SLICE = 2000;
const EXPORT_PAGE = 2 * EXPORT_SLICE;
const IN_FLIGHT = 2;

async function allConflictVersions(): Promise<TableVersions> {
  const out: TableVersions = {};
  for (const row of await db.conflicts.toArray()) {
    const t = row.table;
    const list = out[t];
    if (list) list.push(row.version);
    else out[t] = [row.version];
  }
  return out;
}

/**
 * Fresh copies from IndexedDB: drop the local change number in place (no second copy). Set to
 * undefined, not deleted: JSON.stringify leaves the key out all the same, and a `delete` turns
 * every row into a slow dictionary-mode object, for the delete and for the serialising after it.
 */
function stripAll(rows: AnyRow[]): Version[] {
  for (const r of rows) r.localSeq = undefined;
  return rows as Version[];
}

/** The rows `pick` chooses of each table, into the file (inside the export's transaction). */
async function streamRows(
  stream: BundleStream,
  pick: (t: Table<AnyRow, string>) => Promise<AnyRow[]>,
  tables: readonly ExchangeTable[],
): Promise<number> {
  let n = 0;
  for (const name of tables) {
    const rows = await pick(table(name));
    stream.add(name, stripAll(rows));
    n += rows.length;
  }
  return n;
}

/**
 * At most EXPORT_PAGE rows of `slice`, in key order. A read in flight that fails while an earlier
 * one is awaited is not left unhandled: the export fails once, through the read it awaits (a failed
 * read aborts the transaction, so every later read fails with it).
 */
function readSlice(t: Table<AnyRow, string>, slice: KeySlice): Promise<AnyRow[]> {
  const rows = readRange(t, slice);
  rows.catch(() => undefined);
  return rows;
}

function readRange(t: Table<AnyRow, string>, slice: KeySlice): Promise<AnyRow[]> {
  const { from, after, to } = slice;
  const key = t.where(':id');
  let rows: Collection<AnyRow, string>;
  if (from === null) rows = to === null ? t.toCollection() : key.below(to);
  else if (to !== null) rows = key.between(from, to, !after, false);
  else rows = after ? key.above(from) : key.aboveOrEqual(from);
  return rows.limit(EXPORT_PAGE).toArray();
}

/**
 * Every row of each table into the file in key order, slice by slice, IN_FLIGHT slices being read
 * while this one is serialised and hashed (see EXPORT_SLICE).
 */
async function streamEverything(stream: BundleStream, tables: readonly ExchangeTable[]): Promise<number> {
  let n = 0;
  for (const name of tables) {
    // The contact rule orders all contacts at once (a small table).
    if (name === 'contacts') {
      n += await streamRows(stream, (t) => t.toArray(), [name]);
      continue;
    }
    const t = table(name);
    const waiting = keySlices(keyEdges((await t.count()) / EXPORT_SLICE));
    const asked: { slice: KeySlice; rows: Promise<AnyRow[]> }[] = [];
    const ask = () => {
      const slice = waiting.shift();
      if (slice) asked.push({ slice, rows: readSlice(t, slice) });
    };
    while (asked.length < IN_FLIGHT && waiting.length) ask();
    while (asked.length) {
      const { slice, rows: reading } = asked.shift()!;
      const rows = await reading;
      // A full read: the rest of this slice comes next, before the slices already asked for.
      if (rows.length === EXPORT_PAGE) {
        const rest = { from: rows[rows.length - 1]!.id, after: true, to: slice.to };
        asked.unshift({ slice: rest, rows: readSlice(t, rest) });
      } else ask();
      stream.add(name, stripAll(rows));
      n += rows.length;
    }
  }
  return n;
}

/** The conflicts' versions into the file, after the records. */
async function streamConflicts(stream: BundleStream): Promise<void> {
  const versions = await allConflictVersions();
  stream.conflicts();
  for (const t of EXCHANGE_TABLES) if (versions[t]) stream.add(t, versions[t]);
}

async function finish(
  kind: BundleKind,
  c: Collected,
  opts: { passphrase?: string | undefined; now: Date; everything: boolean },
): Promise<ExportResult> {
  const device = await ensureDevice();
  const process = await getActiveProcess();
  const built = c.stream.finish({
    kind,
    device: { id: device.id, label: device.label },
    processId: process?.id ?? null,
    exportSeq: c.exportSeq,
    range: c.range,
    exportedAt: opts.now.toISOString(),
  });
  const encrypted = !!opts.passphrase;
  const fileName = bundleFileName({
    kind,
    deviceLabel: device.label,
    date: opts.now,
    exportSeq: c.exportSeq,
    everything: opts.everything,
    encrypted,
  });
  if (opts.passphrase) {
    const text = await encryptBundleText(built.text(), opts.passphrase, built.header);
    return { fileName, parts: [text], text, header: built.header, total: built.total };
  }
  let text: string | undefined;
  return {
    fileName,
    parts: built.pieces,
    get text() {
      text ??= built.text();
      return text;
    },
    header: built.header,
    total: built.total,
  };
}

/**
 * Make an export file. "new": every record changed on this device since the last export (null when
 * there is none); "all": everything on the device; "publish": the configuration for the devices.
 * The export number is taken in the same transaction that reads the records, so no change is
 * skipped; a lost file can be made again with `exportAgain`.
 */
export async function exportBundle(
  mode: ExportMode,
  opts: { passphrase?: string | undefined; now?: Date } = {},
): Promise<ExportResult | null> {
  const now = opts.now ?? new Date();
  await ensureDevice();
  const collected = await write([...syncTables(), db.conflicts], async () => {
    const stream = new BundleStream();
    if (mode === 'publish') {
      const seq = ((await db.kv.get(EXCHANGE_KV.publishSeq))?.value as number | undefined) ?? 0;
      await streamRows(stream, (t) => t.toArray(), PUBLISH_TABLES);
      await db.kv.put({ key: EXCHANGE_KV.publishSeq, value: seq + 1 });
      return { stream, exportSeq: seq + 1, range: null } satisfies Collected;
    }
    const last = ((await db.kv.get(EXCHANGE_KV.lastExportedSeq))?.value as number | undefined) ?? 0;
    const seq = ((await db.kv.get(EXCHANGE_KV.exportSeq))?.value as number | undefined) ?? 0;
    const upTo = await currentSeq();
    const count =
      mode === 'all'
        ? await streamEverything(stream, EXCHANGE_TABLES)
        : await streamRows(stream, (t) => t.where('localSeq').above(last).toArray(), EXCHANGE_TABLES);
    if (mode === 'new' && count === 0) return null;
    await streamConflicts(stream);
    const c: Collected = {
      stream,
      exportSeq: seq + 1,
      range: { fromSeq: mode === 'all' ? 1 : last + 1, toSeq: upTo },
    };
    const item: ExportHistoryItem = {
      exportSeq: c.exportSeq,
      fromSeq: c.range!.fromSeq,
      toSeq: upTo,
      everything: mode === 'all',
      at: now.toISOString(),
      records: count,
      fileName: bundleFileName({
        kind: 'device',
        deviceLabel: (await ensureDevice()).label,
        date: now,
        exportSeq: c.exportSeq,
        everything: mode === 'all',
      }),
    };
    const history = [item, ...(await exportHistory())].slice(0, HISTORY_MAX);
    await db.kv.bulkPut([
      { key: EXCHANGE_KV.exportSeq, value: c.exportSeq },
      { key: EXCHANGE_KV.lastExportedSeq, value: upTo },
      { key: EXCHANGE_KV.history, value: history },
    ]);
    return c;
  });
  if (!collected) return null;
  return finish(mode === 'publish' ? 'publish' : 'device', collected, {
    passphrase: opts.passphrase,
    now,
    everything: mode === 'all',
  });
}

/** Make an earlier export again, with the same number and range (for a lost file). */
export async function exportAgain(
  exportSeq: number,
  opts: { passphrase?: string | undefined; now?: Date } = {},
): Promise<ExportResult | null> {
  const item = (await exportHistory()).find((h) => h.exportSeq === exportSeq);
  if (!item) return null;
  const collected = await db.transaction('r', [...syncTables(), db.conflicts], async () => {
    const stream = new BundleStream();
    await (item.everything
      ? streamRows(stream, (t) => t.where('localSeq').belowOrEqual(item.toSeq).toArray(), EXCHANGE_TABLES)
      : streamRows(
          stream,
          (t) => t.where('localSeq').between(item.fromSeq, item.toSeq, true, true).toArray(),
          EXCHANGE_TABLES,
        ));
    await streamConflicts(stream);
    return {
      stream,
      exportSeq: item.exportSeq,
      range: { fromSeq: item.fromSeq, toSeq: item.toSeq },
    } satisfies Collected;
  });
  return finish('device', collected, {
    passphrase: opts.passphrase,
    now: opts.now ?? new Date(),
    everything: item.everything,
  });
}

/**
 * Device identity (docs/FORMAT.md): give this tablet a new device id, for a tablet that was
 * restored from a backup or copied from another one (two tablets with one id). What was made under
 * the old id keeps its stamps; new changes carry the new id. Export numbers start again at 1 and
 * the next export holds everything on the tablet, so the coordinator misses nothing.
 */
export async function takeNewDeviceId(now = new Date()): Promise<Device> {
  const old = await ensureDevice();
  const device = await write([], async () => {
    const next: Device & { previousIds?: string[] } = {
      ...old,
      id: newDeviceId(),
      createdAt: now.toISOString(),
      previousIds: [...((old as Device & { previousIds?: string[] }).previousIds ?? []), old.id],
    };
    await db.kv.bulkPut([
      { key: 'device', value: next },
      { key: EXCHANGE_KV.exportSeq, value: 0 },
      { key: EXCHANGE_KV.lastExportedSeq, value: 0 },
      { key: EXCHANGE_KV.history, value: [] },
    ]);
    return next;
  });
  resetDeviceCache();
  return device;
}

// ---------------------------------------------------------------- import

export type FileCounts = MergeCounts & { skipped: number };

export interface FileReport {
  fileName: string;
  status: 'imported' | 'refused';
  problems: ExchangeProblem[];
  /** Imported, but the coordinator should know (e.g. two tablets with one device id). */
  notices?: ExchangeProblem[];
  header?: BundleHeader;
  counts: FileCounts;
}

export interface ImportLogRow extends LoggedImport {
  [key: string]: unknown;
  id: string;
  importedAt: string;
  fileName: string;
  processId: string | null;
  sha256: string;
  encrypted: boolean;
  counts: FileCounts;
}

export interface ImportOptions {
  passphrase?: string | undefined;
  now?: number;
  /** Merge even a bundle merged before (the bench measures the full merge path with it). */
  fullMerge?: boolean;
}

const zeroCounts = (): FileCounts => ({ ...emptyCounts(), skipped: 0 });

const refused = (fileName: string, problems: ExchangeProblem[]): FileReport => ({
  fileName,
  status: 'refused',
  problems,
  counts: zeroCounts(),
});

type ImportInput = { name: string; size: number; text(): Promise<string> };

/** Read and check one file; the size is checked before it is read. */
async function readFile(
  file: ImportInput,
  opts: ImportOptions,
  now: number,
): Promise<ParsedBundle | FileReport> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return refused(file.name, [tooLarge]);
  try {
    const read = await readBundleText(await file.text(), { passphrase: opts.passphrase, now });
    return read.ok ? read.bundle : refused(file.name, read.problems);
  } catch {
    return refused(file.name, [problem('readFailed')]);
  }
}

/**
 * Import many files, each in its own transaction, in the given order. The next file is read and
 * checked while the database writes the previous one (the checks run in this page, the writes in
 * the browser's storage process).
 */
export async function importFiles(
  files: ImportInput[],
  opts: ImportOptions = {},
  onFile?: (report: FileReport, index: number) => void,
): Promise<FileReport[]> {
  const now = opts.now ?? Date.now();
  const reports: FileReport[] = [];
  let next = files.length ? readFile(files[0]!, opts, now) : undefined;
  for (let i = 0; i < files.length; i++) {
    const read = await next!;
    next = i + 1 < files.length ? readFile(files[i + 1]!, opts, now) : undefined;
    const report = 'status' in read ? read : await applyBundle(read, files[i]!.name, now, opts);
    reports.push(report);
    onFile?.(report, i);
  }
  return reports;
}

/** Import one file (a File from a picker or a drop). */
export async function importFile(file: ImportInput, opts: ImportOptions = {}): Promise<FileReport> {
  return (await importFiles([file], opts))[0]!;
}

export async function importBundleText(
  text: string,
  fileName: string,
  opts: ImportOptions = {},
): Promise<FileReport> {
  const now = opts.now ?? Date.now();
  const read = await readBundleText(text, { passphrase: opts.passphrase, now });
  if (!read.ok) return refused(fileName, read.problems);
  return applyBundle(read.bundle, fileName, now, opts);
}

/** A conflict row's id: the same losing version always gets the same id (re-imports are idempotent). */
function conflictKey(tableName: string, v: Version): string {
  let h = 0x811c9dc5;
  const s = canonicalJson(v);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${tableName}:${v.id}:${v.updatedAt}:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * Whether the records of these ids look new to this table (a first import of a tablet's file):
 * a few of them are asked for (the whole table is not counted: IndexedDB counts row by row).
 */
async function looksNew(t: Table<AnyRow, string>, ids: string[]): Promise<boolean> {
  const step = Math.max(1, Math.floor(ids.length / 16));
  const sample = ids.filter((_, i) => i % step === 0).slice(0, 16);
  const found = (await t.bulkGet(sample)).filter(Boolean).length;
  return found * 2 < sample.length;
}

/**
 * A file's records per meeting at least this many on average, and their meetings holding at most
 * BY_MEETING_OVER times the file's records, for `storedRows` to read them per meeting.
 */
const BY_MEETING_MIN = 8;
const BY_MEETING_OVER = 2;

/**
 * The stored rows of `ids` in that order (undefined where none is stored): what `bulkGet(ids)`
 * gives. `bulkGet` asks IndexedDB once per id, and those single gets were most of a full-merge
 * re-import's time (issue 12). A tablet's file holds the records of its own meetings, so where a
 * table has a meetingId index and the file's versions name few meetings whose stored rows are not
 * many more than the file's, those meetings' rows are read with one request each; the ids not found
 * there (a record stored under another meeting, or not stored at all) are then asked for one by one.
 */
export async function storedRows(
  t: Table<AnyRow, string>,
  ids: string[],
  incoming: readonly Version[],
): Promise<(AnyRow | undefined)[]> {
  if (!t.schema.idxByName.meetingId) return t.bulkGet(ids);
  const meetings = new Set<string>();
  for (const v of incoming) {
    const m = (v as { meetingId?: unknown }).meetingId;
    if (typeof m === 'string') meetings.add(m);
  }
  if (!meetings.size || meetings.size * BY_MEETING_MIN > ids.length) return t.bulkGet(ids);
  const list = [...meetings];
  const stored = await Promise.all(list.map((m) => t.where('meetingId').equals(m).count()));
  if (stored.reduce((a, b) => a + b, 0) > BY_MEETING_OVER * ids.length) return t.bulkGet(ids);
  const byId = new Map<string, AnyRow>();
  const read = await Promise.all(list.map((m) => t.where('meetingId').equals(m).toArray()));
  for (const rows of read) for (const r of rows) byId.set(r.id, r);
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) {
    const rows = await t.bulkGet(missing);
    missing.forEach((id, i) => {
      const r = rows[i];
      if (r) byId.set(id, r);
    });
  }
  return ids.map((id) => byId.get(id));
}

/**
 * Add these rows (none of them was found): IndexedDB refuses a row whose id exists after all, and
 * only that row (Dexie prevents the abort and reports it); their ids are returned. Anything other
 * than an existing id fails the import.
 */
async function addNew(t: Table<AnyRow, string>, rows: AnyRow[]): Promise<Set<string>> {
  const taken = new Set<string>();
  await Promise.all(
    chunks(rows).map((chunk) =>
      t.bulkAdd(chunk).catch((e: unknown) => {
        if (!(e instanceof Dexie.BulkError)) throw e;
        for (const [pos, err] of Object.entries(e.failuresByPos)) {
          if (err.name !== 'ConstraintError') throw err;
          taken.add(chunk[Number(pos)]!.id);
        }
      }),
    ),
  );
  return taken;
}

/** Rows per bulk request. */
const CHUNK = 5000;
const chunks = <T>(list: T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
};

/** Add `from` to `into` (in place); the literal names every count, so a new one fails to compile here. */
function addCounts(into: MergeCounts, from: MergeCounts): void {
  const sum: MergeCounts = {
    new: into.new + from.new,
    updated: into.updated + from.updated,
    unchanged: into.unchanged + from.unchanged,
    conflicts: into.conflicts + from.conflicts,
  };
  Object.assign(into, sum);
}

interface MergePlan {
  counts: MergeCounts;
  /** Versions that met a concurrent version of the same device (two tablets share an id). */
  sameDevice: number;
  puts: AnyRow[];
  conflictPuts: ConflictRow[];
  conflictDeletes: string[];
}

/**
 * What merging `incoming` into the stored rows (`existing`, by position of `ids`) and their open
 * conflicts changes: the merge rule (src/domain/merge.ts) on each record, nothing written.
 */
function planMerge(
  name: ExchangeTable,
  ids: string[],
  existing: (AnyRow | undefined)[],
  incoming: Version[],
  openById: Map<string, ConflictRow[]>,
  at: string,
): MergePlan {
  const counts = emptyCounts();
  let sameDevice = 0;
  // The cheap check first: a record whose only version in this file is exactly the stored one
  // (same stamp and maker, same content) and that has no open conflicts cannot change, as merging
  // is idempotent: counted as the merge counts it ('unchanged'), without a merge. A re-import of
  // the same files is mostly this. Anything else takes the full merge rule.
  const inFile = new Map<string, Version | null>();
  for (const v of incoming) inFile.set(v.id, inFile.has(v.id) ? null : v);
  const same = new Set<string>();
  ids.forEach((id, i) => {
    const row = existing[i];
    const v = inFile.get(id);
    if (!row || !v || openById.has(id) || v.updatedAt !== row.updatedAt || v.deviceId !== row.deviceId)
      return;
    if (jsonEqual(row, v, 'localSeq')) same.add(id);
  });
  counts.unchanged += same.size;
  // One RecordMerge per record: its indexes stay between the versions of this file, so many
  // versions of one record cost about one step each (src/domain/merge.ts).
  const merges = new Map<string, { merge: RecordMerge<Version>; before: Version | undefined }>();
  ids.forEach((id, i) => {
    if (same.has(id)) return;
    const current = strip(existing[i]);
    const conflicts = (openById.get(id) ?? []).map((r) => r.version);
    merges.set(id, { merge: new RecordMerge<Version>({ current, conflicts }), before: current });
  });
  for (const v of incoming) {
    if (same.has(v.id)) continue;
    const step = merges.get(v.id)!.merge.add(v);
    countResult(counts, step);
    // Two versions under one device id that have not seen each other: two tablets share an id.
    for (const c of step.newConflicts) if (c.deviceId === step.winner?.deviceId) sameDevice++;
  }
  const puts: AnyRow[] = [];
  const conflictPuts: ConflictRow[] = [];
  const conflictDeletes: string[] = [];
  for (const [id, { merge, before }] of merges) {
    if (!merge.changed) continue;
    const s = merge.state();
    if (s.current && s.current !== before) puts.push({ ...s.current, localSeq: 0 });
    const want = new Map(s.conflicts.map((v) => [conflictKey(name, v), v]));
    const have = new Set((openById.get(id) ?? []).map((r) => r.id));
    for (const rid of have) if (!want.has(rid)) conflictDeletes.push(rid);
    for (const [cid, v] of want) {
      if (!have.has(cid))
        conflictPuts.push({ id: cid, table: name, recordId: id, version: v, detectedAt: at });
    }
  }
  return { counts, sameDevice, puts, conflictPuts, conflictDeletes };
}

/** Merge the versions of one table into the database (inside the import transaction). */
async function mergeTable(
  name: ExchangeTable,
  incoming: Version[],
  counts: MergeCounts,
  at: string,
  sameDevice: { n: number },
) {
  const t = table(name);
  const ids = [...new Set(incoming.map((v) => v.id))];
  // The aggregates need each contribution's stored version before the write (tellBefore): what
  // the merge read, so the middleware need not read it again.
  const tell = (rows: Map<string, AnyRow | undefined>) => {
    if (name === 'contributions') tellBefore(rows as Map<string, never>);
  };
  const [isNew, conflictRows] = await Promise.all([
    looksNew(t, ids),
    db.conflicts.where('table').equals(name).toArray(),
  ]);
  const openById = new Map<string, ConflictRow[]>();
  for (const r of conflictRows) {
    const list = openById.get(r.recordId);
    if (list) list.push(r);
    else openById.set(r.recordId, [r]);
  }
  let plan: MergePlan;
  let puts: AnyRow[];
  if (isNew) {
    // A tablet's new records: merged as absent and added without reading them first (reading
    // 5,000 rows that are not there cost as much as writing them). A record that exists after all
    // is refused by IndexedDB alone; those are read and merged again with what is stored.
    tell(new Map(ids.map((id) => [id, undefined])));
    plan = planMerge(name, ids, [], incoming, openById, at);
    const taken = await addNew(t, plan.puts);
    if (taken.size) {
      const list = [...taken];
      const rows = await t.bulkGet(list);
      const byId = new Map(list.map((id, i) => [id, rows[i]]));
      tell(byId);
      // The records added above merge the same again (nothing was stored for them); only the
      // counts, the conflicts and the rows that existed come from this plan.
      plan = planMerge(
        name,
        ids,
        ids.map((id) => byId.get(id)),
        incoming,
        openById,
        at,
      );
    }
    puts = plan.puts.filter((r) => taken.has(r.id));
  } else {
    const existing = await storedRows(t, ids, incoming);
    tell(new Map(ids.map((id, i) => [id, existing[i]])));
    plan = planMerge(name, ids, existing, incoming, openById, at);
    puts = plan.puts;
  }
  addCounts(counts, plan.counts);
  sameDevice.n += plan.sameDevice;
  const writes: Promise<unknown>[] = chunks(puts).map((chunk) => t.bulkPut(chunk));
  if (plan.conflictDeletes.length) writes.push(db.conflicts.bulkDelete(plan.conflictDeletes));
  if (plan.conflictPuts.length) writes.push(db.conflicts.bulkPut(plan.conflictPuts));
  await Promise.all(writes);
}

/** Merge a checked bundle into the database, all in one transaction. */
export async function applyBundle(
  bundle: ParsedBundle,
  fileName: string,
  now = Date.now(),
  opts: Pick<ImportOptions, 'fullMerge'> = {},
): Promise<FileReport> {
  const device = await ensureDevice();
  const { header } = bundle;
  const allowed: readonly ExchangeTable[] = header.kind === 'publish' ? PUBLISH_TABLES : EXCHANGE_TABLES;
  const at = new Date(now).toISOString();
  return write([...syncTables(), db.conflicts, db.imports], async () => {
    const counts = zeroCounts();
    const notices: ExchangeProblem[] = [];
    let newest = '';
    const earlier = await db.imports.where('deviceId').equals(header.device.id).toArray();
    // The same payload (same SHA-256) of the same kind from the same device was merged before, in
    // a transaction that also logged it, with nothing skipped: merging is idempotent, so it cannot
    // change anything. Skip the reads. A bundle of which records were skipped (a publication) never
    // lets a later bundle with the same checksum skip its merge.
    const before =
      !opts.fullMerge &&
      earlier.some(
        (r) => r.sha256 === header.sha256 && r.kind === header.kind && (r.counts as FileCounts).skipped === 0,
      );
    // Device identity: this device id and export number arrived before with other content. Two
    // tablets carry the same device id (a restored backup, a cloned profile). Nothing is dropped:
    // the merge keeps their concurrent versions as conflicts; the coordinator is told.
    if (
      header.kind === 'device' &&
      earlier.some(
        (r) => r.kind === 'device' && r.exportSeq === header.exportSeq && r.sha256 !== header.sha256,
      )
    ) {
      notices.push(problem('sameDeviceSeq', { device: header.device.label, seq: header.exportSeq }));
    }
    const sameDevice = { n: 0 };
    for (const name of before ? [] : EXCHANGE_TABLES) {
      const incoming = [...(bundle.records[name] ?? []), ...(bundle.conflicts[name] ?? [])];
      if (!incoming.length) continue;
      if (!allowed.includes(name)) {
        counts.skipped += incoming.length;
        continue;
      }
      await mergeTable(name, incoming, counts, at, sameDevice);
      for (const v of incoming) if (v.updatedAt > newest) newest = v.updatedAt;
    }
    if (sameDevice.n) notices.push(problem('sameDeviceConflict', { n: sameDevice.n }));
    if (before) {
      for (const name of EXCHANGE_TABLES) {
        const n = (bundle.records[name]?.length ?? 0) + (bundle.conflicts[name]?.length ?? 0);
        if (allowed.includes(name)) counts.unchanged += n;
        else counts.skipped += n;
      }
    }
    // Every later change on this device must sort after what it has now seen.
    const last = await lastClock();
    if (newest && (!last || newest > last)) {
      const next = receive(last, newest, now, device.id);
      if (next) await setClock(next);
    }
    const log: ImportLogRow = {
      id: newId(),
      deviceId: header.device.id,
      deviceLabel: header.device.label,
      kind: header.kind,
      exportSeq: header.exportSeq,
      range: header.range,
      sources: header.sources,
      importedAt: at,
      fileName,
      processId: header.processId,
      sha256: header.sha256,
      encrypted: bundle.encrypted,
      counts,
    };
    await db.imports.add(log);
    return { fileName, status: 'imported', problems: [], notices, header, counts } satisfies FileReport;
  });
}

export async function importLog(): Promise<ImportLogRow[]> {
  return (await db.imports.orderBy('importedAt').toArray()) as ImportLogRow[];
}

/** Missing export numbers per device, over everything imported so far. */
export async function importGaps() {
  return missingExports(await importLog());
}

/** Device labels known from imports (to say which tablet made a version). */
export async function deviceLabels(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const r of await importLog()) {
    out[r.deviceId] = r.deviceLabel;
    for (const s of (r.sources ?? []) as BundleSource[]) out[s.deviceId] = s.deviceLabel;
  }
  // Read, not made: this runs inside a live query (the conflicts screen), which may not write.
  const me = await readDevice();
  if (me) out[me.id] = me.label;
  return out;
}

/** Records per type (not deleted) and open conflicts: "what is in this app now". */
export async function stock(): Promise<Partial<Record<ExchangeTable, number>>> {
  const out: Partial<Record<ExchangeTable, number>> = {};
  for (const name of EXCHANGE_TABLES) {
    const n = await table(name)
      .filter((r) => !r.deleted)
      .count();
    if (n) out[name] = n;
  }
  return out;
}

// ---------------------------------------------------------------- conflicts

/**
 * Settle a conflict: "restore" lets the losing version apply again, "keep" keeps the current one.
 * Both save a new version that has seen both, so the settlement travels to other devices like any
 * change, and importing the old versions again does not bring the conflict back.
 */
export async function settleConflict(conflictId: string, choice: 'restore' | 'keep'): Promise<void> {
  const row = await db.conflicts.get(conflictId);
  if (!row) return;
  const name = row.table;
  await ensureDevice();
  await write([table(name), db.conflicts], async () => {
    const fresh = await db.conflicts.get(conflictId);
    if (!fresh) return;
    const current = strip(await table(name).get(fresh.recordId));
    const open = (await db.conflicts.where('recordId').equals(fresh.recordId).toArray()).filter(
      (r) => r.table === name,
    );
    const chosen = choice === 'restore' || !current ? fresh.version : current;
    const change = await nextChange();
    const involved = current ? [current, fresh.version] : [fresh.version];
    const parsed = RECORD_SCHEMAS[name].safeParse(
      settleVersion(chosen, involved, change.updatedAt, change.deviceId),
    );
    if (!parsed.success) throw new InvalidRecordError(problemsOf(parsed.error));
    const next = mergeAll({ current, conflicts: open.map((r) => r.version) }, [parsed.data as Version]);
    if (next.current) await table(name).put({ ...next.current, localSeq: change.localSeq });
    const keep = new Set(next.conflicts.map((v) => conflictKey(name, v)));
    await db.conflicts.bulkDelete(open.filter((r) => !keep.has(r.id)).map((r) => r.id));
  });
}
