import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receive, tick } from '../../src/domain/clock';
import {
  bumpVv,
  canonicalJson,
  hasSeen,
  MemoryStore,
  mergeAll,
  mergeVersion,
  RecordMerge,
  settleVersion,
  type Version,
} from '../../src/domain/merge';

/**
 * Simulated tablets: each keeps its own store, makes edits with its own (skewed) clock, exports
 * bundles (everything, or only what changed since its last export) and sometimes imports another
 * tablet's bundle. A coordinator then merges all bundles in random orders, with repeats and in
 * random groups: the result must always be the same, and no version may be lost.
 */

type Op =
  | { t: 'create'; dev: number; text: string }
  | { t: 'edit'; dev: number; pick: number; text: string }
  | { t: 'delete'; dev: number; pick: number }
  | { t: 'export'; dev: number; full: boolean }
  | { t: 'import'; dev: number; pick: number }
  | { t: 'wait'; ms: number };

const DEVICES = ['tableta', 'tabletb', 'tabletc'];
const SKEW = [0, -40, 25];
const TABLE = 'contributions';

interface Device {
  id: string;
  store: MemoryStore;
  clock: string | undefined;
  dirty: Set<string>;
  nextId: number;
}

type Bundle = Version[];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ t: fc.constant('create' as const), dev: fc.nat(2), text: fc.string() }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('edit' as const),
      dev: fc.nat(2),
      pick: fc.nat(),
      text: fc.string({ maxLength: 5 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), dev: fc.nat(2), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('export' as const), dev: fc.nat(2), full: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('import' as const), dev: fc.nat(2), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 30 }) }),
  },
);

