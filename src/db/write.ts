import Dexie, { type Table } from 'dexie';
import type { AgendaItem } from '../domain/agenda';
import type { Contact } from '../domain/contact';
import type { Contribution } from '../domain/contribution';
import type { BudgetLine, DesignRecord, KeyFigure } from '../domain/design';
import type { EarlierFinding } from '../domain/earlierFinding';
import type { Experience } from '../domain/experience';
import type { Feedback } from '../domain/feedback';
import { newId } from '../domain/ids';
import type { Lesson } from '../domain/lesson';
import type { Attendance, Meeting } from '../domain/meeting';
import type { Process } from '../domain/process';
import type { RecordMeta } from '../domain/record';
import type { PriorityVote } from '../domain/votes';
import type { ZodType } from '../domain/zod';
import { prefetchAggregates, tellBefore } from './aggregates';
import { InvalidRecordError, isQuotaError, NestedWriteError, StorageFullError } from './errors';
import { forgetGuesses, usedGuess } from './guess';
import { changeRow, createRow, givenRow } from './records';
import { db, type Row } from './schema';
import { loadedSchemas, type SchemaBundle, schemas } from './schemas';
import { requestPersistence } from './storage';
import { tellOnCommit } from './written';

/**
 * The one write path of the app. Every user action is one `write(tables, fn)`: one 'rw'
 * transaction over the given tables plus db.kv (the clock and the local sequence live there),
 * with the record schemas loaded before it opens, a full disk reported as StorageFullError and
 * persistent storage asked for. Inside, `fn` gets a `tx` through which the building blocks work
 * (tx.create / tx.change / tx.setDeleted, and the blocks of the repositories that take a tx, such
 * as insertContributions, insertLesson, addThemeToProcess), so a compound action composes blocks
 * and never calls another repository write: that would be a second transaction, and write()
 * refuses it at run time (NestedWriteError).
 */

/** The record type of each synchronised table. */
export interface RecordTypes {
  processes: Process;
  meetings: Meeting;
  contributions: Contribution;
  attendance: Attendance;
  lessons: Lesson;
  votes: PriorityVote;
  agendaItems: AgendaItem;
  contacts: Contact;
  feedback: Feedback;
  keyFigures: KeyFigure;
  budgetLines: BudgetLine;
  experiences: Experience;
  earlierFindings: EarlierFinding;
  designs: DesignRecord;
}
export type RecordTable = keyof RecordTypes;
/** What a caller gives for a new record: everything but the meta fields the write stamps. */
export type RecordFields<K extends RecordTable> = Omit<RecordTypes[K], keyof RecordMeta>;
export type RecordPatch<K extends RecordTable> = Partial<RecordFields<K>> & { deleted?: boolean };
type RowOf<K extends RecordTable> = Row<RecordTypes[K]>;

const tableOf = <K extends RecordTable>(name: K) => db[name] as unknown as Table<RowOf<K>, string>;

/** Handed to the function of a write(): only valid inside that transaction. */
export interface Tx {
  /** The zod schemas, loaded before the transaction opened. */
  readonly schemas: SchemaBundle;
  /** A record by id, also when it is deleted. */
  get<K extends RecordTable>(table: K, id: string): Promise<RowOf<K> | undefined>;
  /** A new record with fresh meta fields (a fresh id unless one is given), validated and added. */
  create<K extends RecordTable>(table: K, fields: RecordFields<K>, opts?: { id?: string }): Promise<RowOf<K>>;
  /** Several new records, validated and added together. */
  createAll<K extends RecordTable>(table: K, fields: readonly RecordFields<K>[]): Promise<RowOf<K>[]>;
  /** The next version of a record (given, or by id: then it must exist), validated and stored. */
  change<K extends RecordTable>(
    table: K,
    prev: RecordTypes[K] | string,
    patch: RecordPatch<K>,
  ): Promise<RowOf<K>>;
  /** Delete as a tombstone (or undo that); nothing happens when absent or already so. */
  setDeleted<K extends RecordTable>(table: K, id: string, deleted: boolean): Promise<RowOf<K> | undefined>;
  /** A complete record made elsewhere (its own stamps), validated and stored with the next sequence. */
  given<K extends RecordTable>(table: K, record: RecordTypes[K]): Promise<RowOf<K>>;
}

/*
 * The two guards below are the one place where a table's name stands for its record type
 * (TypeScript does not narrow a generic table's rows by the name).
 */
const beforeOfContributions = (
  table: RecordTable,
  _rows: readonly (readonly [string, unknown])[],
): _rows is readonly (readonly [string, Row<Contribution> | undefined])[] => table === 'contributions';
const newContributions = <T>(
  table: RecordTable,
  _fields: readonly T[],
): _fields is readonly (T & Contribution)[] => table === 'contributions';

/** What a contribution was before this write (no second read for the aggregates, src/db/aggregates.ts). */
const known = (table: RecordTable, rows: readonly (readonly [string, unknown])[]) => {
  if (beforeOfContributions(table, rows)) tellBefore(new Map(rows));
};

