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
import { byCode } from './order';
import {
  canonicalJson,
  deepEqual,
  sameContent,
  type Version,
  type VersionVector,
  vvGet,
  vvOf,
} from './version';

// The version helpers live in ./version (home's write path needs them without the merge).
export * from './version';

/** What the merge keeps per record. */
export interface RecordState<V extends Version = Version> {
  current: V | undefined;
  /** Losing concurrent versions, sorted by stamp (deterministic). */
  conflicts: V[];
}

/** The smallest vector that has seen all the given versions. */
export function joinVv(versions: Version[]): VersionVector {
  const out: VersionVector = Object.create(null);
  for (const v of versions) {
    const vv = vvOf(v);
    for (const d of Object.keys(vv)) {
      const s = vv[d]!;
      const cur = vvGet(out, d);
      if (cur === undefined || s > cur) out[d] = s;
    }
  }
  return out;
}

/**
 * True when `a` has seen `b`: a's vector is at least b's for every device, and (device identity,
 * docs/FORMAT.md) a's `prev` — the stamp of the version its maker had in front of it — is not
 * older than b. The vector alone cannot tell two tablets apart that carry the same device id (a
 * restored backup, a cloned profile): both number their changes under that id, so the later one
 * would seem to have seen the earlier one. `prev` can: a version made on top of an older version
 * than b cannot have seen b, so both are kept as a conflict. Versions without `prev` (older app
 * versions) are judged by the vector alone.
 */
export function hasSeen(a: Version, b: Version): boolean {
  if (a === b) return true;
  const av = vvOf(a);
  const bv = vvOf(b);
  for (const d of Object.keys(bv)) {
    const s = vvGet(av, d);
    if (s === undefined || s < bv[d]!) return false;
  }
  const prev = a.prev;
  if (typeof prev !== 'string') return true;
  if (prev >= b.updatedAt) return true;
  return a.updatedAt === b.updatedAt && deepEqual(a, b);
}

// ---- Ordering ----

