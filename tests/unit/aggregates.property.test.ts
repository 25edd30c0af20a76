import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addContribution,
  deleteContribution,
  restoreContribution,
  updateContribution,
} from '../../src/db/contributions';
import { importBundleText } from '../../src/db/exchange';
import { db } from '../../src/db/schema';
import {
  overviewFromAggregates,
  reachFromAggregates,
  recentFromAggregates,
  recentIds as recentIdsOf,
} from '../../src/domain/analysis/aggregateRead';
import {
  type AggregateRow,
  aggregatesFromScratch,
  type ContributionAggregate,
  countFromScratch,
  isAggregateKeys,
  type RespondentState,
  unpackAggregates,
} from '../../src/domain/analysis/aggregates';
import type { AnalysisFilter } from '../../src/domain/analysis/filter';
import { computeOverview } from '../../src/domain/analysis/overview';
import { computeReach } from '../../src/domain/analysis/reach';
import { formatHlc } from '../../src/domain/clock';
import type { Contribution } from '../../src/domain/contribution';
import type { Version } from '../../src/domain/merge';
import { buildBundleText } from '../../src/exchange/write';
import { freshDb } from '../helpers/freshDb';
import { data, M1, M2, M3, M4, PROCESS_ID, process, uuid } from './analysisFixture';

/**
 * Issue 12 item 3: the aggregates kept in every write and import transaction equal a recount from
 * scratch after any sequence of writes, edits, deletes, undeletes and imports (with conflicts), and
 * the coordinator's overview and reach from the aggregates equal the ones from the records
 * (suppression included) for every filter the aggregates answer.
 */
vi.setConfig({ testTimeout: 120_000 });
beforeEach(freshDb);

const OTHER_PROCESS = uuid(2);
const UNKNOWN_MEETING = uuid(19);
const MEETINGS = [M1.id, M2.id, M3.id, M4.id, UNKNOWN_MEETING];
const THEMES = ['ontmoeten', 'wonen', 'jeugd', 'los'];
const GROUPS = ['jong', 'oud', 'stil', 'zeg-ik-liever-niet'];
const KINDS = ['mening', 'idee', 'knelpunt', 'behoefte'] as const;

const fields = fc.record({
  meeting: fc.integer({ min: 0, max: MEETINGS.length - 1 }),
  // Now and then another process (about 1 in 13), drawn by fast-check so a failing seed replays.
  otherProcess: fc.integer({ min: 0, max: 12 }).map((n) => n === 0),
  kind: fc.constantFrom(...KINDS),
  kiosk: fc.boolean(),
  themes: fc.array(fc.constantFrom(...THEMES), { maxLength: 3 }),
  groups: fc.array(fc.constantFrom(...GROUPS), { maxLength: 3 }),
  respondent: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
});
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

/** A contribution's own fields; a kiosk respondent id belongs to one meeting (as the kiosk makes them). */
function contributionFields(f: Fields) {
  const meetingId = MEETINGS[f.meeting]!;
  return {
    processId: f.otherProcess ? OTHER_PROCESS : PROCESS_ID,
    meetingId,
    kind: f.kind,
    text: 'iets',
    themeIds: f.themes,
    observedGroupIds: f.kiosk ? [] : f.groups,
    selfGroupIds: f.kiosk ? f.groups : [],
    source: f.kiosk ? ('kiosk' as const) : ('facilitator' as const),
    agreeCount: 0,
    themeAssessments: {},
    ...(f.kiosk && f.respondent !== undefined
      ? { respondentId: uuid(500 + f.meeting * 10 + f.respondent) }
      : {}),
  };
}

const op = fc.oneof(
  { weight: 4, arbitrary: fields.map((f) => ({ op: 'add' as const, f })) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), f: fields }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('import' as const),
      // New records from another tablet, and concurrent edits (conflicts) or deletions of ours.
      adds: fc.array(fields, { maxLength: 4 }),
      edits: fc.array(fc.record({ pick: fc.nat(), f: fields, deleted: fc.boolean() }), { maxLength: 3 }),
      times: fc.integer({ min: -5, max: 5 }),
    }),
  },
);

