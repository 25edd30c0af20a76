import type { Table } from 'dexie';
import type { AgendaItem } from '../domain/agenda';
import type { AggregateData } from '../domain/analysis/aggregateRead';
import { unpackAggregates } from '../domain/analysis/aggregates';
import { type AnalysisData, attendanceByMeeting } from '../domain/analysis/data';
import type { Contribution } from '../domain/contribution';
import type { EvaluationInput } from '../domain/evaluation';
import type { Feedback } from '../domain/feedback';
import type { Lesson } from '../domain/lesson';
import type { Attendance, Meeting } from '../domain/meeting';
import { byCode } from '../domain/order';
import type { Process } from '../domain/process';
import type { PriorityVote } from '../domain/votes';
import { getActiveProcess } from './processes';
import { notDeleted } from './records';
import { db } from './schema';

/**
 * One loader per read model: field (one meeting), analysis (coordinator), agenda and evaluation.
 * They all follow the same rules, written once here:
 *  - only the records of the given process (attendance, which has no process id, only of that
 *    process's live meetings);
 *  - deleted records (tombstones) are out;
 *  - everything is read in one read transaction, so the tables agree with each other.
 * Records of a meeting this device does not know (not imported yet, or deleted) stay in: the
 * coordinator's overview reports them as not counted. Contacts are never read here.
 */

/** Run `fn` in one read transaction over `tables`. */
function read<T>(tables: readonly Table[], fn: () => Promise<T>): Promise<T> {
  return db.transaction('r', tables, fn);
}

/** The live records of one process in a table. */
async function liveOf<T extends { processId: string; deleted: boolean }>(
  table: Table<T, string>,
  processId: string,
): Promise<T[]> {
  return (await table.where('processId').equals(processId).toArray()).filter(notDeleted);
}

/** Meetings, contributions and attendance of one process, by the rules above (inside a read). */
async function analysisRows(processId: string): Promise<AnalysisData & { meetings: Meeting[] }> {
  const [meetings, contributions, findings, keyFigures] = await Promise.all([
    liveOf(db.meetings, processId),
    liveOf(db.contributions, processId),
    // Earlier findings count in the themes (never in reach); key figures name the partners.
    liveOf(db.earlierFindings, processId),
    liveOf(db.keyFigures, processId),
  ]);
  const attendance = (
    await db.attendance
      .where('meetingId')
      .anyOf(meetings.map((m) => m.id))
      .toArray()
  ).filter(notDeleted);
  return { meetings, contributions, attendance, findings, keyFigures };
}

const ANALYSIS_TABLES = () => [
  db.meetings,
  db.contributions,
  db.attendance,
  db.earlierFindings,
  db.keyFigures,
];

// ---- Analysis (the coordinator's picture, the design screen's reach) ----

export function loadAnalysisData(processId: string): Promise<AnalysisData> {
  return read(ANALYSIS_TABLES(), () => analysisRows(processId));
}

/**
 * The coordinator's picture without reading every contribution: live meetings and attendance of
 * the process and its aggregates (src/db/aggregates.ts). The recent records come after (loadRecent).
 */
export function loadAggregateData(processId: string): Promise<AggregateData> {
  return read(AGGREGATE_TABLES(), () => aggregateRows(processId));
}

/**
 * The coordinator's overview as it opens: the active process (as getActiveProcess chooses it) and
 * its aggregates in one read, null without a process. One live query instead of two in a row (the
 * process's, then after a render the aggregates'): a round less before the numbers (issue 12 item 3).
 */
export function loadActiveAggregateData(): Promise<{ process: Process; data: AggregateData } | null> {
  return read([db.kv, db.processes, ...AGGREGATE_TABLES()], async () => {
    const process = await getActiveProcess();
    return process ? { process, data: await aggregateRows(process.id) } : null;
  });
}

const AGGREGATE_TABLES = () => [db.meetings, db.attendance, db.aggregates, db.earlierFindings, db.keyFigures];

/** Live meetings and attendance of a process and its aggregates (inside a read). */
async function aggregateRows(processId: string): Promise<AggregateData> {
  // Every read asked for at once. Attendance (one small row per meeting) is read whole and kept
  // for the process's live meetings: asking for 200 meetings by id (anyOf) took three times as
  // long as the whole table, and had to wait for the meetings.
  const [meetings, stored, findings, keyFigures, allAttendance] = await Promise.all([
    liveOf(db.meetings, processId),
    db.aggregates.where('processId').equals(processId).toArray(),
    // Earlier findings (a small table) count in the themes; key figures name the partners.
    liveOf(db.earlierFindings, processId),
    liveOf(db.keyFigures, processId),
    db.attendance.toArray(),
  ]);
  const live = new Set(meetings.map((m) => m.id));
  return {
    meetings,
    attendance: allAttendance.filter((a) => !a.deleted && live.has(a.meetingId)),
    aggregates: unpackAggregates(stored),
    recent: new Map(),
    findings,
    keyFigures,
  };
}

