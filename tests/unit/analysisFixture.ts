/**
 * A small hand-made data set for the aggregate tests. Every number the tests expect is worked out
 * by hand from this file (see the comments in aggregate.test.ts).
 *
 *   buurten: noord, zuid          groups: jong, oud, stil          k = 3, threshold = 0.5
 *   population shares:   jong  total 0.30  noord 0.20  zuid 0.40
 *                        oud   total 0.25  noord 0.50  zuid 0.10
 *                        stil  total 0.20  noord 0.10  zuid (none)
 *
 *   M1 noord tafelgesprek  2026-03-02 (ISO week 10)  attendance 10: jong 1, oud 6
 *   M2 noord straatgesprek 2026-03-12 (ISO week 11)  attendance  8: jong 5, oud 1
 *   M3 zuid  inloop        2026-04-20 (ISO week 17)  attendance 20: jong 3, oud 3 (a later second count of 99 is ignored)
 *   M4 zuid  tafelgesprek  deleted
 */
import type { Contribution, ContributionKind } from '../../src/domain/contribution';
import type { Attendance, Meeting, WorkForm } from '../../src/domain/meeting';
import type { Process } from '../../src/domain/process';

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const meta = (n: number, createdAt = '2026-01-01T10:00:00.000Z') => ({
  id: uuid(n),
  createdAt,
  updatedAt: `000001767261600000.0000.dev1`,
  deviceId: 'dev1',
  rev: 1,
  deleted: false,
});

export const PROCESS_ID = uuid(1);
const source = { label: 'test', example: true };

export const process: Process = {
  ...meta(1),
  name: 'Test',
  municipality: 'Testgemeente',
  area: 'Testgebied',
  phase: 'ontwerp',
  participationLevel: 'meepraten',
  participationText: 'U praat mee.',
  askedBy: 'De gemeente.',
  framing: '',
  questions: [{ id: 'vraag', text: 'Wat vindt u?' }],
  themes: [
    { id: 'ontmoeten', label: 'Ontmoeten', description: '', icon: 'people', example: false },
    { id: 'wonen', label: 'Wonen', description: '', icon: 'house', example: false },
    { id: 'jeugd', label: 'Jeugd', description: '', icon: 'child', example: false },
  ],
  buurten: [
    {
      id: 'noord',
      name: 'Noord',
      themeIds: ['ontmoeten'],
      profile: [{ label: 'Inwoners', value: '1.000', source: { label: 'CBS', year: 2025, example: false } }],
    },
    { id: 'zuid', name: 'Zuid', themeIds: [], profile: [] },
  ],
  targetGroups: [
    {
      id: 'jong',
      label: 'Jongeren',
      residentLabel: '',
      description: '',
      sensitive: false,
      share: { total: 0.3, byBuurt: { noord: 0.2, zuid: 0.4 } },
      source,
    },
    {
      id: 'oud',
      label: 'Ouderen',
      residentLabel: '',
      description: '',
      sensitive: false,
      share: { total: 0.25, byBuurt: { noord: 0.5, zuid: 0.1 } },
      source,
    },
    {
      id: 'stil',
      label: 'Stille groep',
      residentLabel: '',
      description: '',
      sensitive: true,
      share: { total: 0.2, byBuurt: { noord: 0.1 } },
      source,
    },
  ],
  connectedProcesses: [],
  translations: {},
  settings: {
    minGroupSize: 3,
    underRepresentationThreshold: 0.5,
    dotsPerResident: 3,
    feedbackIntervalMonths: 3,
    contactWeeksAfterFeedback: 4,
    contactMaxMonths: 12,
  },
};

const meeting = (
  n: number,
  buurtId: string,
  workForm: WorkForm,
  startsAt: string,
  deleted = false,
): Meeting => ({
  ...meta(n),
  deleted,
  processId: PROCESS_ID,
  buurtId,
  location: `Plek ${n}`,
  startsAt,
  workForm,
  workFormOther: '',
  facilitators: [],
  plannedGroupIds: [],
  status: 'afgesloten',
  notes: '',
});

export const M1 = meeting(11, 'noord', 'tafelgesprek', '2026-03-02T19:00');
export const M2 = meeting(12, 'noord', 'straatgesprek', '2026-03-12T14:00');
export const M3 = meeting(13, 'zuid', 'inloop', '2026-04-20T10:00');
export const M4 = meeting(14, 'zuid', 'tafelgesprek', '2026-04-21T10:00', true);