function idOf(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Run the tablets; returns every bundle they exported. */
function simulate(ops: Op[], ids: string[] = DEVICES): Bundle[] {
  let now = 1_700_000_000_000;
  const devices: Device[] = ids.map((id) => ({
    id,
    store: new MemoryStore(),
    clock: undefined,
    dirty: new Set(),
    nextId: 0,
  }));
  const bundles: Bundle[] = [];
  const localChange = (d: Device, prev: Version | undefined, patch: Record<string, unknown>) => {
    const index = devices.indexOf(d);
    const stamp = tick(d.clock, now + SKEW[index]!, d.id);
    d.clock = stamp;
    const id = prev?.id ?? idOf(index * 1000 + d.nextId++);
    const v: Version = {
      ...(prev ?? { id, createdAt: new Date(now).toISOString(), deleted: false, text: '' }),
      ...patch,
      id,
      updatedAt: stamp,
      deviceId: d.id,
      rev: (prev?.rev ?? 0) + 1,
      vv: bumpVv(prev, d.id, stamp),
      prev: prev?.updatedAt,
    } as Version;
    d.store.merge(TABLE, v);
    d.dirty.add(id);
  };
  for (const op of ops) {
    now += 1;
    if (op.t === 'wait') {
      now += op.ms;
      continue;
    }
    const d = devices[op.dev]!;
    const records = [...(d.store.tables.get(TABLE)?.values() ?? [])];
    if (op.t === 'create') localChange(d, undefined, { text: op.text });
    else if (op.t === 'edit' || op.t === 'delete') {
      const s = records[op.pick % Math.max(1, records.length)];
      if (!s?.current) continue;
      localChange(d, s.current, op.t === 'edit' ? { text: op.text } : { deleted: true });
    } else if (op.t === 'export') {
      const versions: Version[] = [];
      for (const s of records) {
        if (s.current && (op.full || d.dirty.has(s.current.id))) versions.push(s.current);
        versions.push(...s.conflicts);
      }
      d.dirty.clear();
      bundles.push(versions);
    } else if (op.t === 'import') {
      const b = bundles[op.pick % Math.max(1, bundles.length)];
      if (!b) continue;
      for (const v of b) {
        d.store.merge(TABLE, v);
        const next = receive(d.clock, v.updatedAt, now + SKEW[op.dev]!, d.id);
        if (next) d.clock = next;
      }
    }
  }
  return bundles;
}

function mulberry(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every bundle at least once, in a random order, some twice or three times. */
function randomOrder(bundles: Bundle[], seed: number): Bundle[] {
  const rnd = mulberry(seed);
  const list = [...bundles];
  for (const b of bundles) if (rnd() < 0.4) list.push(b);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

function mergeBundles(bundles: Bundle[]): MemoryStore {
  const store = new MemoryStore();
  for (const b of bundles) for (const v of b) store.merge(TABLE, v);
  return store;
}

/** A store as a bundle of its own (what `buurtstem merge` writes): winners and conflicts. */
function asBundle(store: MemoryStore): Bundle {
  const out: Version[] = [];
  for (const s of store.tables.get(TABLE)?.values() ?? []) {
    if (s.current) out.push(s.current);
    out.push(...s.conflicts);
  }
  return out;
}

const scenario = fc.record({
  ops: fc.array(opArb, { minLength: 5, maxLength: 80, size: 'max' }),
  seedA: fc.integer(),
  seedB: fc.integer(),
  groups: fc.integer({ min: 1, max: 4 }),
});

describe('merge properties', () => {
  it('the simulation is not trivial: many runs have shared records and real conflicts', () => {
    const samples = fc.sample(scenario, { numRuns: 300, seed: 42 });
    let withConflicts = 0;
    let withSharedEdits = 0;
    for (const { ops, seedA } of samples) {
      const store = mergeBundles(randomOrder(simulate(ops), seedA));
      const states = [...(store.tables.get(TABLE)?.values() ?? [])];
      if (states.some((s) => s.conflicts.length > 0)) withConflicts++;
      if (states.some((s) => Object.keys(s.current?.vv ?? {}).length > 1)) withSharedEdits++;
    }
    expect(withConflicts).toBeGreaterThan(20);
    expect(withSharedEdits).toBeGreaterThan(20);
  });

  it('the same final state whatever the order, repetition or grouping of the bundles', () => {
    fc.assert(
      fc.property(scenario, ({ ops, seedA, seedB, groups }) => {
        const bundles = simulate(ops);
        const a = mergeBundles(randomOrder(bundles, seedA));
        const b = mergeBundles(randomOrder(bundles, seedB));
        expect(b.snapshot()).toBe(a.snapshot());
        // Grouping: merge in random groups first, then merge the merged files (associativity).
        const rnd = mulberry(seedA ^ seedB);
        const parts: Bundle[][] = Array.from({ length: groups }, () => []);
        for (const bundle of randomOrder(bundles, seedB)) parts[Math.floor(rnd() * groups)]!.push(bundle);
        const merged = mergeBundles(
          randomOrder(
            parts.map((p) => asBundle(mergeBundles(p))),
            seedA,
          ),
        );
        expect(merged.snapshot()).toBe(a.snapshot());
        // Idempotent: merging the result into itself changes nothing.
        const again = mergeBundles([asBundle(a), ...bundles]);
        expect(again.snapshot()).toBe(a.snapshot());
      }),
      { numRuns: 300 },
    );
  });

  it('nothing is lost: every version is current, in the conflict list, or seen by one of those', () => {
    fc.assert(
      fc.property(scenario, ({ ops, seedA }) => {
        const bundles = simulate(ops);
        const store = mergeBundles(randomOrder(bundles, seedA));
        for (const v of bundles.flat()) {
          const s = store.stateOf(TABLE, v.id);
          const kept = [...(s.current ? [s.current] : []), ...s.conflicts];
          const found = kept.some((k) => k.updatedAt === v.updatedAt || hasSeen(k, v));
          expect(found, `version ${v.id} ${v.updatedAt} is lost`).toBe(true);
          // The winner has the highest stamp of all versions of the record.
          expect(s.current!.updatedAt >= v.updatedAt).toBe(true);
          // A conflict is never a version the winner has already seen.
          for (const c of s.conflicts) expect(hasSeen(s.current!, c)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('device identity: two tablets with the same device id', () => {
  // A restored backup or a cloned browser profile: tablets 0 and 1 both call themselves "tableta".
  const CLONES = ['tableta', 'tableta', 'tabletc'];
  const same = (a: Version, b: Version) => canonicalJson(a) === canonicalJson(b);

  it('nothing is lost, and the merge stays order-free', () => {
    fc.assert(
      fc.property(scenario, ({ ops, seedA, seedB }) => {
        const bundles = simulate(ops, CLONES);
        const store = mergeBundles(randomOrder(bundles, seedA));
        expect(mergeBundles(randomOrder(bundles, seedB)).snapshot()).toBe(store.snapshot());
        for (const v of bundles.flat()) {
          const s = store.stateOf(TABLE, v.id);
          const kept = [...(s.current ? [s.current] : []), ...s.conflicts];
          const found = kept.some((k) => same(k, v) || hasSeen(k, v));
          expect(found, `version ${v.id} ${v.updatedAt} is lost`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('two edits of the same record on the two clones are kept as a conflict', () => {
    const v0: Version = {
      id: idOf(7),
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '001772359200000.0000.tabletc',
      deviceId: 'tabletc',
      rev: 1,
      deleted: false,
      text: 'origineel',
      vv: { tabletc: '001772359200000.0000.tabletc' },
    };
    const onClone = (ms: number, text: string): Version => {
      const updatedAt = `00177235${ms}.0000.tableta`;
      return {
        ...v0,
        text,
        updatedAt,
        deviceId: 'tableta',
        rev: 2,
        vv: bumpVv(v0, 'tableta', updatedAt),
        prev: v0.updatedAt,
      };
    };
    const first = onClone(9300000, 'op de ene tablet');
    const second = onClone(9400000, 'op de andere tablet');
    for (const order of [
      [v0, first, second],
      [second, v0, first],
      [first, second],
    ]) {
      let s: { current: Version | undefined; conflicts: Version[] } = { current: undefined, conflicts: [] };
      for (const v of order) s = mergeVersion(s, v).state;
      expect(s.current?.text).toBe('op de andere tablet');
      expect(s.conflicts.map((c) => c.text)).toEqual(['op de ene tablet']);
    }
    // A later edit on the first tablet, made on top of its own version, still has not seen the other.
    const third: Version = {
      ...onClone(9500000, 'weer op de ene tablet'),
      prev: first.updatedAt,
      vv: bumpVv(first, 'tableta', '001772359500000.0000.tableta'),
    };
    const s = mergeAll({ current: undefined, conflicts: [] }, [v0, first, second, third]);
    expect(s.current?.text).toBe('weer op de ene tablet');
    expect(s.conflicts.map((c) => c.text)).toEqual(['op de andere tablet']);
  });
});

describe('merge rules by example', () => {
  const base = (over: Partial<Version> & Record<string, unknown>): Version => ({
    id: idOf(1),
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '001772359200000.0000.tableta',
    deviceId: 'tableta',
    rev: 1,
    deleted: false,
    text: 'origineel',
    ...over,
  });
  const v1 = base({ vv: { tableta: '001772359200000.0000.tableta' } });
  // Tablet B imported v1 and changed it; tablet A changed v1 too, later, without seeing B's change.
  const b2 = base({
    text: 'aangepast op B',
    updatedAt: '001772359300000.0000.tabletb',
    deviceId: 'tabletb',
    rev: 2,
    vv: { tableta: v1.updatedAt, tabletb: '001772359300000.0000.tabletb' },
  });
  const a2 = base({
    text: 'aangepast op A',
    updatedAt: '001772359400000.0000.tableta',
    rev: 2,
    vv: { tableta: '001772359400000.0000.tableta' },
  });

  it('a later change that has seen the earlier one replaces it without a conflict', () => {
    const s = mergeVersion(mergeVersion({ current: undefined, conflicts: [] }, v1).state, b2);
    expect(s.outcome).toBe('updated');
    expect(s.state.conflicts).toEqual([]);
  });

  it('concurrent changes: the higher stamp wins, the other is kept as a conflict', () => {
    for (const order of [
      [v1, b2, a2],
      [a2, b2, v1],
      [b2, v1, a2, b2],
    ]) {
      let s = { current: undefined, conflicts: [] } as { current: Version | undefined; conflicts: Version[] };
      for (const v of order) s = mergeVersion(s, v).state;
      expect(s.current?.text).toBe('aangepast op A');
      expect(s.conflicts.map((c) => c.text)).toEqual(['aangepast op B']);
    }
  });

  it('a tombstone is a version like any other', () => {
    const del = base({
      deleted: true,
      updatedAt: '001772359500000.0000.tabletb',
      deviceId: 'tabletb',
      rev: 3,
      vv: { tableta: a2.updatedAt, tabletb: '001772359500000.0000.tabletb' },
    });
    let s = mergeVersion({ current: undefined, conflicts: [] }, del).state;
    s = mergeVersion(s, a2).state;
    expect(s.current?.deleted).toBe(true);
    expect(s.conflicts).toEqual([]);
  });

  it('settling a conflict supersedes every version of the record', () => {
    let s = mergeVersion(mergeVersion({ current: undefined, conflicts: [] }, a2).state, b2).state;
    expect(s.conflicts).toHaveLength(1);
    const restored = settleVersion(
      s.conflicts[0]!,
      [s.current!, ...s.conflicts],
      '001772359600000.0000.coord',
      'coord',
    );
    s = mergeVersion(s, restored).state;
    expect(s.current?.text).toBe('aangepast op B');
    expect(s.conflicts).toEqual([]);
    // Importing the old versions again does not bring the conflict back.
    s = mergeVersion(mergeVersion(s, a2).state, b2).state;
    expect(s.conflicts).toEqual([]);
  });
});

describe('the import skips a version it already holds (src/db/exchange.ts mergeTable)', () => {
  // The import counts a record as unchanged without a merge when its one version in the file is
  // exactly the stored one (same stamp, maker and content) and it has no open conflicts: that must
  // be what the full merge rule does with it.
  it('merging the stored version again changes nothing and counts it unchanged', () => {
    const stamp = fc
      .record({ ms: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }), counter: fc.nat(9) })
      .map(({ ms, counter }) => `${String(ms).padStart(15, '0')}.${String(counter).padStart(4, '0')}`);
    const version = fc
      .record({
        stamp,
        deviceId: fc.constantFrom(...DEVICES),
        seen: fc.dictionary(fc.constantFrom(...DEVICES), stamp),
        rev: fc.integer({ min: 1, max: 9 }),
        deleted: fc.boolean(),
        text: fc.string(),
        prev: fc.option(stamp, { nil: undefined }),
      })
      .map(({ stamp: s, deviceId, seen, rev, deleted, text, prev }) => {
        const updatedAt = `${s}.${deviceId}`;
        const vv: Record<string, string> = {};
        for (const [d, x] of Object.entries(seen)) vv[d] = `${x}.${d}`;
        vv[deviceId] = updatedAt;
        return {
          id: '00000000-0000-4000-8000-000000000001',
          createdAt: '2026-03-02T10:00:00.000Z',
          updatedAt,
          deviceId,
          rev,
          deleted,
          vv,
          text,
          ...(prev ? { prev: `${prev}.${deviceId}` } : {}),
        } as unknown as Version;
      });
    fc.assert(
      fc.property(version, (v) => {
        const m = new RecordMerge<Version>({ current: v, conflicts: [] });
        const step = m.add(JSON.parse(JSON.stringify(v)) as Version);
        expect(step.outcome).toBe('unchanged');
        expect(step.newConflicts).toEqual([]);
        expect(m.changed).toBe(false);
        expect(m.state().current).toEqual(v);
        expect(m.state().conflicts).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
