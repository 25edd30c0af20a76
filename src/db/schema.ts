import Dexie, { type Table } from 'dexie';
import type { AgendaItem } from '../domain/agenda';
import {
  type AggregateRow,
  type ContributionAggregate,
  packAggregates,
  type RespondentState,
} from '../domain/analysis/aggregates';
import type { Contribution } from '../domain/contribution';
import type { BudgetLine, DesignRecord, KeyFigure } from '../domain/design';
import type { EarlierFinding } from '../domain/earlierFinding';
import type { Experience } from '../domain/experience';
import type { Feedback } from '../domain/feedback';
import type { Lesson } from '../domain/lesson';
import type { Attendance, Meeting } from '../domain/meeting';
import type { Process } from '../domain/process';
import type { RecordMeta } from '../domain/record';
import type { PriorityVote } from '../domain/votes';
import { AGGREGATES_TABLE, aggregatesMiddleware, buildAggregates, RESPONDENTS_TABLE } from './aggregates';
import type { ConflictRow } from './exchangeStatus';
import { installedVersionAtStart } from './peek';
import { writtenMiddleware } from './written';

/** A synchronised record as stored on this device: `localSeq` orders local changes for export. */
export type Row<T extends RecordMeta> = T & { localSeq: number };

/** Local-only key/value pairs: device, clock, sequence, settings, kiosk state. Never exported. */
export interface KvRow {
  key: string;
  value: unknown;
}

/** Half-typed input, saved as the user types so nothing is lost on a reload. Never exported. */
export interface DraftRow {
  key: string;
  value: unknown;
  savedAt: number;
}

/** Records of later features are stored as validated JSON objects with the common record fields. */
export type GenericRow = Row<RecordMeta> & Record<string, unknown>;

export { SYNC_TABLES, type SyncTable } from '../domain/constants';

// ---- Named migrations. Never change a released version's stores; add a new version. ----

/** v1: the field core: process configuration, meetings, contributions, attendance, lessons. */
export const INITIAL_VERSION = 1;
const INITIAL_STORES = {
  processes: 'id, localSeq',
  meetings: 'id, processId, status, startsAt, localSeq',
  contributions: 'id, meetingId, processId, respondentId, localSeq',
  attendance: 'id, meetingId, localSeq',
  lessons: 'id, processId, meetingId, localSeq',
  kv: 'key',
  drafts: 'key',
};

/**
 * v2: exchange and later features: priority votes, agenda items, contacts for feedback (kept apart
 * from contributions), feedback moments, key figures and budget lines of the process design, the
 * conflict list of the merge and the import log.
 */
export const ADD_EXCHANGE_AND_AGENDA_TABLES_VERSION = 2;
const EXCHANGE_AND_AGENDA_STORES = {
  votes: 'id, processId, meetingId, localSeq',
  agendaItems: 'id, processId, localSeq',
  contacts: 'id, meetingId, localSeq',
  feedback: 'id, processId, localSeq',
  keyFigures: 'id, processId, localSeq',
  budgetLines: 'id, processId, localSeq',
  conflicts: 'id, table, recordId',
  imports: 'id, deviceId, importedAt',
};

/** v3: how people experienced taking part (kiosk "Hoe vond u dit?", the question at meeting close). */
export const ADD_EXPERIENCES_VERSION = 3;
const EXPERIENCES_STORES = {
  experiences: 'id, processId, meetingId, localSeq',
};

/**
 * v4: aggregates of the contributions per process × meeting (src/db/aggregates.ts), kept in the
 * same transaction as every change; built here from the contributions already stored.
 */
export const ADD_AGGREGATES_VERSION = 4;
const AGGREGATES_STORES = {
  [AGGREGATES_TABLE]: 'id, processId',
};

/**
 * v5: earlier findings (issue 16 item 2), gathered before the process, with their
 * source and date; no meeting.
 */
export const ADD_EARLIER_FINDINGS_VERSION = 5;
const EARLIER_FINDINGS_STORES = {
  earlierFindings: 'id, processId, localSeq',
};

