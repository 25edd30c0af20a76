import { describe, expect, it } from 'vitest';
import {
  emptyAnswers,
  hasContent,
  moreSteps,
  nextStep,
  previousStep,
  progressSteps,
} from '../../src/domain/kiosk';
import { answersToVote, voteGroupsOf } from '../../src/domain/kioskVote';
import { priorityVoteSchema } from '../../src/domain/votes';
import { meta, uuid } from './agendaFixture';

const I1 = uuid(101);
const I2 = uuid(102);
const ctx = {
  processId: uuid(1),
  meetingId: uuid(11),
  respondentId: uuid(900),
  agendaYear: 2026,
  itemIds: [I1, I2],
  budget: 3,
};

describe('the priorities step in the kiosk flow', () => {
  it('is only in the flow when an agenda is offered, first of the extra questions and before about you', () => {
    const a = emptyAnswers();
    expect(moreSteps(a)).not.toContain('priorities');
    expect(progressSteps('buurt', a, true)).toEqual(['priorities', 'buurt', 'age', 'groups', 'contact']);
    expect(nextStep('thanks', a, true)).toBe('priorities');
    expect(nextStep('thanks', a)).toBe('buurt');
    expect(previousStep('buurt', a, true)).toBe('priorities');
  });

  it('dots alone are enough to send', () => {
    expect(hasContent(emptyAnswers())).toBe(false);
    expect(hasContent({ ...emptyAnswers(), dots: { [I1]: 0 } })).toBe(false);
    expect(hasContent({ ...emptyAnswers(), dots: { [I1]: 1 } })).toBe(true);
  });
});

describe('kiosk answers to a vote', () => {
  it('takes the dots and the self-stated about-you answers', () => {
    const v = answersToVote(
      { dots: { [I1]: 2, [I2]: 1 }, groups: ['jongeren'], buurt: 'heugem', ageBand: '18-24' },
      ctx,
    );
    expect(v).toEqual({
      processId: ctx.processId,
      meetingId: ctx.meetingId,
      agendaYear: 2026,
      source: 'kiosk',
      respondentId: ctx.respondentId,
      allocations: { [I1]: 2, [I2]: 1 },
      selfGroupIds: ['jongeren'],
      residentBuurtId: 'heugem',
      ageBand: '18-24',
    });
    expect(priorityVoteSchema.safeParse({ ...meta(5), ...v }).success).toBe(true);
  });

  it('names skipped, "zeg ik liever niet" and "none of these" groups apart', () => {
    expect(voteGroupsOf({})).toEqual(['onbekend']);
    expect(voteGroupsOf({ groups: 'zeg-ik-liever-niet' })).toEqual(['zeg-ik-liever-niet']);
    expect(voteGroupsOf({ groups: 'geen' })).toEqual(['geen']);
    expect(voteGroupsOf({ groups: ['a', 'a', 'b'] })).toEqual(['a', 'b']);
  });

  it('stores nothing without dots, drops items no longer offered, and never more than the budget', () => {
    expect(answersToVote({ dots: {} }, ctx)).toBeNull();
    expect(answersToVote({ dots: { [I1]: 0 } }, ctx)).toBeNull();
    expect(answersToVote({ dots: { [I1]: 1, [uuid(199)]: 2 } }, ctx)?.allocations).toEqual({ [I1]: 1 });
    expect(answersToVote({ dots: { [I1]: 3, [I2]: 1 } }, ctx)).toBeNull();
  });
});
