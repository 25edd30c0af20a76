import { describe, expect, it } from 'vitest';
import { computeReach } from '../../src/domain/analysis/reach';
import type { Contribution } from '../../src/domain/contribution';
import {
  type BudgetLine,
  budgetTotals,
  coverage,
  keyFigureSchema,
  parseEstimate,
} from '../../src/domain/design';
import { evaluationFigures } from '../../src/domain/evaluation';
import type { Lesson } from '../../src/domain/lesson';
import type { Attendance, Meeting } from '../../src/domain/meeting';
import { planVersusReach } from '../../src/domain/planReach';
import type { Process } from '../../src/domain/process';

/**
 * Hand-worked fixture. Smallest group shown k = 2, under-represented below index 0.6.
 * Held: m1 (buurt a, tafelgesprek, 10 people: 1 jongere, 4 ouderen), m2 (buurt b, inloop,
 * 10 people: 3 jongeren, 2 ouderen). Planned: m3 (anderstaligen), m4 (nobody in particular).
 * Facilitator contributions in m1: c1 [ouderen], c2 [ouderen, jongeren], c3 []. Kiosk in m2:
 * respondent r1 (jongeren, two answers), r2 ("zeg ik liever niet"), one deleted contribution.
 */
let n = 0;
const meta = (id?: string) => ({
  id: id ?? `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  createdAt: `2026-03-0${(n % 9) + 1}T10:00:00.000Z`,
  updatedAt: '000000000000001.0000.dev',
  deviceId: 'dev',
  rev: 1,
  deleted: false,
});
const P = '10000000-0000-4000-8000-000000000001';
const group = (id: string, total?: number) => ({
  id,
  label: id,
  residentLabel: '',
  description: '',
  sensitive: false,
  share: { ...(total === undefined ? {} : { total }), byBuurt: {} },
  source: { label: 'test', example: true },
});
const process: Process = {
  ...meta(P),
  name: 'Test',
  municipality: 'Gemeente',
  area: 'Zuid',
  phase: 'uitvoering',
  participationLevel: 'meepraten',
  participationText: 'U praat mee.',
  askedBy: 'De gemeente.',
  framing: '',
  questions: [{ id: 'q', text: 'Vraag?' }],
  themes: [{ id: 'ontmoeten', label: 'Ontmoeten', description: '', icon: 'people', example: false }],
  buurten: [
    { id: 'a', name: 'A', themeIds: [], profile: [] },
    { id: 'b', name: 'B', themeIds: [], profile: [] },
  ],
  targetGroups: [
    group('jongeren', 0.2),
    group('ouderen', 0.1),
    group('anderstaligen', 0.1),
    group('studenten'),
    group('mantelzorgers', 0.15),
    group('laag-inkomen', 0.14),
  ],
  connectedProcesses: [],
  translations: {},
  settings: {
    minGroupSize: 2,
    underRepresentationThreshold: 0.6,
    dotsPerResident: 3,
    feedbackIntervalMonths: 3,
    contactWeeksAfterFeedback: 4,
    contactMaxMonths: 12,
  },
};
const meeting = (
  id: string,
  buurtId: string,
  workForm: Meeting['workForm'],
  status: Meeting['status'],
  groups: string[],
): Meeting => ({
  ...meta(id),
  processId: P,
  buurtId,
  location: 'Buurthuis',
  startsAt: '2026-03-05T19:00:00',
  workForm,
  workFormOther: '',
  facilitators: [],
  plannedGroupIds: groups,
  status,
  notes: '',
});
const M1 = '20000000-0000-4000-8000-000000000001';
const M2 = '20000000-0000-4000-8000-000000000002';
const meetings = [
  meeting(M1, 'a', 'tafelgesprek', 'afgesloten', ['jongeren', 'ouderen']),
  meeting(M2, 'b', 'inloop', 'afgesloten', ['jongeren', 'mantelzorgers']),
  meeting('20000000-0000-4000-8000-000000000003', 'a', 'huisbezoek', 'gepland', ['anderstaligen']),
  meeting('20000000-0000-4000-8000-000000000004', 'b', 'straatgesprek', 'gepland', []),
];
const attendance: Attendance[] = [
  { ...meta(), meetingId: M1, total: 10, byGroup: { jongeren: 1, ouderen: 4 } },
  { ...meta(), meetingId: M2, total: 10, byGroup: { jongeren: 3, ouderen: 2 } },
];
const contribution = (meetingId: string, c: Partial<Contribution>): Contribution => ({
  ...meta(),
  processId: P,
  meetingId,
  kind: 'mening',
  text: 'tekst',
  themeIds: [],
  observedGroupIds: [],
  selfGroupIds: [],
  source: 'facilitator',
  agreeCount: 0,
  themeAssessments: {},
  ...c,
});
const R1 = '30000000-0000-4000-8000-000000000001';
const R2 = '30000000-0000-4000-8000-000000000002';
const contributions = [
  contribution(M1, { observedGroupIds: ['ouderen'] }),
  contribution(M1, { observedGroupIds: ['ouderen', 'jongeren'] }),
  contribution(M1, {}),
  contribution(M2, { source: 'kiosk', respondentId: R1, selfGroupIds: ['jongeren'] }),
  contribution(M2, { source: 'kiosk', respondentId: R1, selfGroupIds: ['jongeren'] }),
  contribution(M2, { source: 'kiosk', respondentId: R2, selfGroupIds: ['zeg-ik-liever-niet'] }),
  { ...contribution(M2, { source: 'kiosk', respondentId: R2 }), deleted: true },
];
const later = { studenten: 'in het najaar, via de universiteit' };

describe('coverage of the target groups by planned meetings', () => {
  it('names the groups without a meeting that are not marked later', () => {
    expect(coverage(process, meetings, later)).toEqual({
      planned: ['jongeren', 'ouderen', 'anderstaligen', 'mantelzorgers'],
      later: ['studenten'],
      missing: ['laag-inkomen'],
    });
  });
});

describe('plan against reach', () => {
  const reach = computeReach({ meetings, contributions, attendance }, process);
  const rows = planVersusReach(process, meetings, later, reach);
  const row = (id: string) => rows.find((r) => r.groupId === id)!;

  it('counts the meetings meant for each group', () => {
    expect(rows.map((r) => [r.groupId, r.planned, r.held, r.ahead])).toEqual([
      ['jongeren', 2, 2, 0],
      ['ouderen', 1, 1, 0],
      ['anderstaligen', 1, 0, 1],
      ['studenten', 0, 0, 0],
      ['mantelzorgers', 1, 1, 0],
      ['laag-inkomen', 0, 0, 0],
    ]);
    expect(row('studenten')).toMatchObject({
      later: true,
      laterReason: 'in het najaar, via de universiteit',
    });
  });

  it('sets the reach so far next to the plan (hand-worked)', () => {
    // Attendance: 4 of 20 jongeren = 0.2 against 0.2 in the population: index 1.
    expect(row('jongeren').reach!.attendance).toMatchObject({
      count: 4,
      base: 20,
      share: 0.2,
      index: 1,
      status: 'ok',
    });
    // Ouderen: 6 of 20 = 0.3 against 0.1: index 3.
    expect(row('ouderen').reach!.attendance.index).toBeCloseTo(3);
    // Observed: 2 of the 3 facilitator contributions mention ouderen.
    expect(row('ouderen').reach!.observed).toMatchObject({ count: 2, base: 3, status: 'ok' });
    // Jongeren observed once: below k = 2, hidden; at most 1/3 / 0.2 = 1.67 ≥ 0.6 so "unknown".
    expect(row('jongeren').reach!.observed).toMatchObject({
      count: 1,
      suppressed: true,
      index: null,
      status: 'unknown',
    });
    // Self-stated: 1 of 2 respondents; hidden, at most 1/2 / 0.2 = 2.5: unknown.
    expect(row('jongeren').reach!.self).toMatchObject({
      count: 1,
      base: 2,
      suppressed: true,
      status: 'unknown',
    });
    // Mantelzorgers: nobody in 20 people, shown as 0 (a zero singles nobody out): under.
    expect(row('mantelzorgers').reach!.attendance).toMatchObject({
      count: 0,
      suppressed: false,
      status: 'under',
    });
  });

  it('gives each group a verdict', () => {
    expect(Object.fromEntries(rows.map((r) => [r.groupId, r.verdict]))).toEqual({
      jongeren: 'op-koers',
      // Ouderen: attendance index 3, but neither of the 2 kiosk respondents said they are one: a
      // known 0 (no longer hidden as "<k"), so under-represented in the self-stated measure.
      ouderen: 'ondervertegenwoordigd',
      anderstaligen: 'nog-niet-bereikt',
      studenten: 'later',
      mantelzorgers: 'ondervertegenwoordigd',
      'laag-inkomen': 'niet-gepland',
    });
  });

  it('without reach figures, planned groups are "not reached yet"', () => {
    expect(planVersusReach(process, meetings, later, undefined).map((r) => r.verdict)).toEqual([
      'nog-niet-bereikt',
      'nog-niet-bereikt',
      'nog-niet-bereikt',
      'later',
      'nog-niet-bereikt',
      'niet-gepland',
    ]);
  });
});

describe('evaluation figures (hand-worked)', () => {
  const lesson = (category: Lesson['category'], carryOver: boolean, deleted = false): Lesson => ({
    ...meta(),
    deleted,
    processId: P,
    category,
    text: `les ${category}`,
    doDifferently: '',
    carryOver,
  });
  const f = evaluationFigures({
    process,
    meetings,
    contributions,
    attendance,
    lessons: [
      lesson('bereik', true),
      lesson('locatie', false),
      lesson('bereik', false),
      lesson('tijdstip', true, true),
    ],
    agendaItems: [
      { processId: P, deleted: false, status: 'voorgesteld', agendaYear: 2026 },
      { processId: P, deleted: false, status: 'voorgesteld', agendaYear: 2026 },
      { processId: P, deleted: false, status: 'gekozen', agendaYear: 2026 },
      { processId: P, deleted: false, status: 'gekozen', agendaYear: 2027 },
      { processId: P, deleted: false, status: 'in-uitvoering', agendaYear: 2027 },
      { processId: P, deleted: true, status: 'gekozen', agendaYear: 2027 },
    ],
    feedback: [
      { processId: P, deleted: false, date: '2026-03-01', buurtId: 'a' },
      { processId: P, deleted: false, date: '2026-05-10', buurtId: 'a' },
      { processId: P, deleted: false, date: '2026-04-01' },
    ],
  });

  it('counts meetings, people, contributions and respondents', () => {
    expect([f.held, f.planned, f.people, f.contributions, f.respondents]).toEqual([2, 2, 20, 6, 2]);
  });

  it('per work form and per buurt', () => {
    expect(f.byWorkForm).toEqual([
      { key: 'tafelgesprek', meetings: 1, people: 10, contributions: 3 },
      { key: 'inloop', meetings: 1, people: 10, contributions: 3 },
    ]);
    expect(f.byBuurt).toEqual([
      { key: 'a', meetings: 1, people: 10, contributions: 3 },
      { key: 'b', meetings: 1, people: 10, contributions: 3 },
    ]);
  });

  it('reach against the population with suppression, from the coordinator picture', () => {
    const jongeren = f.reach.area.groups.find((g) => g.groupId === 'jongeren')!;
    expect(jongeren.attendance).toMatchObject({ count: 4, index: 1, status: 'ok' });
    const anderstaligen = f.reach.area.groups.find((g) => g.groupId === 'anderstaligen')!;
    // 0 of 20: under, and the zero is shown (it singles nobody out).
    expect(anderstaligen.attendance).toMatchObject({ count: 0, suppressed: false, status: 'under' });
    expect(f.reach.area.selfNoAnswer).toBe(1);
  });

  it('the agenda of the newest year, feedback and lessons', () => {
    expect(f.agenda).toEqual({ year: 2027, total: 2, byStatus: { gekozen: 1, 'in-uitvoering': 1 } });
    expect(f.feedback).toEqual({ moments: 3, buurten: 1, last: '2026-05-10' });
    expect(f.lessons.total).toBe(3);
    expect(f.lessons.byCategory).toMatchObject({ bereik: 2, locatie: 1, tijdstip: 0 });
    expect(f.lessons.carryOver.map((l) => l.category)).toEqual(['bereik']);
  });
});

describe('budget and key figures', () => {
  it('adds up the known amounts and counts PM lines', () => {
    const line = (estimate: BudgetLine['estimate'], status: BudgetLine['status']): BudgetLine => ({
      ...meta(),
      processId: P,
      label: 'x',
      estimate,
      status,
      note: '',
    });
    expect(budgetTotals([line(1500, 'raming'), line('PM', 'raming'), line(250.5, 'toegezegd')])).toEqual({
      known: 1750.5,
      pm: 1,
      byStatus: { raming: 1500, aangevraagd: 0, toegezegd: 250.5, besteed: 0 },
    });
  });

  it('reads amounts the Dutch way, and PM', () => {
    expect(parseEstimate('1.250')).toBe(1250);
    expect(parseEstimate('€ 1.250,50')).toBe(1250.5);
    expect(parseEstimate('pm')).toBe('PM');
    expect(parseEstimate('veel')).toBeNull();
  });

  it('keeps work contact details only with a note why', () => {
    const base = { ...meta(), processId: P, role: 'buurtspecialist', organisation: 'Trajekt' };
    expect(keyFigureSchema.safeParse(base).success).toBe(true);
    const r = keyFigureSchema.safeParse({ ...base, workEmail: 'a.b@trajekt.nl' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['contactNote'] });
    expect(
      keyFigureSchema.safeParse({ ...base, workEmail: 'a.b@trajekt.nl', contactNote: 'afspraken plannen' })
        .success,
    ).toBe(true);
    expect(keyFigureSchema.safeParse({ ...base, workEmail: 'geen-mail' }).success).toBe(false);
  });
});