const attendance = (
  n: number,
  meetingId: string,
  total: number,
  byGroup: Record<string, number>,
  createdAt: string,
): Attendance => ({
  ...meta(n, createdAt),
  meetingId,
  total,
  byGroup,
});

let seq = 0;
const contribution = (
  n: number,
  m: Meeting | string,
  source: 'facilitator' | 'kiosk',
  kind: ContributionKind,
  themeIds: string[],
  groups: string[],
  extra: Partial<Contribution> = {},
): Contribution => {
  seq += 1;
  return {
    ...meta(n, `2026-05-01T10:${String(seq).padStart(2, '0')}:00.000Z`),
    processId: PROCESS_ID,
    meetingId: typeof m === 'string' ? m : m.id,
    kind,
    text: `Tekst ${n}`,
    themeIds,
    observedGroupIds: source === 'facilitator' ? groups : [],
    selfGroupIds: source === 'kiosk' ? groups : [],
    source,
    agreeCount: 0,
    themeAssessments: {},
    ...extra,
  };
};

const R = (n: number) => ({ respondentId: uuid(900 + n) });

// createdAt increases in the order written here (f1 oldest … x1 newest).
export const contributions: Contribution[] = [
  contribution(101, M1, 'facilitator', 'idee', ['ontmoeten'], ['oud']), // f1
  contribution(102, M1, 'facilitator', 'knelpunt', ['ontmoeten', 'wonen'], ['oud', 'jong'], {
    text: 'Meer bankjes; "graag" bij het plein',
  }), // f2
  contribution(103, M1, 'facilitator', 'mening', [], [], { text: '=1+1', agreeCount: 4 }), // f3
  contribution(104, M1, 'facilitator', 'idee', ['wonen'], ['oud'], { deleted: true }), // f4, deleted
  contribution(105, M2, 'facilitator', 'behoefte', ['jeugd'], ['jong']), // f5
  contribution(106, M2, 'facilitator', 'idee', ['jeugd', 'ontmoeten'], ['jong']), // f6
  contribution(107, M2, 'facilitator', 'idee', ['jeugd'], ['jong', 'jong']), // f7 (tag twice: counts once)
  contribution(108, M3, 'facilitator', 'ervaring', ['wonen'], ['oud']), // f8
  contribution(201, M1, 'kiosk', 'mening', ['ontmoeten'], ['oud'], R(1)), // k1, respondent R1
  contribution(202, M1, 'kiosk', 'idee', ['wonen'], ['oud'], R(1)), // k2, R1 again
  contribution(203, M1, 'kiosk', 'knelpunt', ['ontmoeten'], ['zeg-ik-liever-niet'], R(2)), // k3, R2
  contribution(204, M3, 'kiosk', 'behoefte', ['wonen'], ['jong'], R(3)), // k4, R3
  contribution(205, M3, 'kiosk', 'idee', ['jeugd'], ['jong', 'oud'], R(4)), // k5, R4
  contribution(206, M3, 'kiosk', 'mening', ['wonen'], [], R(5)), // k6, R5
  contribution(207, M3, 'kiosk', 'mening', ['ontmoeten'], ['jong']), // k7, no respondent id: its own respondent
  contribution(208, uuid(999), 'kiosk', 'idee', ['wonen'], ['jong']), // k8, unknown meeting: orphan
  contribution(109, M4, 'facilitator', 'idee', ['wonen'], ['oud']), // f9, deleted meeting: orphan
  contribution(301, M1, 'facilitator', 'idee', ['wonen'], ['oud'], { processId: uuid(2) }), // x1, other process
];

export const attendanceRows: Attendance[] = [
  attendance(51, M1.id, 10, { jong: 1, oud: 6 }, '2026-03-02T19:00:00.000Z'),
  attendance(52, M2.id, 8, { jong: 5, oud: 1 }, '2026-03-12T14:00:00.000Z'),
  attendance(53, M3.id, 20, { jong: 3, oud: 3 }, '2026-04-20T10:00:00.000Z'),
  attendance(54, M3.id, 99, { jong: 99 }, '2026-04-20T11:00:00.000Z'), // a later second count: ignored
];

export const data = { meetings: [M1, M2, M3, M4], contributions, attendance: attendanceRows };
