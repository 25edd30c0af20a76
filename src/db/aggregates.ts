import Dexie, {
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import {
  type AggregateKeys,
  type AggregateRow,
  aggregateId,
  aggregateKeysId,
  applyChanges,
  type ContributionAggregate,
  countFromScratch,
  emptyAggregate,
  isEmptyAggregate,
  isLive,
  KeyList,
  packAggregates,
  type RespondentState,
  recentOf,
  respondentAggregateIds,
  SEP,
  type StoredAggregate,
  touchedRespondents,
  unpackAggregate,
} from '../domain/analysis/aggregates';
import type { Contribution } from '../domain/contribution';
import { checkGuess, onForget } from './guess';

/**
 * Aggregates kept in the same transaction as every change of a contribution: a Dexie middleware
 * on the contributions table, so no write path (write(), the import, example data, a test) can
 * forget them. It sees each stored change (before → after) and updates the aggregate rows it
 * touches; a transaction that changes contributions without the aggregates and respondents tables in its scope
 * fails (write() adds the table itself; see `withAggregates`). The counting is pure
 * (src/domain/analysis/aggregates.ts).
 */
export const AGGREGATES_TABLE = 'aggregates';
/** The kiosk respondents behind the aggregates' respondent counters (RespondentState). */
export const RESPONDENTS_TABLE = 'respondents';
const CONTRIBUTIONS = 'contributions';

type Change = { before: Contribution | undefined; after: Contribution | undefined };
type Row = Contribution & { localSeq?: number };

/**
 * What the caller already read in this transaction (the import's merge reads every existing row):
 * the stored row before the change, by id, so the middleware need not read it again.
 */
const knownBefore = new WeakMap<object, Map<string, Row | undefined>>();

/** Tell the aggregates what these contributions were before the next writes of this transaction. */
export function tellBefore(rows: ReadonlyMap<string, Row | undefined>): void {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans) return;
  let map = knownBefore.get(trans);
  if (!map) {
    map = new Map();
    knownBefore.set(trans, map);
  }
  for (const [id, row] of rows) map.set(id, row);
}

/**
 * Aggregate rows already asked for in this transaction (prefetchAggregates), by id: each is used
 * once, by the next change of that aggregate (a second change reads it again, after the first
 * one's write).
 */
const prefetched = new WeakMap<object, Map<string, PromiseLike<unknown>>>();

/**
 * Ask now for the aggregate rows of the contributions a write is about to add, before they are
 * stamped and validated: the read then travels with the clock's read, one round trip fewer
 * before the commit. Inside the write's transaction (with the aggregates table in its scope).
 */
export function prefetchAggregates(pairs: readonly { processId: string; meetingId: string }[]): void {
  const t = Dexie.currentTransaction;
  const trans = t?.idbtrans;
  if (!t || !trans) return;
  let map = prefetched.get(trans);
  if (!map) {
    map = new Map();
    prefetched.set(trans, map);
  }
  for (const { processId, meetingId } of pairs) {
    // The meeting's row and its process's key list (rows are stored packed against it).
    for (const id of [aggregateId(processId, meetingId), aggregateKeysId(processId)]) {
      if (map.has(id)) continue;
      if (lastRows.has(id)) {
        // As this tab stored it last: used at once, checked by a read in this transaction (guess.ts).
        const row = lastRows.get(id);
        checkGuess(trans, AGGREGATES_TABLE, id, row);
        map.set(id, Promise.resolve(structuredClone(row)));
        continue;
      }
      const read = t.table(AGGREGATES_TABLE).get(id);
      read.then((row) => lastRows.set(id, structuredClone(row))).catch(() => undefined); // a failure shows where it is used (or aborts the transaction)
      map.set(id, read);
    }
  }
}

/**
 * The aggregate rows (and key lists) this tab read or stored last, by id (undefined: none stored):
 * the guesses prefetchAggregates uses instead of a read (src/db/guess.ts).
 */
const lastRows = new Map<string, unknown>();
onForget(() => lastRows.clear());

/** Remember rows as this transaction stores them (a copy: the objects may change after the put). */
function remember(puts: readonly AggregateRow[], deletes: readonly string[]): void {
  for (const row of puts) lastRows.set(row.id, structuredClone(row));
  for (const id of deletes) lastRows.set(id, undefined);
}

/** What a change reads of the aggregates: rows as counters by name, and one key list per process. */
interface ReadAggregates {
  byId: Map<string, ContributionAggregate>;
  lists: Map<string, KeyList>;
}

