/**
 * Hand-made records for the agenda, vote and feedback tests. Every expected number in
 * agenda.test.ts, votes.test.ts and feedback.test.ts is worked out by hand from this file.
 *
 *   buurten: noord, zuid, west, oost          today: 2026-07-15
 *   M1 noord 2026-03-02 afgesloten     M2 zuid 2026-04-20 afgesloten
 *   M3 noord 2026-09-10 gepland (future)   M4 west 2026-07-20 gepland (future)
 *   M5 oost  2026-04-20 gepland, but its day has passed (counts as held)
 *
 *   C1 M1 facilitator [ontmoeten]        observed [oud]  agree 4  "Er is geen plek om elkaar te ontmoeten in de buurt"
 *   C2 M1 kiosk R1    [ontmoeten, wonen] self [jong]              "Een ontmoetingsplek voor jongeren bij het buurthuis"
 *   C3 M1 kiosk R1    [jeugd]            self [jong]              "Meer sport voor kinderen"
 *   C4 M2 facilitator [wonen]            observed []              "Bankjes in het park zijn kapot"
 *   C5 M2 kiosk R2    [ontmoeten]        self []                  "Ontmoeten bij de bibliotheek"
 *   C6 M2 facilitator [ontmoeten]        deleted
 */
import type { AgendaItem } from '../../src/domain/agenda';
import type { Contribution } from '../../src/domain/contribution';
import type { Feedback } from '../../src/domain/feedback';
import type { Meeting } from '../../src/domain/meeting';
import type { PriorityVote } from '../../src/domain/votes';

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const meta = (n: number, createdAt = '2026-01-01T10:00:00.000Z') => ({
  id: uuid(n),
  createdAt,
  updatedAt: `001767261600000.0000.dev1`,
  deviceId: 'dev1',
  rev: 1,
  deleted: false,
});

export const PROCESS_ID = uuid(1);
export const TODAY = '2026-07-15';

const meeting = (n: number, buurtId: string, startsAt: string, status: Meeting['status']): Meeting => ({
  ...meta(n),
  processId: PROCESS_ID,
  buurtId,
  location: `Plek ${n}`,
  startsAt,
  workForm: 'tafelgesprek',
  workFormOther: '',
  facilitators: [],
  plannedGroupIds: [],
  status,
  notes: '',
});

export const M1 = meeting(11, 'noord', '2026-03-02T19:00:00', 'afgesloten');
export const M2 = meeting(12, 'zuid', '2026-04-20T19:00:00', 'afgesloten');
export const M3 = meeting(13, 'noord', '2026-09-10T19:00:00', 'gepland');
export const M4 = meeting(14, 'west', '2026-07-20T19:00:00', 'gepland');
export const M5 = meeting(15, 'oost', '2026-04-20T10:00:00', 'gepland');
export const meetings = [M1, M2, M3, M4, M5];
export const meetingsById = new Map(meetings.map((m) => [m.id, m]));
export const buurten = [{ id: 'noord' }, { id: 'zuid' }, { id: 'west' }, { id: 'oost' }];

const contribution = (
  n: number,
  m: Meeting,
  fields: Partial<Contribution> & Pick<Contribution, 'text' | 'source'>,
  createdAt: string,
): Contribution => ({
  ...meta(n, createdAt),
  processId: PROCESS_ID,
  meetingId: m.id,
  kind: 'idee',
  themeIds: [],
  observedGroupIds: [],
  selfGroupIds: [],
  agreeCount: 0,
  themeAssessments: {},
  ...fields,
});

export const R1 = uuid(901);
export const R2 = uuid(902);

