import { formatHlc } from './clock';
import { AGE_BANDS, type Contribution, type ContributionKind } from './contribution';
import { addDays, localDay } from './day';
import { EXAMPLE_PLACES, EXAMPLE_TEXTS } from './exampleTexts';
import type { Attendance, Meeting, WorkForm } from './meeting';
import { GROUP_NO_ANSWER, type Process } from './process';

/**
 * Example data ("voorbeeldgegevens") so a new user sees every coordinator screen with content:
 * meetings across the process's buurten, contributions from facilitators and kiosks, attendance
 * counts. Deterministic: the same process, seed and start day give the same records. Every meeting
 * is marked as example in its place and notes. The same generator, at scale, feeds the bench.
 */
export const EXAMPLE_MARK = 'Voorbeeld';
export const EXAMPLE_NOTES = 'Voorbeeldgegevens: automatisch gemaakt om Buurtstem te leren kennen.';

export interface ExampleOptions {
  seed?: number;
  meetings?: number;
  /** About how many contributions in all (default 300). */
  contributions?: number;
  /** Day of the first meeting ("2026-01-12"); meetings follow about weekly. */
  firstDay?: string;
  deviceId?: string;
}

export interface ExampleData {
  meetings: Meeting[];
  contributions: Contribution[];
  attendance: Attendance[];
}

/** Small, fast, seeded random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seededUuid(rand: () => number): string {
  let h = '';
  for (let i = 0; i < 4; i++)
    h += Math.floor(rand() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  const variant = '89ab'[Number.parseInt(h[16]!, 16) & 3];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

const PLAN: { workForm: WorkForm; people: [number, number]; kiosk: number }[] = [
  { workForm: 'tafelgesprek', people: [12, 25], kiosk: 0.35 },
  { workForm: 'inloop', people: [20, 45], kiosk: 0.6 },
  { workForm: 'straatgesprek', people: [15, 40], kiosk: 0 },
  { workForm: 'huisbezoek', people: [4, 8], kiosk: 0 },
  { workForm: 'stadsdeelbezoek', people: [25, 60], kiosk: 0.3 },
  { workForm: 'ontwerpsessie', people: [6, 12], kiosk: 0 },
];

/** How much better (>1) or worse (<1) than their population share a work form reaches a group. */
const REACH: Partial<Record<WorkForm, Record<string, number>>> = {
  tafelgesprek: {
    'ouderen-75': 1.6,
    mantelzorgers: 1.3,
    jongeren: 0.2,
    'studenten-internationals': 0.1,
    anderstaligen: 0.2,
    laaggeletterden: 0.4,
  },
  inloop: {
    migratieachtergrond: 1.1,
    'laag-inkomen': 1.1,
    'ouderen-75': 1.2,
    jongeren: 0.3,
    anderstaligen: 0.5,
  },
  straatgesprek: {
    jongeren: 1.6,
    'studenten-internationals': 1.1,
    migratieachtergrond: 1.2,
    anderstaligen: 0.9,
    'ouderen-75': 0.3,
  },
  huisbezoek: { 'ouderen-75': 2.2, beperking: 1.8, mantelzorgers: 1.6, laaggeletterden: 1.4, jongeren: 0.1 },
  ontwerpsessie: { jongeren: 0.2, anderstaligen: 0.1, laaggeletterden: 0.1, 'laag-inkomen': 0.3 },
};
const DEFAULT_REACH = 0.6;