/**
 * The aggregate rows of `ids` as counters by name, with the key lists of their processes (rows are
 * stored packed: StoredAggregate): the prefetched ones taken, the rest in one request with the key
 * lists. A process already in `lists` keeps that list: one change packs against one list per process.
 */
async function readAggregates(
  aggregates: DBCoreTable,
  trans: DBCoreTransaction,
  ids: readonly string[],
  lists: Map<string, KeyList> = new Map(),
): Promise<ReadAggregates> {
  // An aggregate id starts with its process id (aggregateId).
  const needLists = [...new Set(ids.map((id) => id.slice(0, id.indexOf(SEP))))].filter((p) => !lists.has(p));
  const wanted = [...ids, ...needLists.map(aggregateKeysId)];
  const early = prefetched.get(trans as object);
  const asked: [string, PromiseLike<unknown>][] = [];
  const rest: string[] = [];
  for (const id of wanted) {
    const p = early?.get(id);
    if (p) {
      early!.delete(id);
      asked.push([id, p]);
    } else rest.push(id);
  }
  const [fromEarly, fromRest] = await Promise.all([
    Promise.all(asked.map(([, p]) => p)),
    rest.length ? aggregates.getMany({ trans, keys: rest }) : [],
  ]);
  const raw = new Map<string, unknown>([
    ...asked.map(([id], i): [string, unknown] => [id, fromEarly[i]]),
    ...rest.map((id, i): [string, unknown] => [id, fromRest[i]]),
  ]);
  for (const p of needLists)
    lists.set(p, new KeyList(p, (raw.get(aggregateKeysId(p)) as AggregateKeys | undefined)?.keys));
  const byId = new Map<string, ContributionAggregate>();
  for (const id of ids) {
    const row = raw.get(id) as StoredAggregate | undefined;
    if (row) byId.set(id, unpackAggregate(row, lists.get(row.processId)!.keys));
  }
  return { byId, lists };
}

const equal = (key: string): DBCoreKeyRange => ({
  type: 1 /* DBCoreRangeType.Equal (a const enum) */,
  lower: key,
  upper: key,
});

async function readBefore(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  keys: string[],
): Promise<(Row | undefined)[]> {
  const known = knownBefore.get(trans as object);
  if (!known) return table.getMany({ trans, keys });
  const missing = keys.filter((k) => !known.has(k));
  const read = missing.length ? await table.getMany({ trans, keys: missing }) : [];
  const fromRead = new Map(missing.map((k, i) => [k, read[i] as Row | undefined]));
  return keys.map((k) => (known.has(k) ? known.get(k) : fromRead.get(k)));
}

/** Refill an aggregate's recent list from its meeting's records as stored now (after the change). */
async function refillRecent(
  contributions: DBCoreTable,
  trans: DBCoreTransaction,
  agg: ContributionAggregate,
): Promise<void> {
  const index = contributions.schema.getIndexByKeyPath('meetingId');
  if (!index) throw new Error('contributions has no meetingId index');
  const { result } = await contributions.query({
    trans,
    values: true,
    query: { index, range: equal(agg.meetingId) },
  });
  agg.recent = recentOf((result as Row[]).filter((c) => c.processId === agg.processId));
}

/**
 * An add or a put of contributions that touches no kiosk respondent (a facilitator's save): the
 * aggregate rows (read already, often prefetched with the clock) are counted as if every value is
 * stored, and their write is sent together with the contributions' write: one round trip instead
 * of two. Should some values fail (a bulk add with existing keys), the aggregates are counted
 * again from the rows as read, with only what was stored, and written once more (IndexedDB runs
 * the requests in order: the last write counts). Undefined when this does not apply.
 */
