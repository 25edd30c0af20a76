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
  isEmptyAggregate,
  isLive,
  KeyList,
  packAggregate,
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
 * The aggregates of these ids as counters by name, with the key lists of their processes: one
 * read, the key lists asked for with the rows (stored packed: StoredAggregate).
 */
async function readAggregates(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  ids: string[],
): Promise<{ byId: Map<string, ContributionAggregate>; lists: Map<string, KeyList> }> {
  // An aggregate id starts with its process id (aggregateId).
  const processIds = [...new Set(ids.map((id) => id.slice(0, id.indexOf(SEP))))];
  const rows = (await table.getMany({
    trans,
    keys: [...ids, ...processIds.map(aggregateKeysId)],
  })) as (AggregateRow | undefined)[];
  const lists = new Map<string, KeyList>();
  processIds.forEach((p, i) => {
    lists.set(p, new KeyList(p, (rows[ids.length + i] as AggregateKeys | undefined)?.keys));
  });
  const byId = new Map<string, ContributionAggregate>();
  ids.forEach((id, i) => {
    const row = rows[i] as StoredAggregate | undefined;
    if (row) byId.set(id, unpackAggregate(row, lists.get(row.processId)!.keys));
  });
  return { byId, lists };
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
  const res = await contributions.mutate(req);
  let after: (Row | undefined)[];
  if (req.type === 'delete' || req.type === 'deleteRange') after = keys.map(() => undefined);
  else if (req.type === 'put' && (req.updates || req.criteria || req.changeSpec))
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
  if (!changes.length) return res;

  const aggregates = down.table(AGGREGATES_TABLE);
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
  const { byId, lists } = await readAggregates(aggregates, trans, [...ids]);
  const again = applyChanges(byId, changes, respondents);
  for (const id of again) await refillRecent(contributions, trans, byId.get(id)!);
  const puts: AggregateRow[] = [];
  const deletes: string[] = [];
  for (const a of byId.values()) {
    if (isEmptyAggregate(a)) deletes.push(a.id);
    else {
      let keys = lists.get(a.processId);
      if (!keys) {
        keys = new KeyList(a.processId);
        lists.set(a.processId, keys);
      }
      puts.push(packAggregate(a, keys));
    }
  }
  for (const keys of lists.values()) if (keys.grown) puts.push(keys.row());
  if (puts.length) await aggregates.mutate({ type: 'put', trans, values: puts });
  if (deletes.length) await aggregates.mutate({ type: 'delete', trans, keys: deletes });
  const gone = [...respondents.values()].filter((r) => !Object.keys(r.meetings).length);
  const kept = [...respondents.values()].filter((r) => Object.keys(r.meetings).length);
  if (kept.length) await respondentsTable.mutate({ type: 'put', trans, values: kept });
  if (gone.length) await respondentsTable.mutate({ type: 'delete', trans, keys: gone.map((r) => r.id) });
  return res;
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
        return { ...table, mutate: (req) => mutateWithAggregates(down, table, req) };
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