/** The few records an overview shows as "recent" (ids from recentIds), by id. */
export async function loadRecent(ids: readonly string[]): Promise<Map<string, Contribution>> {
  const rows = await db.contributions.bulkGet([...ids]);
  const out = new Map<string, Contribution>();
  for (const c of rows) if (c) out.set(c.id, c);
  return out;
}

/** The live contributions of some meetings of a process (the shared picture's quotes of one buurt). */
export function loadMeetingContributions(
  processId: string,
  meetingIds: readonly string[],
): Promise<Contribution[]> {
  return read([db.contributions], async () =>
    (await db.contributions.where('meetingId').anyOf(meetingIds).toArray()).filter(
      (c) => !c.deleted && c.processId === processId,
    ),
  );
}

// ---- Agenda ----

/** Everything the agenda screens read for one process. */
export interface AgendaData {
  items: AgendaItem[];
  meetings: Meeting[];
  contributions: Contribution[];
  votes: PriorityVote[];
  feedback: Feedback[];
  attendance: Attendance[];
}

export function loadAgendaData(processId: string): Promise<AgendaData> {
  return read([...ANALYSIS_TABLES(), db.agendaItems, db.votes, db.feedback], async () => {
    const [data, items, votes, feedback] = await Promise.all([
      analysisRows(processId),
      liveOf(db.agendaItems, processId),
      liveOf(db.votes, processId),
      liveOf(db.feedback, processId),
    ]);
    return {
      items,
      meetings: data.meetings,
      contributions: [...data.contributions],
      votes,
      feedback,
      attendance: [...data.attendance],
    };
  });
}

// ---- Evaluation ----

/** The evaluation's input with its rows typed as stored (the domain reads only some fields). */
export type EvaluationData = EvaluationInput & {
  lessons: Lesson[];
  agendaItems: AgendaItem[];
  feedback: Feedback[];
};

export function loadEvaluationInput(process: Process): Promise<EvaluationData> {
  const tables = [...ANALYSIS_TABLES(), db.lessons, db.agendaItems, db.feedback, db.votes, db.experiences];
  return read(tables, async () => {
    const [data, lessons, agendaItems, feedback, votes, experiences] = await Promise.all([
      analysisRows(process.id),
      liveOf(db.lessons, process.id),
      liveOf(db.agendaItems, process.id),
      liveOf(db.feedback, process.id),
      liveOf(db.votes, process.id),
      liveOf(db.experiences, process.id),
    ]);
    return {
      process,
      ...data,
      lessons: lessons.sort((a, b) => byCode(b.createdAt, a.createdAt)),
      agendaItems,
      feedback,
      votes: { votes, items: agendaItems },
      experiences,
    };
  });
}

// ---- Field (one meeting: what the facilitator sees during and after it) ----

export interface FieldData {
  meeting: Meeting;
  /** Newest first. */
  contributions: Contribution[];
  /** The count (after a merge, the oldest of two counts, as in the analysis). */
  attendance: Attendance | undefined;
  lessons: Lesson[];
}

/** A meeting with what was said, counted and learnt there; undefined when it is deleted or unknown. */
export function loadFieldData(meetingId: string): Promise<FieldData | undefined> {
  return read([db.meetings, db.contributions, db.attendance, db.lessons], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting || meeting.deleted) return undefined;
    const [contributions, attendance, lessons] = await Promise.all([
      db.contributions.where('meetingId').equals(meetingId).toArray(),
      db.attendance.where('meetingId').equals(meetingId).toArray(),
      db.lessons.where('meetingId').equals(meetingId).toArray(),
    ]);
    const ofProcess = <T extends { processId: string; deleted: boolean }>(r: T) =>
      !r.deleted && r.processId === meeting.processId;
    return {
      meeting,
      contributions: contributions.filter(ofProcess).sort((a, b) => byCode(b.createdAt, a.createdAt)),
      attendance: attendanceByMeeting({ meetings: [meeting], contributions: [], attendance }).get(meetingId),
      lessons: lessons.filter(ofProcess),
    };
  });
}
