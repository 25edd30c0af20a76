import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgendaData } from '../../src/db/agenda';
import { readAnalysisData } from '../../src/db/analysis';
import { loadAnalysisData, loadEvaluationInput } from '../../src/db/design';
import { resetDeviceCache } from '../../src/db/device';
import { getAttendance } from '../../src/db/meetings';
import { loadFieldData } from '../../src/db/readModels';
import { db } from '../../src/db/schema';
import { attendanceByMeeting } from '../../src/domain/analysis/data';
import type { Process } from '../../src/domain/process';

/**
 * The four read models (field, analysis, agenda, evaluation) follow the same rules: only the given
 * process, deleted records out, attendance only of the process's live meetings. The database is
 * seeded with one record of every kind that a rule must keep out, and one that must stay.
 */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const A = uuid(1);
const B = uuid(2);
let seq = 0;
const row = (
  n: number,
  fields: Record<string, unknown>,
  deleted = false,
  createdAt = '2026-03-01T10:00:00.000Z',
) => ({
  id: uuid(n),
  createdAt,
  updatedAt: '001772359200000.0000.dev1',
  deviceId: 'dev1',
  rev: 1,
  deleted,
  vv: {},
  localSeq: ++seq,
  ...fields,
});

// Meetings: 10, 11 live in A; 12 deleted in A; 13 in B.
const LIVE_MEETING = uuid(10);
const DELETED_MEETING = uuid(12);
/** Ids that must come out of every loader of process A, whatever the table. */
const OUT = [12, 13, 22, 23, 24, 32, 33, 34, 42, 43, 52, 53, 62, 63, 72, 73].map(uuid);

