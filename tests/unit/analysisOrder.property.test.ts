import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalysisFilter } from '../../src/domain/analysis/filter';
import { computeOverview } from '../../src/domain/analysis/overview';
import { computeReach } from '../../src/domain/analysis/reach';
import type { Contribution } from '../../src/domain/contribution';
import { contributions, data, M1, M2, M3, PROCESS_ID, process, uuid } from './analysisFixture';

/**
 * The pictures are a function of the records, not of the order they are read in (the records come
 * from IndexedDB in key order, from a file in its order, from the aggregates in meeting order). CI
 * found one that was not: a kiosk respondent with answers in two meetings (an answer moved by an
 * edit) was counted in the meeting of whichever answer came first in the list.
 */
const MEETINGS = [M1.id, M2.id, M3.id];
const GROUPS = ['jong', 'oud', 'stil', 'zeg-ik-liever-niet'];
const FILTERS: AnalysisFilter[] = [
  {},
  { buurtIds: ['noord'] },
  { meetingIds: [M2.id, M3.id] },
  { from: '2026-03-10', to: '2026-04-30' },
  { groupIds: ['jong'] },
];

const answer = fc.record({
  respondent: fc.integer({ min: 0, max: 3 }),
  meeting: fc.integer({ min: 0, max: MEETINGS.length - 1 }),
  groups: fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 2 }),
  minute: fc.integer({ min: 0, max: 3 }),
});

const kioskAnswer = (
  a: typeof answer extends fc.Arbitrary<infer T> ? T : never,
  i: number,
): Contribution => ({
  id: uuid(5000 + i),
  createdAt: `2026-05-02T10:0${a.minute}:00.000Z`,
  updatedAt: '000001767261600000.0000.dev1',
  deviceId: 'dev1',
  rev: 1,
  deleted: false,
  processId: PROCESS_ID,
  meetingId: MEETINGS[a.meeting]!,
  kind: 'mening',
  text: `Antwoord ${i}`,
  themeIds: [],
  observedGroupIds: [],
  selfGroupIds: a.groups,
  source: 'kiosk',
  agreeCount: 0,
  themeAssessments: {},
  respondentId: uuid(7000 + a.respondent),
});

describe('the overview and the reach', () => {
  it('do not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: 1, maxLength: 10 }).chain((answers) => {
          const all = [...contributions, ...answers.map(kioskAnswer)];
          return fc.tuple(fc.constant(all), fc.shuffledSubarray(all, { minLength: all.length }));
        }),
        ([inOrder, shuffled]) => {
          for (const f of FILTERS) {
            expect(computeReach({ ...data, contributions: shuffled }, process, f)).toEqual(
              computeReach({ ...data, contributions: inOrder }, process, f),
            );
            expect(computeOverview({ ...data, contributions: shuffled }, process, f)).toEqual(
              computeOverview({ ...data, contributions: inOrder }, process, f),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
