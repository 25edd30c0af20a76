/**
 * Merge rules for synchronised records (pure: no DOM, no Dexie).
 *
 * Every record version carries:
 *  - `updatedAt`: a hybrid-logical-clock stamp (src/domain/clock.ts) that ends in the device id;
 *  - `vv`: a small version vector: for each device, the last stamp of that device this version has
 *    seen (its own stamp included). A version that lacks `vv` is read as `{ [deviceId]: updatedAt }`.
 *
 * The rules (documented in docs/FORMAT.md, section "Merging"):
 *  1. Winner: per record the version with the highest `updatedAt` wins (stamps sort as text; the
 *     device id at the end breaks ties). Tombstones (`deleted: true`) are ordinary versions.
 *  2. "Has seen": version A has seen version B when A's version vector is at least B's for every
 *     device. A version that has seen B was made by someone who had B in front of them, so B is
 *     deliberately replaced, not lost.
 *  3. Conflict: a version that no other known version has seen, and that is not the winner, is a
 *     concurrent change that lost. It is kept in the conflict list (the "frontier" of the record
 *     minus the winner) until a later version has seen it (a restore or a "keep current" by the
 *     coordinator is such a version).
 *
 * The state of a record (winner + conflict list) is a function of the SET of versions seen: the
 * winner is the maximum, the conflict list is the set of maximal versions under "has seen" minus
 * the winner. Both can be computed from the previous state and the new versions, so merging is
 * commutative, associative and idempotent (tests/unit/merge.property.test.ts checks this).
 */
import type { RecordMeta } from './record';

export type VersionVector = Record<string, string>;

/** A record version as it travels: the common record fields plus the record's own fields. */
export type Version = RecordMeta & { vv?: VersionVector | undefined } & Record<string, unknown>;

/** What the merge keeps per record. */
export interface RecordState<V extends Version = Version> {
  current: V | undefined;
  /** Losing concurrent versions, sorted by stamp (deterministic). */
  conflicts: V[];
}

/** Fields that describe a version rather than its content. */
export const META_FIELDS = ['updatedAt', 'deviceId', 'rev', 'vv', 'createdAt', 'localSeq'] as const;

// ---- JSON value helpers ----

/** Deep equality of JSON values (object key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let n = 0;
  for (const k in ao) {
    if (!Object.hasOwn(ao, k)) continue;
    const av = ao[k];
    if (av === undefined) continue;
    n++;
    if (!Object.hasOwn(bo, k) || !deepEqual(av, bo[k])) return false;
  }
  let m = 0;
  for (const k in bo) if (Object.hasOwn(bo, k) && bo[k] !== undefined) m++;
  return n === m;
}

/** JSON text with sorted keys: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/** Same content, ignoring who changed it when (used to hide conflicts that are not real). */
export function sameContent(a: Version, b: Version): boolean {
  const strip = (v: Version) => {
    const copy: Record<string, unknown> = { ...v };
    for (const f of META_FIELDS) delete copy[f];
    return copy;
  };
  return deepEqual(strip(a), strip(b));
}

// ---- Version vectors ----

/** The version vector of a version, with its own stamp included. */
export function vvOf(v: Version): VersionVector {
  const own = v.vv?.[v.deviceId];
  if (v.vv && own !== undefined && own >= v.updatedAt) return v.vv;
  return { ...v.vv, [v.deviceId]: v.updatedAt };
}

/** The vector of a new local change made on `deviceId` with `stamp`, on top of `prev` (if any). */
export function bumpVv(prev: Version | undefined, deviceId: string, stamp: string): VersionVector {
  return { ...(prev ? vvOf(prev) : {}), [deviceId]: stamp };
}

/** The smallest vector that has seen all the given versions. */
export function joinVv(versions: Version[]): VersionVector {
  const out: VersionVector = {};
  for (const v of versions) {
    for (const [d, s] of Object.entries(vvOf(v))) {
      const cur = out[d];
      if (cur === undefined || s > cur) out[d] = s;
    }
  }
  return out;
}

/** True when `a` has seen `b` (a's vector is at least b's for every device). */
export function hasSeen(a: Version, b: Version): boolean {
  const av = vvOf(a);
  const bv = vvOf(b);
  for (const d in bv) {
    const s = av[d];
    if (s === undefined || s < bv[d]!) return false;
  }
  return true;
}

// ---- Ordering ----

/** Total order of versions: by stamp, then (only for malformed data with equal stamps) by content. */
export function compareVersions(a: Version, b: Version): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? -1 : 1;
  if (deepEqual(a, b)) return 0;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/** Strict partial order "a is superseded by b": b has seen a, and a has not seen b (or ties lose). */
function supersededBy(a: Version, b: Version): boolean {
  if (!hasSeen(b, a)) return false;
  if (!hasSeen(a, b)) return true;
  return compareVersions(a, b) < 0;
}

function uniqueVersions<V extends Version>(list: V[]): V[] {
  const out: V[] = [];
  for (const v of list) if (!out.some((o) => o === v || deepEqual(o, v))) out.push(v);
  return out;
}

/** The versions no other version supersedes (the "frontier" of what is known of a record). */
export function frontier<V extends Version>(versions: V[]): V[] {
  const list = uniqueVersions(versions);
  return list.filter((x) => !list.some((y) => y !== x && supersededBy(x, y)));
}