/**
 * v6: the design of a process (steps, groups reached later, evaluation texts) as a
 * synchronised record, one per process with the process's id, so it travels in bundles (issue 16.7).
 */
export const ADD_DESIGNS_VERSION = 6;
const DESIGNS_STORES = {
  designs: 'id, processId, localSeq',
};

/**
 * v7: kiosk respondents counted per respondent (issue 12: the overview at 100,000 contributions):
 * the aggregates kept one counter per respondent, so every meeting's row grew with the people who
 * answered and opening the overview read megabytes; now a respondent whose answers are in one
 * meeting is one count per set of groups, and their state lives in the respondents table. The
 * aggregates are rebuilt from the contributions.
 */
export const COUNT_RESPONDENTS_APART_VERSION = 7;
const RESPONDENTS_STORES = {
  [RESPONDENTS_TABLE]: 'id, processId',
};

/**
 * v8: the aggregates stored packed (issue 12: the overview at 100,000 contributions read 1 MB of
 * aggregates, mostly counter keys repeated in every meeting): one key list per process and the
 * counters as numbers (src/domain/analysis/aggregates.ts StoredAggregate). No store changes; the
 * rows of version 7 are packed as they are.
 */
export const PACK_AGGREGATE_KEYS_VERSION = 8;

/**
 * v9: the clock and the local sequence in one kv row (issue 12: saving one contribution): every
 * change reads and writes both, and as two rows that was four requests of the nine a save sent.
 * No store changes; the rows 'clock' and 'seq' become the row 'change' ({ clock, seq }, see
 * src/db/records.ts) and are deleted.
 */
export const CLOCK_AND_SEQ_IN_ONE_ROW_VERSION = 9;
/** The kv key of the clock and sequence from version 9 on (src/db/records.ts reads and writes it). */
export const CHANGE_KEY = 'change';

/** The version 9 upgrade: the two rows of before as one (nothing when neither was stored yet). */
export async function joinClockAndSeq(kv: Table<KvRow, string>): Promise<void> {
  const [clock, seq] = await kv.bulkGet(['clock', 'seq']);
  if (!clock && !seq) return;
  const value: { clock?: string; seq: number } = { seq: (seq?.value as number | undefined) ?? 0 };
  if (typeof clock?.value === 'string') value.clock = clock.value;
  await kv.put({ key: CHANGE_KEY, value });
  await kv.bulkDelete(['clock', 'seq']);
}

export const CURRENT_VERSION = CLOCK_AND_SEQ_IN_ONE_ROW_VERSION;

/**
 * Every table of the current version with its indexes: the stores of all versions above, later ones
 * over earlier ones, as Dexie adds them up. Declared alone when the stored database is already at the
 * current version (see BuurtstemDb).
 */
export const CURRENT_STORES: Readonly<Record<string, string>> = {
  ...INITIAL_STORES,
  ...EXCHANGE_AND_AGENDA_STORES,
  ...EXPERIENCES_STORES,
  ...AGGREGATES_STORES,
  ...EARLIER_FINDINGS_STORES,
  ...DESIGNS_STORES,
  ...RESPONDENTS_STORES,
};

/** The IndexedDB version Dexie gives a database of `version` (it multiplies by ten). */
export const nativeVersion = (version: number): number => Math.round(version * 10);

export class BuurtstemDb extends Dexie {
  processes!: Table<Row<Process>, string>;
  meetings!: Table<Row<Meeting>, string>;
  contributions!: Table<Row<Contribution>, string>;
  attendance!: Table<Row<Attendance>, string>;
  lessons!: Table<Row<Lesson>, string>;
  votes!: Table<Row<PriorityVote>, string>;
  agendaItems!: Table<Row<AgendaItem>, string>;
  contacts!: Table<GenericRow, string>;
  feedback!: Table<Row<Feedback>, string>;
  keyFigures!: Table<Row<KeyFigure>, string>;
  budgetLines!: Table<Row<BudgetLine>, string>;
  experiences!: Table<Row<Experience>, string>;
  aggregates!: Table<AggregateRow, string>;
  respondents!: Table<RespondentState, string>;
  earlierFindings!: Table<Row<EarlierFinding>, string>;
  designs!: Table<Row<DesignRecord>, string>;
  conflicts!: Table<ConflictRow, string>;
  imports!: Table<Record<string, unknown> & { id: string; deviceId: string; importedAt: string }, string>;
  kv!: Table<KvRow, string>;
  drafts!: Table<DraftRow, string>;

