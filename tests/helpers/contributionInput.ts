import type { ContributionInput } from '../../src/db/contributions';

/** A facilitator's idea under one theme: the plain contribution the write-path tests save. */
export const contributionInput = (
  processId: string,
  meetingId: string,
  text = 'Meer bankjes in het park',
): ContributionInput => ({
  processId,
  meetingId,
  kind: 'idee',
  text,
  themeIds: ['ontmoeten'],
  observedGroupIds: [],
  selfGroupIds: [],
  source: 'facilitator',
  agreeCount: 0,
  themeAssessments: {},
});
