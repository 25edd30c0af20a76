import type { Contribution } from '../contribution';
import type { EarlierFinding } from '../earlierFinding';
import type { Attendance, Meeting } from '../meeting';
import { byCode } from '../order';

/** The records the coordinator's analysis reads (the merged picture of all tablets). */
export type AnalysisData = {
  meetings: readonly Meeting[];
  contributions: readonly Contribution[];
  attendance: readonly Attendance[];
  /** Earlier findings (issue 16): in the themes and the shared picture, never in reach. */
  findings?: readonly EarlierFinding[];
  /** Key figures of the process design: the names of partners and professionals (labels only). */
  keyFigures?: readonly { id: string; organisation: string; name: string }[];
};

/** Live (not deleted) meetings of one process, by id. */
export function meetingsById(data: AnalysisData, processId: string): Map<string, Meeting> {
  const map = new Map<string, Meeting>();
  for (const m of data.meetings) if (!m.deleted && m.processId === processId) map.set(m.id, m);
  return map;
}

/**
 * One attendance count per meeting. After a merge a meeting may hold more than one count (two
 * tablets counted); like the meeting screen, the oldest one (createdAt, then id) is the count.
 */
export function attendanceByMeeting(data: AnalysisData): Map<string, Attendance> {
  const map = new Map<string, Attendance>();
  for (const a of data.attendance) {
    if (a.deleted) continue;
    const prev = map.get(a.meetingId);
    if (!prev || a.createdAt < prev.createdAt || (a.createdAt === prev.createdAt && a.id < prev.id)) {
      map.set(a.meetingId, a);
    }
  }
  return map;
}

/** The local calendar day of a meeting ("2026-03-05"): the date every contribution of it counts on. */
export function meetingDay(m: Meeting): string {
  return m.startsAt.slice(0, 10);
}

/**
 * The order that decides where a kiosk respondent with answers in several meetings is counted:
 * once, in the first of those meetings by id. Both readings use it (computeReach on the records,
 * reachFromAggregates on the aggregates), so the picture is the same whatever order records come in.
 */
export const respondentMeetingOrder = byCode;