  /**
   * `installed`: the IndexedDB version of the stored database, when start-up saw it (src/db/peek.ts).
   * At the current version nothing is upgraded, so only the current schema is declared: Dexie parses
   * every version declared so far again on each `stores()` call, and the nine versions cost
   * 33-65 ms of main thread when the database code first runs in Chromium on this machine, against
   * 4-9 ms for one (issue 12: the capture screen's and the overview's long tasks). Any other case (an
   * older database, a fresh device, no peek, code that ran before the peek answered) declares the
   * named migrations, version by version (correct in every case, only slower to declare).
   */
  constructor(name = 'buurtstem', installed?: number) {
    super(name);
    if (installed === nativeVersion(CURRENT_VERSION)) this.version(CURRENT_VERSION).stores(CURRENT_STORES);
    else this.declareMigrations();
    this.use(aggregatesMiddleware);
    this.use(writtenMiddleware);
  }

  /** The named migrations, each version with its own stores and upgrade. */
  private declareMigrations(): void {
    this.version(INITIAL_VERSION).stores(INITIAL_STORES);
    this.version(ADD_EXCHANGE_AND_AGENDA_TABLES_VERSION).stores(EXCHANGE_AND_AGENDA_STORES);
    this.version(ADD_EXPERIENCES_VERSION).stores(EXPERIENCES_STORES);
    this.version(ADD_AGGREGATES_VERSION)
      .stores(AGGREGATES_STORES)
      .upgrade(async (tx) => {
        const contributions = (await tx.table('contributions').toArray()) as Contribution[];
        // Counted as version 7 counts them (this runs before that version's rebuild).
        await tx.table(AGGREGATES_TABLE).bulkPut(buildAggregates(contributions).aggregates);
      });
    this.version(ADD_EARLIER_FINDINGS_VERSION).stores(EARLIER_FINDINGS_STORES);
    this.version(ADD_DESIGNS_VERSION).stores(DESIGNS_STORES);
    this.version(COUNT_RESPONDENTS_APART_VERSION)
      .stores(RESPONDENTS_STORES)
      .upgrade(async (tx) => {
        const contributions = (await tx.table('contributions').toArray()) as Contribution[];
        const built = buildAggregates(contributions);
        await tx.table(AGGREGATES_TABLE).clear();
        await tx.table(AGGREGATES_TABLE).bulkPut(built.aggregates);
        await tx.table(RESPONDENTS_TABLE).bulkPut(built.respondents);
      });
    this.version(PACK_AGGREGATE_KEYS_VERSION)
      .stores({})
      .upgrade(async (tx) => {
        const table = tx.table(AGGREGATES_TABLE);
        const rows = (await table.toArray()) as ContributionAggregate[];
        await table.clear();
        await table.bulkPut(packAggregates(rows));
      });
    this.version(CLOCK_AND_SEQ_IN_ONE_ROW_VERSION)
      .stores({})
      .upgrade((tx) => joinClockAndSeq(tx.table('kv')));
  }
}

/** Only for the migration test: the database as version 1 shipped it. */
export function openInitialVersion(name: string): Dexie {
  const old = new Dexie(name);
  old.version(INITIAL_VERSION).stores(INITIAL_STORES);
  return old;
}

/**
 * Dexie turns its debug mode on by itself for any page on localhost or 127.0.0.1: a console task
 * (async stack tagging) and a console.trace on failure for every request, and each of its promise
 * callbacks run through that task. A municipality's tablet or laptop running `npm start` is such a
 * page; the built app leaves it off (measured in `npm run bench`, which serves on 127.0.0.1: part of
 * every save's time, click to list). The dev server keeps it for the async stack traces.
 */
Dexie.debug = import.meta.env.DEV;

export const db = new BuurtstemDb('buurtstem', installedVersionAtStart());