async function writeAlongside(
  down: DBCore,
  contributions: DBCoreTable,
  req: DBCoreMutateRequest & { type: 'add' | 'put' },
  keys: string[],
  before: (Row | undefined)[],
  early: Promise<ReadAggregates>,
) {
  const after = req.values as Row[];
  const planned = (ok: (i: number) => boolean) => {
    const out: Change[] = [];
    keys.forEach((_, i) => {
      if (ok(i) && (isLive(before[i]) || isLive(after[i]))) out.push({ before: before[i], after: after[i] });
    });
    return out;
  };
  const changes = planned(() => true);
  if (!changes.length || changes.some((c) => touchedRespondents(c.before, c.after).length)) return undefined;
  const { byId: read, lists } = await early;
  const count = (list: Change[]) => {
    const byId = new Map([...read].map(([id, a]) => [id, structuredClone(a)]));
    return applyChanges(byId, list).size ? undefined : byId;
  };
  const counted = count(changes);
  if (!counted) return undefined; // a recent list to refill from the records: the full path
  const { trans } = req;
  const aggregates = down.table(AGGREGATES_TABLE);
  const store = (byId: Map<string, ContributionAggregate>) => {
    const puts = packAggregates(
      [...byId.values()].filter((a) => !isEmptyAggregate(a)),
      lists,
    );
    const deletes = [...byId.values()].filter(isEmptyAggregate).map((a) => a.id);
    remember(puts, deletes);
    return Promise.all([
      puts.length ? aggregates.mutate({ type: 'put', trans, values: puts }) : undefined,
      deletes.length ? aggregates.mutate({ type: 'delete', trans, keys: deletes }) : undefined,
    ]);
  };
  const [res] = await Promise.all([contributions.mutate(req), store(counted)]);
  const known = knownBefore.get(trans as object);
  if (known)
    keys.forEach((k, i) => {
      known.set(k, res.failures?.[i] ? before[i] : after[i]);
    });
  if (res.numFailures) {
    const again = count(planned((i) => !res.failures[i]));
    if (!again) throw new Error('aggregates: a failed value left a recent list to refill');
    // Every row the first store wrote is written again: one only a failed value touched goes back
    // to its row as read, or away when there was none (empty aggregates are deleted).
    for (const [id, a] of counted)
      if (!again.has(id))
        again.set(id, structuredClone(read.get(id)) ?? emptyAggregate(a.processId, a.meetingId));
    await store(again);
  }
  return res;
}

async function mutateWithAggregates(down: DBCore, contributions: DBCoreTable, req: DBCoreMutateRequest) {
  const { trans } = req;
  // Whether or not this change touches a respondent: the same scope rule for every write.
  const stores = (trans as unknown as IDBTransaction).objectStoreNames;
  if (stores && !stores.contains(RESPONDENTS_TABLE))
    throw new Dexie.NotFoundError(`${RESPONDENTS_TABLE} must be in the scope of a contributions write`);
  let keys: string[];
  if (req.type === 'deleteRange') {
    const { result } = await contributions.query({
      trans,
      values: false,
      query: { index: contributions.schema.primaryKey, range: req.range },
    });
    keys = result as string[];
  } else if (req.type === 'delete') keys = req.keys as string[];
  else keys = (req.keys ?? req.values.map((v: Row) => v.id)) as string[];
  const before = await readBefore(contributions, trans, keys);
  const aggregates = down.table(AGGREGATES_TABLE);
  const modify = req.type === 'put' && (req.updates || req.criteria || req.changeSpec);
  // An add or a put stores req.values: the aggregate rows they touch are read together with the
  // write (one round trip, not two); a kiosk respondent's other meetings are read after.
  const earlyIds =
    (req.type === 'add' || req.type === 'put') && !modify
      ? new Set(
          [...before, ...(req.values as Row[])].flatMap((c) =>
            isLive(c) ? [aggregateId(c.processId, c.meetingId)] : [],
          ),
        )
      : new Set<string>();
  const early = earlyIds.size ? readAggregates(aggregates, trans, [...earlyIds]) : undefined;
  early?.catch(() => undefined); // awaited below; a failure (no aggregates in scope) shows there
  if (early && req.type !== 'delete' && req.type !== 'deleteRange' && !modify) {
    const blind = await writeAlongside(down, contributions, req, keys, before, early);
    if (blind) return blind;
  }
  const res = await contributions.mutate(req);
  let after: (Row | undefined)[];
  if (req.type === 'delete' || req.type === 'deleteRange') after = keys.map(() => undefined);
  else if (modify)
    after = await contributions.getMany({ trans, keys }); // a modify(): the stored values are what counts
  else after = req.values as Row[];
  const failed = new Set(Object.keys(res.failures ?? {}).map(Number));
  const changes: Change[] = [];
  const known = knownBefore.get(trans as object);
  keys.forEach((k, i) => {
    if (failed.has(i)) return;
    const b = before[i];
    const a = after[i];
    if (known) known.set(k, a);
    if (!isLive(b) && !isLive(a)) return;
    changes.push({ before: b, after: a });
  });
  if (!changes.length) {
    await early;
    return res;
  }

  const respondentsTable = down.table(RESPONDENTS_TABLE);
  const ids = new Set<string>();
  const respondentIds = new Set<string>();
  for (const { before: b, after: a } of changes) {
    if (isLive(b)) ids.add(aggregateId(b.processId, b.meetingId));
    if (isLive(a)) ids.add(aggregateId(a.processId, a.meetingId));
    for (const r of touchedRespondents(b, a)) respondentIds.add(r);
  }
  const respondents = new Map<string, RespondentState>();
  if (respondentIds.size) {
    const list = [...respondentIds];
    const rows = await respondentsTable.getMany({ trans, keys: list });
    list.forEach((id, i) => {
      const row = rows[i] as RespondentState | undefined;
      if (!row) return;
      respondents.set(id, row);
      // A respondent's counters sit in every meeting of their answers: those rows change too.
      for (const a of respondentAggregateIds(row)) ids.add(a);
    });
  }
  const { byId, lists } = (await early) ?? {
    byId: new Map<string, ContributionAggregate>(),
    lists: new Map(),
  };
  // What the early read did not cover (a respondent's other meetings, a delete's or modify's rows).
  const missing = [...ids].filter((id) => !earlyIds.has(id));
  for (const id of [...byId.keys()]) if (!ids.has(id)) byId.delete(id); // a failed add's meeting
  const more = await readAggregates(aggregates, trans, missing, lists);
  for (const [id, row] of more.byId) byId.set(id, row);
  const again = applyChanges(byId, changes, respondents);
  for (const id of again) await refillRecent(contributions, trans, byId.get(id)!);
  const deletes: string[] = [];
  const kept: ContributionAggregate[] = [];
  for (const a of byId.values()) {
    if (isEmptyAggregate(a)) deletes.push(a.id);
    else kept.push(a);
  }
  const puts = packAggregates(kept, lists);
  remember(puts, deletes);
  if (puts.length) await aggregates.mutate({ type: 'put', trans, values: puts });
  if (deletes.length) await aggregates.mutate({ type: 'delete', trans, keys: deletes });
  const gone = [...respondents.values()].filter((r) => !Object.keys(r.meetings).length);
  const stay = [...respondents.values()].filter((r) => Object.keys(r.meetings).length);
  if (stay.length) await respondentsTable.mutate({ type: 'put', trans, values: stay });
  if (gone.length) await respondentsTable.mutate({ type: 'delete', trans, keys: gone.map((r) => r.id) });
  return res;
}

