import { attendanceByMeeting } from './analysis/data';
import { computeReach, type Reach } from './analysis/reach';
import type { Contribution } from './contribution';
import { LESSON_CATEGORIES, type Lesson, type LessonCategory } from './lesson';
import { type Attendance, type Meeting, WORK_FORMS, type WorkForm } from './meeting';
import type { Process } from './process';

/**
 * The figures of the interim evaluation for the council (tussenevaluatie), from the records the
 * app holds. Reach per target group comes from the coordinator picture (`computeReach`), with its
 * small-group suppression; nothing here counts reach a second time.
 */
export interface EvaluationInput {
  process: Process;
  meetings: readonly Meeting[];
  contributions: readonly Contribution[];
  attendance: readonly Attendance[];
  lessons: readonly Lesson[];
  /** Agenda items (only the fields the evaluation reads). */
  agendaItems: readonly { processId: string; deleted: boolean; status: string; agendaYear?: number }[];
  /** Feedback moments (only the fields the evaluation reads). */
  feedback: readonly { processId: string; deleted: boolean; date: string; buurtId?: string }[];
}

export interface CountRow<K extends string> {
  key: K;
  meetings: number;
  people: number;
  contributions: number;
}

export interface EvaluationFigures {
  /** Meetings that took place (running or closed). */
  held: number;
  /** Meetings still planned. */
  planned: number;
  /** People counted in the meetings held (attendance totals). */
  people: number;
  contributions: number;
  /** Kiosk respondents (distinct), part of the contributions. */
  respondents: number;
  byWorkForm: CountRow<WorkForm>[];
  byBuurt: CountRow<string>[];
  reach: Reach;
  agenda: { year: number | null; total: number; byStatus: Record<string, number> };
  feedback: { moments: number; buurten: number; last: string | null };
  lessons: { total: number; byCategory: Record<LessonCategory, number>; carryOver: Lesson[] };
}

export function evaluationFigures(input: EvaluationInput): EvaluationFigures {
  const { process } = input;
  const meetings = input.meetings.filter((m) => !m.deleted && m.processId === process.id);
  const held = meetings.filter((m) => m.status !== 'gepland');
  const heldIds = new Set(held.map((m) => m.id));
  const att = attendanceByMeeting({ meetings, contributions: [], attendance: input.attendance });
  const contributions = input.contributions.filter(
    (c) => !c.deleted && c.processId === process.id && heldIds.has(c.meetingId),
  );
  const perMeeting = new Map<string, number>();
  for (const c of contributions) perMeeting.set(c.meetingId, (perMeeting.get(c.meetingId) ?? 0) + 1);

  const row = <K extends string>(key: K, list: Meeting[]): CountRow<K> => ({
    key,
    meetings: list.length,
    people: list.reduce((n, m) => n + (att.get(m.id)?.total ?? 0), 0),
    contributions: list.reduce((n, m) => n + (perMeeting.get(m.id) ?? 0), 0),
  });
  const byWorkForm = WORK_FORMS.map((wf) =>
    row(
      wf,
      held.filter((m) => m.workForm === wf),
    ),
  ).filter((r) => r.meetings > 0);
  const buurtIds = [
    ...process.buurten.map((b) => b.id),
    ...[...new Set(held.map((m) => m.buurtId))].filter((id) => !process.buurten.some((b) => b.id === id)),
  ];
  const byBuurt = buurtIds
    .map((b) =>
      row(
        b,
        held.filter((m) => m.buurtId === b),
      ),
    )
    .filter((r) => r.meetings > 0);

  const respondents = new Set(
    contributions.filter((c) => c.source === 'kiosk').map((c) => c.respondentId ?? c.id),
  ).size;

  const items = input.agendaItems.filter((a) => !a.deleted && a.processId === process.id);
  const years = items.map((a) => a.agendaYear).filter((y): y is number => typeof y === 'number');
  const year = years.length ? Math.max(...years) : null;
  const current = year === null ? items : items.filter((a) => a.agendaYear === year);
  const byStatus: Record<string, number> = {};
  for (const a of current) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;

  const fb = input.feedback.filter((f) => !f.deleted && f.processId === process.id);
  const lessons = input.lessons.filter((l) => !l.deleted && l.processId === process.id);
  const byCategory = Object.fromEntries(LESSON_CATEGORIES.map((c) => [c, 0])) as Record<
    LessonCategory,
    number
  >;
  for (const l of lessons) byCategory[l.category] += 1;

  return {
    held: held.length,
    planned: meetings.length - held.length,
    people: held.reduce((n, m) => n + (att.get(m.id)?.total ?? 0), 0),
    contributions: contributions.length,
    respondents,
    byWorkForm,
    byBuurt,
    reach: computeReach({ meetings: held, contributions, attendance: input.attendance }, process),
    agenda: { year, total: current.length, byStatus },
    feedback: {
      moments: fb.length,
      buurten: new Set(fb.map((f) => f.buurtId).filter(Boolean)).size,
      last: fb.reduce<string | null>((max, f) => (max === null || f.date > max ? f.date : max), null),
    },
    lessons: { total: lessons.length, byCategory, carryOver: lessons.filter((l) => l.carryOver) },
  };
}