let importSeq = 0;
let lastMs = 0;
let recordSeq = 0;
// Close to the real clock: the local writes stamp real time, and an import refuses stamps far from "now".
const T0 = Date.now() - 3_600_000;

async function importFrom(
  adds: Fields[],
  edits: { pick: number; f: Fields; deleted: boolean }[],
  minutes: number,
): Promise<void> {
  const deviceId = 'tablet-b';
  // Later than anything stored (an edit after what it has seen); `minutes` < 0 makes the edits concurrent.
  // Strictly after every stamp so far (a local write after an import shares the import's ms with a
  // higher counter): else the import rightly refuses an edit older than what it has seen (badClock).
  lastMs = Math.max(lastMs + 10, Date.now() + 1000);
  const ms = lastMs;
  const updatedAt = formatHlc({ ms, counter: importSeq, deviceId });
  const stored = await db.contributions.toArray();
  const versions: Version[] = adds.map(
    (f) =>
      ({
        ...contributionFields(f),
        id: uuid(10_000 + recordSeq++),
        // Few distinct times: ties in the "recent" order are likely.
        createdAt: new Date(T0 + (recordSeq % 3) * 1000).toISOString(),
        updatedAt,
        deviceId,
        rev: 1,
        deleted: false,
        vv: { [deviceId]: updatedAt },
      }) as unknown as Version,
  );
  const edited = new Set<string>();
  for (const e of edits) {
    if (!stored.length) break;
    const prev = stored[e.pick % stored.length]!;
    if (edited.has(prev.id)) continue; // one version per record in a file
    edited.add(prev.id);
    const { localSeq: _s, ...rest } = prev as Contribution & { localSeq: number };
    // Made without having seen our latest version: a conflict when ours changed since.
    versions.push({
      ...rest,
      ...contributionFields(e.f),
      deleted: e.deleted,
      updatedAt,
      deviceId,
      rev: prev.rev + 1,
      // Concurrent: made without having seen our version (a conflict); else on top of it.
      ...(minutes < 0
        ? { vv: { [deviceId]: updatedAt } }
        : { vv: { ...prev.vv, [deviceId]: updatedAt }, prev: prev.updatedAt }),
    } as unknown as Version);
  }
  if (!versions.length) return;
  importSeq++;
  const built = await buildBundleText({
    kind: 'device',
    device: { id: deviceId, label: 'Tablet B' },
    processId: PROCESS_ID,
    exportSeq: importSeq,
    range: { fromSeq: importSeq, toSeq: importSeq },
    exportedAt: new Date(ms).toISOString(),
    records: { contributions: versions },
    conflicts: {},
  });
  const report = await importBundleText(built.text, `b-${importSeq}.json`, { now: ms + 1 });
  expect(report.status, JSON.stringify(report.problems)).toBe('imported');
}

/**
 * The packed form (version 8): one key list per process, without duplicates; every counter of a
 * stored aggregate points into its process's list, once, with a count above 0; its live count `n`
 * is its `all` counter.
 */
function packedWell(rows: readonly AggregateRow[]): void {
  const lists = new Map<string, string[]>();
  for (const r of rows) {
    if (!isAggregateKeys(r)) continue;
    expect(lists.has(r.processId)).toBe(false);
    expect(new Set(r.keys).size).toBe(r.keys.length);
    lists.set(r.processId, r.keys);
  }
  for (const r of rows) {
    if (isAggregateKeys(r)) continue;
    const keys = lists.get(r.processId)!;
    expect(keys).toBeDefined();
    const seen = new Set<number>();
    for (let i = 0; i < r.c.length; i += 2) {
      expect(r.c[i]! < keys.length && !seen.has(r.c[i]!)).toBe(true);
      expect(r.c[i + 1]!).toBeGreaterThan(0);
      seen.add(r.c[i]!);
    }
    expect(r.n).toBe(
      unpackAggregates([r, { id: 'k', processId: r.processId, keys }])[0]!.counts['all\u001f'],
    );
  }
}