export const C1 = contribution(
  21,
  M1,
  {
    source: 'facilitator',
    text: 'Er is geen plek om elkaar te ontmoeten in de buurt',
    themeIds: ['ontmoeten'],
    observedGroupIds: ['oud'],
    agreeCount: 4,
  },
  '2026-03-02T19:00:00.000Z',
);
export const C2 = contribution(
  22,
  M1,
  {
    source: 'kiosk',
    respondentId: R1,
    text: 'Een ontmoetingsplek voor jongeren bij het buurthuis',
    themeIds: ['ontmoeten', 'wonen'],
    selfGroupIds: ['jong'],
  },
  '2026-03-02T19:10:00.000Z',
);
export const C3 = contribution(
  23,
  M1,
  {
    source: 'kiosk',
    respondentId: R1,
    text: 'Meer sport voor kinderen',
    themeIds: ['jeugd'],
    selfGroupIds: ['jong'],
  },
  '2026-03-02T19:20:00.000Z',
);
export const C4 = contribution(
  24,
  M2,
  { source: 'facilitator', text: 'Bankjes in het park zijn kapot', themeIds: ['wonen'] },
  '2026-04-20T19:00:00.000Z',
);
export const C5 = contribution(
  25,
  M2,
  { source: 'kiosk', respondentId: R2, text: 'Ontmoeten bij de bibliotheek', themeIds: ['ontmoeten'] },
  '2026-04-20T19:10:00.000Z',
);
export const C6 = {
  ...contribution(
    26,
    M2,
    { source: 'facilitator', text: 'Verwijderd', themeIds: ['ontmoeten'] },
    '2026-04-20T19:20:00.000Z',
  ),
  deleted: true,
};
export const contributions = [C1, C2, C3, C4, C5, C6];
export const contributionsById = new Map(contributions.map((c) => [c.id, c]));
/** Linked to item A, but not on this device. */
export const MISSING_ID = uuid(999);

export const item = (n: number, fields: Partial<AgendaItem> & Pick<AgendaItem, 'title'>): AgendaItem => ({
  ...meta(n),
  processId: PROCESS_ID,
  agendaYear: 2026,
  position: 0,
  description: '',
  residentText: '',
  themeIds: [],
  buurtIds: [],
  years: { from: 2026, to: 2026 },
  status: 'voorgesteld',
  statusReason: '',
  responsible: '',
  linkedContributionIds: [],
  costNote: '',
  endorsements: [],
  ...fields,
});

/** A: area-wide, 2026–2029, linked to C1, C2, C5, the deleted C6 and one not on this device. */
export const A = item(31, {
  title: 'Ontmoetingsplek in elke buurt',
  description: 'Een plek waar buren elkaar ontmoeten.',
  themeIds: ['ontmoeten'],
  years: { from: 2026, to: 2029 },
  position: 0,
  linkedContributionIds: [C1.id, C2.id, C5.id, C6.id, MISSING_ID],
});
/** B: zuid only, done. */
export const B = item(32, {
  title: 'Bankjes in het park',
  description: 'Nieuwe bankjes.',
  themeIds: ['wonen'],
  buurtIds: ['zuid'],
  position: 1,
  status: 'gerealiseerd',
});
/** D: noord, not feasible (with the reason), runs until 2027. */
export const D = item(33, {
  title: 'Sportveld voor de jeugd',
  themeIds: ['jeugd'],
  buurtIds: ['noord'],
  position: 2,
  years: { from: 2026, to: 2027 },
  status: 'niet-haalbaar',
  statusReason: 'Er is geen grond beschikbaar.',
});
/** E: area-wide, chosen, only 2026. */
export const E = item(34, {
  title: 'Veilige oversteek',
  themeIds: ['veiligheid'],
  position: 3,
  status: 'gekozen',
});

export const feedbackRecord = (n: number, fields: Partial<Feedback> & Pick<Feedback, 'date'>): Feedback => ({
  ...meta(n),
  processId: PROCESS_ID,
  text: 'Wat we ermee deden',
  channel: 'verslag',
  ...fields,
});

export const vote = (
  n: number,
  m: Meeting,
  fields: Partial<PriorityVote> & Pick<PriorityVote, 'source' | 'allocations'>,
): PriorityVote => ({
  ...meta(n),
  processId: PROCESS_ID,
  meetingId: m.id,
  agendaYear: 2026,
  selfGroupIds: [],
  ...fields,
});