/** New contributions: their aggregate rows are asked for at once, beside the clock's read. */
const adding = <T>(table: RecordTable, fields: readonly T[]) => {
  if (newContributions(table, fields)) prefetchAggregates(fields);
};

/**
 * `wrote` collects the rows stored through the tx (by table), told to onWritten() listeners after
 * the commit (src/db/live.ts). Writes a block makes on a table directly are not in it: those reach
 * the screens through their live queries only.
 */
function makeTx(bundle: SchemaBundle, wrote: Map<string, unknown[]>, later: Promise<unknown>[]): Tx {
  const stored = <R>(table: RecordTable, rows: R[]): R[] => {
    const list = wrote.get(table);
    if (list) list.push(...rows);
    else wrote.set(table, [...rows]);
    return rows;
  };
  const schemaOf = <K extends RecordTable>(table: K) =>
    bundle.TABLE_SCHEMAS[table] as unknown as ZodType<RecordTypes[K]>;
  const tx: Tx = {
    schemas: bundle,
    get: (table, id) => tableOf(table).get(id),
    async create(table, fields, opts) {
      adding(table, [fields]);
      const row = await createRow(schemaOf(table), fields as never, opts?.id ?? newId(), later);
      known(table, [[row.id, undefined]]);
      await tableOf(table).add(row);
      stored(table, [row]);
      return row;
    },
    async createAll(table, fields) {
      adding(table, fields);
      const rows = [];
      for (const f of fields) rows.push(await createRow(schemaOf(table), f as never, newId(), later));
      known(
        table,
        rows.map((r) => [r.id, undefined]),
      );
      await tableOf(table).bulkAdd(rows);
      return stored(table, rows);
    },
    async change(table, prev, patch) {
      const current = typeof prev === 'string' ? await tableOf(table).get(prev) : prev;
      if (!current) throw new Error(`${table} ${String(prev)} not found`);
      const row = await changeRow(schemaOf(table), current, patch as never, later);
      known(table, [[current.id, current]]);
      await tableOf(table).put(row);
      stored(table, [row]);
      return row;
    },
    async setDeleted(table, id, deleted) {
      const prev = await tableOf(table).get(id);
      if (!prev || prev.deleted === deleted) return undefined;
      return tx.change(table, prev, { deleted } as RecordPatch<typeof table>);
    },
    async given(table, record) {
      const row = await givenRow(schemaOf(table), record, later);
      await tableOf(table).put(row);
      stored(table, [row]);
      return row;
    },
  };
  return tx;
}

/**
 * Run one user action as one transaction over `tables` (db.kv is always included). Refuses to run
 * inside another transaction: compose building blocks with the tx instead.
 */
export async function write<T>(tables: readonly Table[], fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (Dexie.currentTransaction) throw new NestedWriteError();
  // Before the transaction: awaiting this import inside it would end the transaction. Once loaded,
  // no await at all: the transaction then opens in the same task as the click, before the render
  // the caller's state change queued (measured: that render delayed the save by 7-16 ms).
  const bundle = loadedSchemas() ?? (await schemas());
  void requestPersistence();
  // The aggregates change with every contribution (src/db/aggregates.ts): in scope whenever those are.
  const withAggregates = tables.some((t) => t.name === 'contributions')
    ? [db.aggregates, db.respondents]
    : [];
  const scope = [...new Map([...tables, ...withAggregates, db.kv].map((t) => [t.name, t])).values()];
  // A transaction that took values from memory (src/db/guess.ts) and failed, most often because
  // one was stale (another tab wrote meanwhile), runs again reading everything: once more at most
  // in practice (a genuine failure fails again and is reported).
  for (let attempt = 1; ; attempt++) {
    let trans: IDBTransaction | undefined;
    try {
      // An async callback: Dexie keeps its transaction across native awaits only for async functions.
      return await db.transaction('rw', scope, async () => {
        trans = Dexie.currentTransaction?.idbtrans;
        const wrote = new Map<string, unknown[]>();
        // The clock's writes, sent without waiting (nextChange): awaited here, before the commit.
        const later: Promise<unknown>[] = [];
        const result = await fn(makeTx(bundle, wrote, later)).catch((e) => {
          void Promise.allSettled(later); // the first failure is the one to report
          throw e;
        });
        await Promise.all(later);
        // Once committed, the screens of this tab show what was stored at once (src/db/written.ts).
        tellOnCommit(Dexie.currentTransaction?.idbtrans, wrote);
        return result;
      });
    } catch (e) {
      forgetGuesses(); // what this transaction would have stored is not stored
      // A full disk or a refused record is not a stale guess's doing: reported at once.
      const genuine = isQuotaError(e) || e instanceof InvalidRecordError;
      if (!genuine && usedGuess(trans) && attempt < 3) continue;
      if (isQuotaError(e)) throw new StorageFullError(e);
      throw e;
    }
  }
}
