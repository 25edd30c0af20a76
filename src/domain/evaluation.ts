import type { AgendaItem } from './agenda';
import { attendanceByMeeting } from './analysis/data';
import { computeReach, type Reach } from './analysis/reach';
import { protect, type SumRule, shownCount } from './analysis/suppress';
import { votesResults } from './analysis/votesReport';
import type { Contribution } from './contribution';
import type { EarlierFinding } from './earlierFinding';
import {
  EXPERIENCE_RATINGS,
  EXPERIENCE_WHO,
  type Experience,
  type ExperienceRating,
  type ExperienceWho,
} from './experience';
import { LESSON_CATEGORIES, type Lesson, type LessonCategory } from './lesson';
import { type Attendance, type Meeting, WORK_FORMS, type WorkForm } from './meeting';
import type { Process } from './process';
import { countsAsResident, speakerOf } from './voices';
import type { PriorityResults, PriorityVote } from './votes';

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
  /** Dot votes with the agenda items they were cast on (issue 16: results fed back). */
  votes?: { votes: readonly PriorityVote[]; items: readonly AgendaItem[] };
  /** How people experienced taking part (kiosk "Hoe vond u dit?", the question at meeting close). */
  experiences?: readonly Experience[];
  /** Earlier findings (counted apart; never in reach). */
  findings?: readonly EarlierFinding[];
}

/** Experiences per who answered, per rating; counts under k hidden (with complements). */
export interface ExperienceRow {
  who: ExperienceWho;
  total: number | string;
  byRating: Record<ExperienceRating, number | string>;
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
  /** The newest agenda version that got dots, with its results (suppressed as on the priorities screen). */
  votes: { year: number; items: AgendaItem[]; r: PriorityResults } | null;
  /** One row per who answered (only those with answers). */
  experiences: ExperienceRow[];
  /** Contributions of partners and professionals and earlier findings: counted apart, not in reach. */
  voices: { partner: number; professional: number; earlier: number };
}

/**
 * The experience table with small-group suppression: per who, the total is the sum of the
 * ratings, so a hidden rating takes a second one with it (src/domain/analysis/suppress.ts).
 */
export function experienceRows(experiences: readonly Experience[], k: number): ExperienceRow[] {
  const counts = new Map<ExperienceWho, Record<ExperienceRating, number>>();
  for (const e of experiences) {
    let row = counts.get(e.who);
    if (!row) {
      row = Object.fromEntries(EXPERIENCE_RATINGS.map((r) => [r, 0])) as Record<ExperienceRating, number>;
      counts.set(e.who, row);
    }
    row[e.rating] += 1;
  }
  const cells = new Map<string, number>();
  const rules: SumRule[] = [];
  for (const [who, row] of counts) {
    cells.set(
      `${who}|total`,
      EXPERIENCE_RATINGS.reduce((n, r) => n + row[r], 0),
    );
    for (const r of EXPERIENCE_RATINGS) cells.set(`${who}|${r}`, row[r]);
    rules.push({ total: `${who}|total`, parts: EXPERIENCE_RATINGS.map((r) => `${who}|${r}`) });
  }
  const hidden = protect({ cells, rules }, k);
  const shown = (id: string) => shownCount(cells.get(id) ?? 0, k, hidden.get(id) ?? null);
  return EXPERIENCE_WHO.filter((w) => counts.has(w)).map((who) => ({
    who,
    total: shown(`${who}|total`),
    byRating: Object.fromEntries(EXPERIENCE_RATINGS.map((r) => [r, shown(`${who}|${r}`)])) as Record<
      ExperienceRating,
      number | string
    >,
  }));
}

export function evaluationFigures(input: EvaluationInput): EvaluationFigures {
  const { process } = input;
  const meetings = input.meetings.filter((m) => !m.deleted && m.processId === process.id);
  const held = meetings.filter((m) => m.status !== 'gepland');
  const heldIds = new Set(held.map((m) => m.id));
  const att = attendanceByMeeting({ meetings, contributions: [], attendance: input.attendance });
  const all = input.contributions.filter(
    (c) => !c.deleted && c.processId === process.id && heldIds.has(c.meetingId),
  );
  // Residents' figures count residents only; partners and professionals are reported apart.
  const contributions = all.filter(countsAsResident);
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
    votes: input.votes
      ? (votesResults(input.votes.votes, input.votes.items, meetings, process).at(-1) ?? null)
      : null,
    experiences: experienceRows(
      (input.experiences ?? []).filter(
        (e) => !e.deleted && e.processId === process.id && heldIds.has(e.meetingId),
      ),
      process.settings.minGroupSize,
    ),
    voices: {
      partner: all.filter((c) => speakerOf(c) === 'partner').length,
      professional: all.filter((c) => speakerOf(c) === 'professional').length,
      earlier: (input.findings ?? []).filter((f) => !f.deleted && f.processId === process.id).length,
    },
    agenda: { year, total: current.length, byStatus },
    feedback: {
      moments: fb.length,
      buurten: new Set(fb.map((f) => f.buurtId).filter(Boolean)).size,
      last: fb.reduce<string | null>((max, f) => (max === null || f.date > max ? f.date : max), null),
    },
    lessons: { total: lessons.length, byCategory, carryOver: lessons.filter((l) => l.carryOver) },
  };
}
