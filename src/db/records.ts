import Dexie from 'dexie';
import { tick } from '../domain/clock';
import { newId } from '../domain/ids';
import { problemsOf } from '../domain/problems';
import type { RecordMeta } from '../domain/record';
import { bumpVv } from '../domain/version';
import type { ZodType } from '../domain/zod';
import { ensureDevice } from './device';
import { InvalidRecordError } from './errors';
import { checkGuess, onForget } from './guess';
import { CHANGE_KEY, db, type Row } from './schema';

/**
 * The clock (the last HLC stamp of this device) and the local sequence (the number of the last
 * local change), one kv row, CHANGE_KEY (schema version 9, src/db/schema.ts): a change reads and writes both,
 * so one request each instead of two.
 */
export interface ChangeCounters {
  /** The last stamp this device made or saw (undefined until the first). */
  clock: string | undefined;
  /** The last local change number (0 before the first). */
  seq: number;
}
const KV_TABLE = 'kv';

/** The counters as a kv row holds them (absent row: none yet). */
export function countersOf(row: unknown): ChangeCounters {
  const v = (row as { value?: Partial<ChangeCounters> } | undefined)?.value;
  return { clock: v?.clock, seq: v?.seq ?? 0 };
}

/**
 * What the guess of a change row is compared on: the counters, read the same way as they are used
 * (an absent row and { seq: 0 } are one and the same state).
 */
const pickCounters = (row: unknown) => countersOf(row);

async function readCounters(): Promise<ChangeCounters> {
  return countersOf(await db.kv.get(CHANGE_KEY));
}

function storeCounters(c: ChangeCounters): Promise<unknown> {
  // Without an undefined clock key: the stored value compares equal to the guess (jsonEqual).
  return db.kv.put({ key: CHANGE_KEY, value: c.clock === undefined ? { seq: c.seq } : c });
}

/**
 * The counters this tab stored last (src/db/guess.ts): the next stamp is made from them without
 * waiting for a read, and checked against the stored row in the same transaction.
 */
let last: ChangeCounters | undefined;
onForget(() => {
  last = undefined;
});

/**
 * Stamp the next local change: a new HLC stamp and the next local sequence number.
 * Must run inside a 'rw' transaction that includes db.kv. The clock and the sequence are those
 * stored in that transaction, so two tabs (each its own transaction, serialised by IndexedDB over
 * db.kv) never take the same number: read first, or, once this tab knows what it stored last,
 * taken from memory and checked by a read sent before the write (a mismatch aborts the
 * transaction and write() runs the action again, src/db/guess.ts). With `later`, the write of the
 * new values is sent but not awaited (IndexedDB runs a transaction's requests in order): the
 * caller awaits it before the commit.
 */
export async function nextChange(
  later?: Promise<unknown>[],
): Promise<{ updatedAt: string; deviceId: string; localSeq: number }> {
  const device = await ensureDevice();
  const trans = Dexie.currentTransaction?.idbtrans;
  let before = later && trans ? last : undefined;
  if (before && trans) checkGuess(trans, KV_TABLE, CHANGE_KEY, before, pickCounters);
  else before = await readCounters();
  const updatedAt = tick(before.clock, Date.now(), device.id);
  const localSeq = before.seq + 1;
  last = { clock: updatedAt, seq: localSeq };
  const stored = storeCounters(last);
  if (later) later.push(stored);
  else await stored;
  return { updatedAt, deviceId: device.id, localSeq };
}

/**
 * The next local sequence number only, without a clock stamp: for records that must not take a
 * stamp of the device's clock (contacts, src/db/contacts.ts). Inside a 'rw' transaction with db.kv.
 */
export async function nextLocalSeq(): Promise<number> {
  last = undefined; // the next stamp reads again
  const before = await readCounters();
  const localSeq = before.seq + 1;
  await storeCounters({ clock: before.clock, seq: localSeq });
  return localSeq;
}

/** The last local stamp (for the exchange: advance it past imported stamps). */
export async function lastClock(): Promise<string | undefined> {
  return (await readCounters()).clock;
}

/** Move the clock to `stamp` (past an imported stamp); the sequence stays. Inside a 'rw' transaction with db.kv. */
export async function setClock(stamp: string): Promise<void> {
  last = undefined;
  const before = await readCounters();
  await storeCounters({ clock: stamp, seq: before.seq });
}

export async function currentSeq(): Promise<number> {
  return (await readCounters()).seq;
}

function validated<T>(schema: ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new InvalidRecordError(problemsOf(r.error));
  return r.data;
}

type Fields<T extends RecordMeta> = Omit<T, keyof RecordMeta>;

/** A new record with fresh meta fields, validated. Inside a 'rw' transaction with db.kv. */
export async function createRow<T extends RecordMeta>(
  schema: ZodType<T>,
  fields: Fields<T>,
  /** A given id: for a record that exists once per something else (a process's design). */
  id: string = newId(),
  /** Where the clock's write goes when the caller awaits it later (nextChange). */
  later?: Promise<unknown>[],
): Promise<Row<T>> {
  const change = await nextChange(later);
  const record = validated(schema, {
    ...fields,
    id,
    createdAt: new Date().toISOString(),
    updatedAt: change.updatedAt,
    deviceId: change.deviceId,
    rev: 1,
    deleted: false,
    vv: { [change.deviceId]: change.updatedAt },
  });
  return { ...record, localSeq: change.localSeq };
}

/** The next version of a record, validated. Inside a 'rw' transaction with db.kv. */
export async function changeRow<T extends RecordMeta>(
  schema: ZodType<T>,
  prev: T,
  patch: Partial<Fields<T>> & { deleted?: boolean },
  later?: Promise<unknown>[],
): Promise<Row<T>> {
  const change = await nextChange(later);
  const { localSeq: _old, ...rest } = prev as T & { localSeq?: number };
  const record = validated(schema, {
    ...rest,
    ...patch,
    updatedAt: change.updatedAt,
    deviceId: change.deviceId,
    rev: prev.rev + 1,
    vv: bumpVv(prev, change.deviceId, change.updatedAt),
    // Device identity: which version this change was made on top of (src/domain/merge.ts hasSeen).
    prev: prev.updatedAt,
  });
  return { ...record, localSeq: change.localSeq };
}

/**
 * A complete record made elsewhere with its own meta fields (the shared first version of a
 * configuration): validated and given the next local sequence number, stamps untouched.
 * Inside a 'rw' transaction with db.kv.
 */
export async function givenRow<T extends RecordMeta>(
  schema: ZodType<T>,
  record: T,
  later?: Promise<unknown>[],
): Promise<Row<T>> {
  const change = await nextChange(later);
  return { ...validated(schema, record), localSeq: change.localSeq };
}

/** Strip local-only fields before a record leaves the device. */
export function toRecord<T extends RecordMeta>(row: Row<T>): T {
  const { localSeq: _seq, ...record } = row;
  return record as unknown as T;
}

export const notDeleted = <T extends { deleted: boolean }>(r: T) => !r.deleted;