export function generateExampleData(process: Process, options: ExampleOptions = {}): ExampleData {
  const rand = seededRandom(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const deviceId = options.deviceId ?? 'voorbeeld';
  const meetingCount = options.meetings ?? 10;
  const wanted = options.contributions ?? 300;
  const firstDay = options.firstDay ?? '2026-01-12';
  let counter = 0;
  const meta = (createdMs: number) => ({
    id: seededUuid(rand),
    createdAt: new Date(createdMs).toISOString(),
    updatedAt: formatHlc({ ms: createdMs, counter: counter++ % 1_000_000, deviceId }),
    deviceId,
    rev: 1,
    deleted: false,
  });
  const groupById = new Map(process.targetGroups.map((g) => [g.id, g]));
  const share = (groupId: string, buurtId: string) => {
    const g = groupById.get(groupId)!;
    return g.share.byBuurt[buurtId] ?? g.share.total ?? 0.1;
  };
  const reach = (wf: WorkForm, groupId: string) => REACH[wf]?.[groupId] ?? DEFAULT_REACH;

  const out: ExampleData = { meetings: [], contributions: [], attendance: [] };
  const plans = Array.from({ length: meetingCount }, (_, i) => PLAN[i % PLAN.length]!);
  const weights = plans.map((p) => (p.people[0] + p.people[1]) / 2);
  const weightSum = weights.reduce((a, b) => a + b, 0);

  plans.forEach((plan, i) => {
    const buurt = process.buurten[i % process.buurten.length]!;
    const day = addDays(firstDay, Math.floor((i * 70) / Math.max(1, meetingCount)) + between(0, 3));
    const time = pick(['10:00', '14:00', '19:30']);
    const startsAt = `${day}T${time}`;
    const startMs = Date.parse(`${startsAt}:00Z`) - 3_600_000; // as local time in Amsterdam (winter)
    const meeting: Meeting = {
      ...meta(startMs - 14 * 86_400_000),
      processId: process.id,
      buurtId: buurt.id,
      location: `${EXAMPLE_MARK} — ${pick(EXAMPLE_PLACES)} ${buurt.name}`,
      startsAt,
      workForm: plan.workForm,
      workFormOther: '',
      facilitators: ['buurtspecialist (voorbeeld)'],
      plannedGroupIds: [],
      status: 'afgesloten',
      startedAt: new Date(startMs).toISOString(),
      closedAt: new Date(startMs + 2 * 3_600_000).toISOString(),
      notes: EXAMPLE_NOTES,
    };
    out.meetings.push(meeting);

    // Who was in the room: per group about total × population share × how well this work form reaches it.
    const total = between(plan.people[0], plan.people[1]);
    const byGroup: Record<string, number> = {};
    for (const g of process.targetGroups) {
      const n = Math.round(total * share(g.id, buurt.id) * reach(plan.workForm, g.id) * (0.7 + rand() * 0.6));
      byGroup[g.id] = Math.min(total, n);
    }
    out.attendance.push({ ...meta(startMs + 90 * 60_000), meetingId: meeting.id, total, byGroup });

    // Contributions: facilitator notes and kiosk answers, themes leaning to the buurt's profile.
    const n = Math.max(1, Math.round((wanted * weights[i]!) / weightSum));
    const themeBag = [
      ...process.themes.map((t) => t.id),
      ...buurt.themeIds,
      ...buurt.themeIds,
      ...buurt.themeIds,
    ];
    const groupsFor = (factor: number) =>
      process.targetGroups
        .filter((g) => rand() < share(g.id, buurt.id) * reach(plan.workForm, g.id) * factor)
        .map((g) => g.id);
    let respondent: { id: string; groups: string[]; left: number; ageBand: Contribution['ageBand'] } | null =
      null;
    for (let j = 0; j < n; j++) {
      const kiosk = rand() < plan.kiosk;
      const themeId = pick(themeBag);
      const texts = EXAMPLE_TEXTS[themeId];
      const label = process.themes.find((t) => t.id === themeId)?.label ?? themeId;
      const [kind, text]: [ContributionKind, string] = texts
        ? pick(texts)
        : ['behoefte', `Meer aandacht voor ${label.toLowerCase()} in de buurt.`];
      const themeIds = rand() < 0.2 ? [...new Set([themeId, pick(themeBag)])] : [themeId];
      const createdMs = startMs + 10 * 60_000 + j * 20_000;
      if (kiosk) {
        if (!respondent || respondent.left === 0) {
          const noAnswer = rand() < 0.08;
          respondent = {
            id: seededUuid(rand),
            groups: noAnswer ? [GROUP_NO_ANSWER] : groupsFor(1),
            left: between(1, 3),
            ageBand: rand() < 0.1 ? 'zeg-ik-liever-niet' : pick(AGE_BANDS.slice(1)),
          };
        }
        respondent.left -= 1;
        out.contributions.push({
          ...meta(createdMs),
          processId: process.id,
          meetingId: meeting.id,
          kind,
          text,
          themeIds,
          observedGroupIds: [],
          selfGroupIds: respondent.groups,
          source: 'kiosk',
          agreeCount: 0,
          respondentId: respondent.id,
          residentBuurtId: buurt.id,
          ageBand: respondent.ageBand,
          themeAssessments: {},
        });
      } else {
        out.contributions.push({
          ...meta(createdMs),
          processId: process.id,
          meetingId: meeting.id,
          kind,
          text,
          themeIds,
          observedGroupIds: groupsFor(0.8),
          selfGroupIds: [],
          source: 'facilitator',
          agreeCount: rand() < 0.5 ? 0 : between(1, 8),
          themeAssessments: {},
        });
      }
    }
  });
  return out;
}

/** Today minus `days`, as a calendar day: where the example's first meeting goes. */
export function exampleFirstDay(now: Date, days = 75): string {
  return localDay(new Date(now.getTime() - days * 86_400_000));
}