/** Total order of versions: by stamp, then (only for malformed data with equal stamps) by content. */
export function compareVersions(a: Version, b: Version): number {
  if (a === b) return 0;
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

const sameVersion = (a: Version, b: Version) => a === b || (a.updatedAt === b.updatedAt && deepEqual(a, b));

const addTo = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => {
  const set = m.get(k);
  if (set) set.add(v);
  else m.set(k, new Set([v]));
};

/**
 * The versions of one record that no other known version supersedes (its "frontier"), kept
 * incrementally. Each new version is compared only with the members that can supersede it or be
 * superseded by it, found through two indexes, instead of with every member:
 *  - b can supersede a only if b's vector has an entry for a's device (`seenBy`);
 *  - a can supersede b only if a's vector has an entry for b's device (`byMaker`).
 * Duplicates are found by stamp (`byStamp`) before any deep comparison. So merging n concurrent
 * versions of one record costs about n steps, not n² deep comparisons.
 */
class Frontier<V extends Version> {
  readonly members = new Set<V>();
  private readonly byStamp = new Map<string, V[]>();
  private readonly byMaker = new Map<string, Set<V>>();
  private readonly seenBy = new Map<string, Set<V>>();

  /** The member equal to v (same stamp and content), if any. */
  find(v: V): V | undefined {
    return this.byStamp.get(v.updatedAt)?.find((m) => sameVersion(m, v));
  }

  /** Some member that supersedes v. */
  supersederOf(v: V): V | undefined {
    for (const m of this.seenBy.get(v.deviceId) ?? []) {
      // Cheap tests first: a superseder has a stamp at least v's and was made on top of v or later.
      if (m === v || m.updatedAt < v.updatedAt || (typeof m.prev === 'string' && m.prev < v.updatedAt))
        continue;
      if (supersededBy(v, m)) return m;
    }
    return undefined;
  }

  /** The members v supersedes. */
  supersededBy(v: V): V[] {
    const out: V[] = [];
    const made = typeof v.prev === 'string' ? v.prev : undefined;
    for (const d of Object.keys(vvOf(v))) {
      for (const m of this.byMaker.get(d) ?? []) {
        if (m === v || m.updatedAt > v.updatedAt || (made !== undefined && made < m.updatedAt)) continue;
        if (supersededBy(m, v)) out.push(m);
      }
    }
    return out;
  }

  add(v: V): void {
    this.members.add(v);
    const list = this.byStamp.get(v.updatedAt);
    if (list) list.push(v);
    else this.byStamp.set(v.updatedAt, [v]);
    addTo(this.byMaker, v.deviceId, v);
    for (const d of Object.keys(vvOf(v))) addTo(this.seenBy, d, v);
  }

  remove(v: V): void {
    if (!this.members.delete(v)) return;
    const list = this.byStamp.get(v.updatedAt)!;
    list.splice(list.indexOf(v), 1);
    if (!list.length) this.byStamp.delete(v.updatedAt);
    this.byMaker.get(v.deviceId)?.delete(v);
    for (const d of Object.keys(vvOf(v))) this.seenBy.get(d)?.delete(v);
  }

  /** Put v in when nothing supersedes it, taking out what it supersedes. True when it went in. */
  offer(v: V): boolean {
    if (this.supersederOf(v)) return false;
    for (const m of this.supersededBy(v)) this.remove(m);
    this.add(v);
    return true;
  }
}

/** The versions no other version supersedes (the "frontier" of what is known of a record). */
export function frontier<V extends Version>(versions: V[]): V[] {
  const f = new Frontier<V>();
  for (const v of versions) if (!f.find(v)) f.offer(v);
  return [...f.members];
}

// ---- Merging ----

export type Outcome = 'new' | 'updated' | 'unchanged' | 'conflict';

/** What one incoming version did to its record. */
export interface Step<V extends Version> {
  outcome: Outcome;
  /** False when nothing changed (no write needed). */
  changed: boolean;
  /** Conflict entries that were added (a version that lost without being seen). */
  newConflicts: V[];
  /** The winner after this step. */
  winner: V | undefined;
}

export interface MergeResult<V extends Version> extends Step<V> {
  state: RecordState<V>;
}

/**
 * One record's state while versions are merged into it: the winner (highest stamp) and the
 * frontier. Add versions one by one (`add`), read the state at the end (`state`). The state is a
 * function of the set of versions added, whatever the order or the repetition.
 */
export class RecordMerge<V extends Version> {
  private readonly front = new Frontier<V>();
  private winner: V | undefined;
  private changedAny = false;
  private sorted: V[] | undefined;

  constructor(state: RecordState<V> = { current: undefined, conflicts: [] }) {
    if (state.current) this.front.add(state.current);
    for (const c of state.conflicts) if (!this.front.find(c)) this.front.offer(c);
    this.winner = state.current;
    this.sorted = state.conflicts;
  }

  get current(): V | undefined {
    return this.winner;
  }

  /** Losing concurrent versions, sorted by stamp (deterministic). */
  get conflicts(): V[] {
    if (!this.sorted) {
      const w = this.winner;
      this.sorted = [...this.front.members].filter((v) => !w || !sameVersion(v, w)).sort(compareVersions);
    }
    return this.sorted;
  }

  /** True when some version added since construction changed the state. */
  get changed(): boolean {
    return this.changedAny;
  }

  state(): RecordState<V> {
    return { current: this.winner, conflicts: this.conflicts };
  }

  add(incoming: V): Step<V> {
    const before = this.winner;
    if (!before && this.front.members.size === 0) {
      this.front.add(incoming);
      this.winner = incoming;
      this.changedAny = true;
      this.sorted = undefined;
      return { outcome: 'new', changed: true, newConflicts: [], winner: incoming };
    }
    if (this.front.find(incoming) || (before && sameVersion(before, incoming))) {
      return { outcome: 'unchanged', changed: false, newConflicts: [], winner: before };
    }
    const beforeInFront = before !== undefined && this.front.members.has(before);
    const entered = this.front.offer(incoming);
    const winner = !before || compareVersions(incoming, before) > 0 ? incoming : before;
    const winnerChanged = winner !== before;
    const newConflicts: V[] = [];
    if (entered && winner !== incoming) newConflicts.push(incoming);
    if (winnerChanged && before && beforeInFront && this.front.members.has(before)) newConflicts.push(before);
    const changed = winnerChanged || entered;
    if (changed) {
      this.winner = winner;
      this.changedAny = true;
      this.sorted = undefined;
    }
    let outcome: Outcome = 'unchanged';
    if (!before) outcome = 'new';
    else if (winnerChanged) outcome = 'updated';
    else if (newConflicts.includes(incoming)) outcome = 'conflict';
    else if (changed) outcome = 'updated';
    return { outcome, changed, newConflicts, winner };
  }
}

/**
 * Merge one incoming version into the state of its record. Pure; the same set of versions always
 * gives the same state, whatever the order or the repetition. (Merging many versions of one record:
 * use RecordMerge, which keeps its indexes between versions.)
 */
export function mergeVersion<V extends Version>(state: RecordState<V>, incoming: V): MergeResult<V> {
  const m = new RecordMerge(state);
  const step = m.add(incoming);
  return { ...step, state: step.changed ? m.state() : state };
}

/** Merge several versions of one record (any order gives the same state). */
export function mergeAll<V extends Version>(state: RecordState<V>, versions: V[]): RecordState<V> {
  const m = new RecordMerge(state);
  for (const v of versions) m.add(v);
  return m.changed ? m.state() : state;
}

/**
 * The version a coordinator saves to settle a conflict: the chosen content (a losing version, or
 * the current one to keep it), with a vector that has seen every version of the record, so the
 * settlement supersedes them all wherever it travels.
 */
export function settleVersion<V extends Version>(chosen: V, all: V[], stamp: string, deviceId: string): V {
  const vv = joinVv(all);
  vv[deviceId] = stamp;
  let rev = 0;
  let prev = '';
  for (const v of all) {
    if (v.rev > rev) rev = v.rev;
    if (v.updatedAt > prev) prev = v.updatedAt;
  }
  return { ...chosen, updatedAt: stamp, deviceId, rev: rev + 1, vv, prev };
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
export function countResult<V extends Version>(counts: MergeCounts, r: Step<V>): void {
  counts[r.outcome === 'conflict' ? 'unchanged' : r.outcome]++;
  const winner = r.winner;
  for (const c of r.newConflicts) if (!winner || !sameContent(c, winner)) counts.conflicts++;
}

/**
 * An in-memory store of record states per table (used by the command line and the tests; the app
 * keeps the same states in IndexedDB).
 */
export class MemoryStore {
  /** Per table, per record id, the record's merge state (RecordMerge keeps its indexes). */
  readonly tables = new Map<string, Map<string, RecordMerge<Version>>>();

  stateOf(table: string, id: string): RecordState {
    return this.tables.get(table)?.get(id)?.state() ?? { current: undefined, conflicts: [] };
  }

  merge(table: string, v: Version): Step<Version> {
    let t = this.tables.get(table);
    if (!t) {
      t = new Map();
      this.tables.set(table, t);
    }
    let m = t.get(v.id);
    if (!m) {
      m = new RecordMerge<Version>();
      t.set(v.id, m);
    }
    return m.add(v);
  }

  /** A canonical text of the whole state (to compare two stores). */
  snapshot(): string {
    const out: Record<string, Record<string, unknown>> = Object.create(null);
    for (const [table, records] of [...this.tables].sort(([a], [b]) => byCode(a, b))) {
      const t: Record<string, unknown> = Object.create(null);
      for (const [id, s] of [...records].sort(([a], [b]) => byCode(a, b))) {
        t[id] = { current: s.current, conflicts: s.conflicts };
      }
      out[table] = t;
    }
    return canonicalJson(out);
  }
}