const sortAggs = (list: Iterable<ContributionAggregate>) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id)).map((a) => ({ ...a, counts: { ...a.counts } }));
const sortRespondents = (list: Iterable<RespondentState>) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id)).map((r) => JSON.parse(JSON.stringify(r)));

const FILTERS: AnalysisFilter[] = [
  {},
  { buurtIds: ['noord'] },
  { buurtIds: ['zuid'] },
  { meetingIds: [M1.id] },
  { from: '2026-03-10', to: '2026-04-30' },
  { workForms: ['tafelgesprek', 'inloop'] },
];
const REACH_ONLY: AnalysisFilter[] = [
  { groupIds: ['jong'] },
  { buurtIds: ['noord'], groupIds: ['oud', 'stil'] },
];

async function check(): Promise<void> {
  const records = await db.contributions.toArray();
  const rows = await db.aggregates.toArray();
  packedWell(rows);
  const stored = unpackAggregates(rows);
  expect(sortAggs(stored)).toEqual(sortAggs(aggregatesFromScratch(records).values()));
  // The respondents behind the respondent counters, too.
  expect(sortRespondents(await db.respondents.toArray())).toEqual(
    sortRespondents(countFromScratch(records).respondents.values()),
  );

  const recentIds = stored.flatMap((a) => a.recent.map(([, id]) => id));
  const recent = new Map(
    (await db.contributions.bulkGet(recentIds)).filter((c) => !!c).map((c) => [c!.id, c!] as const),
  );
  const fromAggs = { meetings: data.meetings, attendance: data.attendance, aggregates: stored, recent };
  const fromRecords = { meetings: data.meetings, attendance: data.attendance, contributions: records };
  for (const f of FILTERS) {
    const whole = computeOverview(fromRecords, process, f);
    expect(overviewFromAggregates(fromAggs, process, f)).toEqual(whole);
    // As the coordinator's screen shows it (useAnalysis): the counts without any record, then the
    // recent list from the records of recentIds only. Together the same overview.
    const counts = overviewFromAggregates({ ...fromAggs, recent: new Map() }, process, f, { recent: 0 });
    const ids = recentIdsOf(fromAggs, process, f);
    const shown = new Map(ids.filter((id) => recent.has(id)).map((id) => [id, recent.get(id)!] as const));
    expect({ ...counts, recent: recentFromAggregates({ ...fromAggs, recent: shown }, process, f) }).toEqual(
      whole,
    );
  }
  for (const f of [...FILTERS, ...REACH_ONLY]) {
    // Reach carries the suppression (hidden cells): equal means the same cells are hidden.
    expect(reachFromAggregates(fromAggs, process, f)).toEqual(computeReach(fromRecords, process, f));
  }
}