async function seed() {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
  const m = (n: number, processId: string, deleted = false) =>
    row(n, { processId, buurtId: 'noord', startsAt: '2026-03-02T19:00', status: 'afgesloten' }, deleted);
  await db.meetings.bulkPut([m(10, A), m(11, A), m(12, A, true), m(13, B)] as never);
  const c = (n: number, processId: string, meetingId: string, deleted = false) =>
    row(
      n,
      { processId, meetingId, kind: 'idee', text: `c${n}`, themeIds: [] },
      deleted,
      `2026-03-01T10:00:${n}.000Z`,
    );
  // Contributions are stored with their aggregates (src/db/aggregates.ts), in one transaction.
  await db.transaction('rw', [db.contributions, db.aggregates, db.respondents], () =>
    db.contributions.bulkPut([
      c(20, A, LIVE_MEETING),
      c(21, A, uuid(11)),
      c(22, A, LIVE_MEETING, true),
      c(23, B, uuid(13)),
      // A contribution of the deleted meeting stays in (the overview reports it as not counted), so
      // it is not in OUT; a deleted one of it is.
      c(24, A, DELETED_MEETING, true),
      c(25, A, DELETED_MEETING),
    ] as never),
  );
  const att = (n: number, meetingId: string, deleted = false, createdAt?: string) =>
    row(n, { meetingId, total: n, byGroup: {} }, deleted, createdAt);
  await db.attendance.bulkPut([
    att(30, LIVE_MEETING, false, '2026-03-02T19:00:00.000Z'),
    // A second count of the same meeting after a merge: the older one (30) is the count.
    att(31, LIVE_MEETING, false, '2026-03-02T20:00:00.000Z'),
    att(32, LIVE_MEETING, true, '2026-03-02T18:00:00.000Z'),
    att(33, DELETED_MEETING),
    att(34, uuid(13)),
  ] as never);
  const l = (n: number, processId: string, meetingId: string, deleted = false) =>
    row(
      n,
      { processId, meetingId, category: 'tijdstip', text: `l${n}`, doDifferently: '', carryOver: false },
      deleted,
    );
  await db.lessons.bulkPut([
    l(40, A, LIVE_MEETING),
    l(41, A, LIVE_MEETING),
    l(42, A, LIVE_MEETING, true),
    l(43, B, uuid(13)),
  ] as never);
  const item = (n: number, processId: string, deleted = false) =>
    row(n, { processId, agendaYear: 2026, status: 'voorgesteld', title: `i${n}`, position: n }, deleted);
  await db.agendaItems.bulkPut([item(50, A), item(51, A), item(52, A, true), item(53, B)] as never);
  const f = (n: number, processId: string, deleted = false) =>
    row(n, { processId, date: '2026-03-05', buurtId: 'noord', channel: 'bijeenkomst' }, deleted);
  await db.feedback.bulkPut([f(60, A), f(61, A), f(62, A, true), f(63, B)] as never);
  const v = (n: number, processId: string, deleted = false) =>
    row(
      n,
      { processId, meetingId: LIVE_MEETING, agendaYear: 2026, source: 'paper', allocations: {} },
      deleted,
    );
  await db.votes.bulkPut([v(70, A), v(71, A), v(72, A, true), v(73, B)] as never);
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();
const process = { id: A, name: 'A' } as Process;

describe('one loader per read model, the same rules everywhere', () => {
  beforeAll(seed);

  it('analysis, agenda and evaluation read the same meetings, contributions and attendance', async () => {
    const analysis = await loadAnalysisData(A);
    const agenda = await loadAgendaData(A);
    const evaluation = await loadEvaluationInput(process);
    const coordinator = await readAnalysisData(A);
    for (const other of [agenda, evaluation, coordinator]) {
      expect(ids(other.meetings)).toEqual(ids(analysis.meetings));
      expect(ids(other.contributions)).toEqual(ids(analysis.contributions));
      expect(ids(other.attendance)).toEqual(ids(analysis.attendance));
    }
    expect(ids(analysis.meetings)).toEqual([uuid(10), uuid(11)]);
    expect(ids(analysis.contributions)).toEqual([uuid(20), uuid(21), uuid(25)]);
    expect(ids(analysis.attendance)).toEqual([uuid(30), uuid(31)]);
  });

  it('keeps every deleted record and every record of another process out of every loader', async () => {
    const agenda = await loadAgendaData(A);
    const evaluation = await loadEvaluationInput(process);
    const field = await loadFieldData(LIVE_MEETING);
    const everything = [
      ...Object.values(agenda).flat(),
      ...[evaluation.meetings, evaluation.contributions, evaluation.attendance, evaluation.lessons].flat(),
      ...evaluation.agendaItems,
      ...evaluation.feedback,
      ...[field!.contributions, field!.lessons, [field!.meeting, field!.attendance!]].flat(),
    ] as { id: string; deleted: boolean; processId?: string }[];
    expect(everything.length).toBeGreaterThan(20);
    for (const r of everything) {
      expect(OUT).not.toContain(r.id);
      expect(r.deleted).toBe(false);
      if (r.processId !== undefined) expect(r.processId).toBe(A);
    }
    expect(ids(agenda.items)).toEqual([uuid(50), uuid(51)]);
    expect(ids(evaluation.agendaItems)).toEqual(ids(agenda.items));
    expect(ids(evaluation.feedback)).toEqual(ids(agenda.feedback));
    expect(ids(agenda.votes)).toEqual([uuid(70), uuid(71)]);
    expect(ids(evaluation.lessons)).toEqual([uuid(40), uuid(41)]);
  });

  it('the field model of a meeting is the analysis restricted to that meeting', async () => {
    const analysis = await loadAnalysisData(A);
    const evaluation = await loadEvaluationInput(process);
    const field = await loadFieldData(LIVE_MEETING);
    expect(field?.meeting.id).toBe(LIVE_MEETING);
    expect(ids(field!.contributions)).toEqual(
      ids(analysis.contributions.filter((c) => c.meetingId === LIVE_MEETING)),
    );
    expect(field!.attendance?.id).toBe(attendanceByMeeting(analysis).get(LIVE_MEETING)?.id);
    expect(field!.attendance?.id).toBe(uuid(30));
    expect((await getAttendance(LIVE_MEETING))?.id).toBe(uuid(30));
    expect(ids(field!.lessons)).toEqual(ids(evaluation.lessons.filter((l) => l.meetingId === LIVE_MEETING)));
    expect(await loadFieldData(DELETED_MEETING)).toBeUndefined();
    expect(await loadFieldData(uuid(99))).toBeUndefined();
  });
});