/**
 * Dexie's zone (its Promise-Specific Data): the middlewares below this one (hooks, cache) take the
 * transaction from the zone current when a request is made. After this middleware's own awaits the
 * zone is not always the caller's (several transactions of one tab at once: a save and an edit),
 * and a request then failed with "Cannot read properties of undefined (reading 'table')". Every
 * request it makes below runs in the zone it was called in. Dexie has these at run time, untyped.
 */
interface DexieZones {
  PSD: unknown;
  usePSD<T>(psd: unknown, fn: () => T): T;
}
const zones = Dexie.Promise as unknown as DexieZones;

/** `table` with every request made in the zone `psd`. */
function inZone(table: DBCoreTable, psd: unknown): DBCoreTable {
  return {
    ...table,
    mutate: (req) => zones.usePSD(psd, () => table.mutate(req)),
    get: (req) => zones.usePSD(psd, () => table.get(req)),
    getMany: (req) => zones.usePSD(psd, () => table.getMany(req)),
    query: (req) => zones.usePSD(psd, () => table.query(req)),
    openCursor: (req) => zones.usePSD(psd, () => table.openCursor(req)),
    count: (req) => zones.usePSD(psd, () => table.count(req)),
  };
}

export const aggregatesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'buurtstem-aggregates',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== CONTRIBUTIONS) return table;
        return {
          ...table,
          mutate: (req) => {
            const psd = zones.PSD;
            const zoned: DBCore = { ...down, table: (n) => inZone(down.table(n), psd) };
            return mutateWithAggregates(zoned, inZone(table, psd), req);
          },
        };
      },
    };
  },
};

/**
 * Every aggregate and respondent from the contributions as stored (the migrations, and a repair);
 * the aggregates as version 7 stored them (counters by name) and packed (`rows`, version 8 on).
 */
export function buildAggregates(contributions: Iterable<Contribution>): {
  aggregates: ContributionAggregate[];
  rows: AggregateRow[];
  respondents: RespondentState[];
} {
  const { aggregates, respondents } = countFromScratch(contributions);
  return {
    aggregates: [...aggregates.values()],
    rows: packAggregates(aggregates.values()),
    respondents: [...respondents.values()],
  };
}