describe('aggregates', () => {
  it('equal a recount from scratch after random writes, imports, edits and deletes; the pictures agree', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        await freshDb();
        for (const o of ops) {
          const ids = (await db.contributions.toCollection().primaryKeys()) as string[];
          const pick = (n: number) => ids[n % ids.length]!;
          if (o.op === 'add') await addContribution(contributionFields(o.f));
          else if (o.op === 'edit' && ids.length)
            await updateContribution(pick(o.pick), contributionFields(o.f));
          else if (o.op === 'delete' && ids.length) await deleteContribution(pick(o.pick));
          else if (o.op === 'restore' && ids.length) await restoreContribution(pick(o.pick));
          else if (o.op === 'import') await importFrom(o.adds, o.edits, o.times);
        }
        await check();
      }),
      { numRuns: Number(process_env('AGG_RUNS') ?? 40) },
    );
  });

  it('a kiosk respondent with answers in two meetings (one moved by an edit) is counted in the same meeting both ways (CI seed 629391993)', async () => {
    const base = { otherProcess: false, kind: 'mening' as const, kiosk: true, themes: [], groups: [] };
    await importFrom(
      [
        { ...base, meeting: 1, respondent: 0 },
        { ...base, meeting: 1, respondent: 0 },
      ],
      [],
      0,
    );
    const ids = (await db.contributions.toCollection().primaryKeys()) as string[];
    await updateContribution(ids[0]!, contributionFields({ ...base, meeting: 2, respondent: undefined }));
    await check();
  });

  it('a file of mostly new records that moves one stored record to another process counts it once (CI seed 1100547377)', async () => {
    // The import adds the file's records unread (they look new); the stored one is refused and put
    // after. The aggregates written for the refused add must not stay behind.
    const base = {
      meeting: 0,
      kind: 'mening' as const,
      kiosk: false,
      themes: [],
      groups: [],
      respondent: undefined,
    };
    await importFrom([{ ...base, otherProcess: true }], [], 0);
    await importFrom(
      [
        { ...base, otherProcess: true },
        { ...base, otherProcess: true },
      ],
      [{ pick: 0, f: { ...base, otherProcess: false }, deleted: false }],
      0,
    );
    await check();
  });

  it('the migration builds them for data stored before it (version 3 → 4)', async () => {
    for (let i = 0; i < 12; i++) {
      await addContribution(
        contributionFields({
          meeting: i % 5,
          otherProcess: false,
          kind: KINDS[i % 4]!,
          kiosk: i % 2 === 0,
          themes: THEMES.slice(0, i % 3),
          groups: GROUPS.slice(0, i % 4),
          respondent: i % 3,
        }),
      );
    }
    const before = unpackAggregates(await db.aggregates.toArray());
    expect(before.length).toBeGreaterThan(0);
    // Back to a version 3 database: the aggregates table gone, the contributions kept.
    const rows = await db.contributions.toArray();
    db.close();
    await db.delete();
    const { default: Dexie } = await import('dexie');
    const old = new Dexie('buurtstem');
    const { INITIAL_VERSION, ADD_EXCHANGE_AND_AGENDA_TABLES_VERSION, ADD_EXPERIENCES_VERSION } = await import(
      '../../src/db/schema'
    );
    old
      .version(INITIAL_VERSION)
      .stores({ contributions: 'id, meetingId, processId, respondentId, localSeq' });
    old.version(ADD_EXCHANGE_AND_AGENDA_TABLES_VERSION).stores({});
    old.version(ADD_EXPERIENCES_VERSION).stores({});
    await old.open();
    await old.table('contributions').bulkAdd(rows);
    old.close();
    await db.open();
    const packed = await db.aggregates.toArray();
    packedWell(packed);
    expect(sortAggs(unpackAggregates(packed))).toEqual(sortAggs(before));
    expect((await db.respondents.count()) > 0).toBe(true);
  });

  it.each([
    ['the aggregates', () => [db.contributions, db.respondents]],
    ['the respondents', () => [db.contributions, db.aggregates]],
  ])(
    'a transaction that changes contributions without %s in scope fails (nothing forgets them)',
    async (_, scope) => {
      await expect(
        db.transaction('rw', scope(), async () => {
          await db.contributions.put({
            ...(contributionFields({
              meeting: 0,
              otherProcess: false,
              kind: 'idee',
              kiosk: false,
              themes: [],
              groups: [],
              respondent: undefined,
            }) as unknown as Contribution),
            id: uuid(9999),
            createdAt: '2026-03-01T10:00:00.000Z',
            updatedAt: '000001767261600000.0000.dev1',
            deviceId: 'dev1',
            rev: 1,
            deleted: false,
            localSeq: 1,
          });
        }),
      ).rejects.toThrow();
      expect(await db.contributions.count()).toBe(0);
    },
  );
});

function process_env(name: string): string | undefined {
  return globalThis.process?.env?.[name];
}