// ---- Merging ----

export type Outcome = 'new' | 'updated' | 'unchanged' | 'conflict';

export interface MergeResult<V extends Version> {
  state: RecordState<V>;
  outcome: Outcome;
  /** False when nothing changed (no write needed). */
  changed: boolean;
  /** Conflict entries that were added (a version that lost without being seen). */
  newConflicts: V[];
}

const sortVersions = <V extends Version>(list: V[]) => [...list].sort(compareVersions);

/**
 * Merge one incoming version into the state of its record. Pure; the same set of versions always
 * gives the same state, whatever the order or the repetition.
 */
export function mergeVersion<V extends Version>(state: RecordState<V>, incoming: V): MergeResult<V> {
  const { current, conflicts } = state;
  if (!current && conflicts.length === 0) {
    return { state: { current: incoming, conflicts: [] }, outcome: 'new', changed: true, newConflicts: [] };
  }
  // Fast paths for the common cases (no open conflicts).
  if (current && conflicts.length === 0) {
    if (current.updatedAt === incoming.updatedAt && deepEqual(current, incoming)) {
      return { state, outcome: 'unchanged', changed: false, newConflicts: [] };
    }
    if (supersededBy(incoming, current) && compareVersions(incoming, current) < 0) {
      return { state, outcome: 'unchanged', changed: false, newConflicts: [] };
    }
    if (supersededBy(current, incoming) && compareVersions(incoming, current) > 0) {
      return {
        state: { current: incoming, conflicts: [] },
        outcome: 'updated',
        changed: true,
        newConflicts: [],
      };
    }
  }
  const candidates: V[] = [...conflicts, incoming];
  if (current) candidates.push(current);
  const front = frontier(candidates);
  const winner = current === undefined || compareVersions(incoming, current) > 0 ? incoming : (current as V);
  const nextConflicts = sortVersions(front.filter((v) => v !== winner && !deepEqual(v, winner)));
  const newConflicts = nextConflicts.filter((v) => !conflicts.some((c) => c === v || deepEqual(c, v)));
  const winnerChanged = winner !== current;
  const conflictsChanged =
    nextConflicts.length !== conflicts.length || newConflicts.length > 0 || winnerChanged;
  const changed = winnerChanged || conflictsChanged;
  let outcome: Outcome = 'unchanged';
  if (!current) outcome = 'new';
  else if (winnerChanged) outcome = 'updated';
  else if (newConflicts.some((v) => v === incoming)) outcome = 'conflict';
  else if (changed) outcome = 'updated';
  return { state: { current: winner, conflicts: nextConflicts }, outcome, changed, newConflicts };
}

/** Merge several versions of one record (any order gives the same state). */
export function mergeAll<V extends Version>(state: RecordState<V>, versions: V[]): RecordState<V> {
  let s = state;
  for (const v of versions) s = mergeVersion(s, v).state;
  return s;
}

/**
 * The version a coordinator saves to settle a conflict: the chosen content (a losing version, or
 * the current one to keep it), with a vector that has seen every version of the record, so the
 * settlement supersedes them all wherever it travels.
 */
export function settleVersion<V extends Version>(chosen: V, all: V[], stamp: string, deviceId: string): V {
  const vv = { ...joinVv(all), [deviceId]: stamp };
  const rev = Math.max(...all.map((v) => v.rev)) + 1;
  return { ...chosen, updatedAt: stamp, deviceId, rev, vv };
}

/** Counts of a merge, for reports. */
export interface MergeCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

export const emptyCounts = (): MergeCounts => ({ new: 0, updated: 0, unchanged: 0, conflicts: 0 });

/** Count a merge result: a conflict counts when its content really differs from the winner. */
export function countResult<V extends Version>(counts: MergeCounts, r: MergeResult<V>): void {
  counts[r.outcome === 'conflict' ? 'unchanged' : r.outcome]++;
  const winner = r.state.current;
  for (const c of r.newConflicts) if (!winner || !sameContent(c, winner)) counts.conflicts++;
}

/**
 * An in-memory store of record states per table (used by the command line and the tests; the app
 * keeps the same states in IndexedDB).
 */
export class MemoryStore {
  readonly tables = new Map<string, Map<string, RecordState>>();

  stateOf(table: string, id: string): RecordState {
    return this.tables.get(table)?.get(id) ?? { current: undefined, conflicts: [] };
  }

  merge(table: string, v: Version): MergeResult<Version> {
    let t = this.tables.get(table);
    if (!t) {
      t = new Map();
      this.tables.set(table, t);
    }
    const r = mergeVersion(t.get(v.id) ?? { current: undefined, conflicts: [] }, v);
    if (r.changed) t.set(v.id, r.state);
    return r;
  }

  /** A canonical text of the whole state (to compare two stores). */
  snapshot(): string {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [table, records] of [...this.tables].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const t: Record<string, unknown> = {};
      for (const [id, s] of [...records].sort(([a], [b]) => (a < b ? -1 : 1))) {
        t[id] = { current: s.current, conflicts: s.conflicts };
      }
      out[table] = t;
    }
    return canonicalJson(out);
  }
}
