import { describe, expect, it } from 'vitest';
import {
  addDot,
  cell,
  channelSplitHidden,
  checkBallot,
  compact,
  peopleShown,
  priorityVoteSchema,
  removeDot,
  tallyVotes,
} from '../../src/domain/votes';
import { M1, M2, M4, meetingsById, uuid, vote } from './agendaFixture';

const I1 = uuid(101);
const I2 = uuid(102);
const I3 = uuid(103);
const IX = uuid(199); // an item of another version

describe('one resident’s dots', () => {
  it('adds dots up to the budget, more than one on one item allowed', () => {
    let a = addDot({}, I1, 3);
    a = addDot(a, I1, 3);
    expect(a).toEqual({ [I1]: 2 });
    a = addDot(a, I2, 3);
    expect(a).toEqual({ [I1]: 2, [I2]: 1 });
    expect(addDot(a, I3, 3)).toEqual(a); // budget used up
  });

  it('removes dots, never below zero', () => {
    const a = { [I1]: 2, [I2]: 1 };
    expect(removeDot(a, I1)).toEqual({ [I1]: 1, [I2]: 1 });
    expect(removeDot(a, I2)).toEqual({ [I1]: 2 });
    expect(removeDot(a, I3)).toEqual(a);
    expect(compact({ [I1]: 0, [I2]: 2 })).toEqual({ [I2]: 2 });
  });

  it('checks a ballot against the budget and the items on offer', () => {
    const items = [I1, I2];
    expect(checkBallot({ [I1]: 2, [I2]: 1 }, 3, items)).toEqual({
      ok: true,
      used: 3,
      remaining: 0,
      problems: [],
    });
    expect(checkBallot({ [I1]: 1 }, 3, items)).toEqual({ ok: true, used: 1, remaining: 2, problems: [] });
    expect(checkBallot({}, 3, items).problems).toEqual(['empty']);
    expect(checkBallot({ [I1]: 4 }, 3, items).problems).toEqual(['over-budget']);
    expect(checkBallot({ [I3]: 1 }, 3, items).problems).toEqual(['unknown-item']);
    expect(checkBallot({ [I1]: 1.5 }, 3, items).problems).toEqual(['not-whole']);
  });
});

describe('vote schema', () => {
  it('needs a respondent for a kiosk vote and keeps paper votes anonymous', () => {
    const k = vote(1, M1, { source: 'kiosk', respondentId: uuid(900), allocations: { [I1]: 3 } });
    expect(priorityVoteSchema.safeParse(k).success).toBe(true);
    expect(priorityVoteSchema.safeParse({ ...k, respondentId: undefined }).success).toBe(false);
    const p = vote(2, M1, { source: 'paper', allocations: { [I1]: 40 }, participants: 15 });
    expect(priorityVoteSchema.safeParse(p).success).toBe(true);
    const named = priorityVoteSchema.safeParse({ ...p, selfGroupIds: ['jong'] });
    expect(named.error?.issues[0]?.path).toEqual(['source']);
    expect(priorityVoteSchema.safeParse({ ...k, participants: 3 }).success).toBe(false);
  });

  it('refuses negative, broken and absurd allocations', () => {
    const k = vote(1, M1, { source: 'kiosk', respondentId: uuid(900), allocations: {} });
    expect(priorityVoteSchema.safeParse({ ...k, allocations: { [I1]: -1 } }).success).toBe(false);
    expect(priorityVoteSchema.safeParse({ ...k, allocations: { [I1]: 1.5 } }).success).toBe(false);
    expect(priorityVoteSchema.safeParse({ ...k, allocations: { 'geen-id': 1 } }).success).toBe(false);
    expect(priorityVoteSchema.safeParse({ ...k, allocations: { [I1]: 21 } }).success).toBe(false);
  });
});

describe('totals', () => {
  /*
   * K1 kiosk M1(noord) R1 [jong]      I1:2 I2:1
   * K2 kiosk M1(noord) R2 [jong, oud] I1:3
   * K3 kiosk M2(zuid)  R3 []          I2:1 I3:1
   * K4 kiosk M2(zuid)  R4 [jong]      I1:4            -> over the budget of 3: refused
   * K5 kiosk M1        deleted        I3:3            -> not counted
   * P1 paper M1(noord) 4 people       I1:5 I3:6 IX:2  -> IX is not in this version: 2 ignored
   * P2 paper M2(zuid)  not counted    I2:4 I3:3       -> 7 dots / 3 = 3 people (estimated)
   * P3 paper M2(zuid)  2 people       I2:1            -> M2 has two paper records
   *
   * I1 = 2+3+5 = 10 (kiosk 5, paper 5); I2 = 1+1+4+1 = 7 (kiosk 2, paper 5); I3 = 1+6+3 = 10 (kiosk 1, paper 9)
   */
  const votes = [
    vote(1, M1, {
      source: 'kiosk',
      respondentId: uuid(901),
      selfGroupIds: ['jong'],
      allocations: { [I1]: 2, [I2]: 1 },
    }),
    vote(2, M1, {
      source: 'kiosk',
      respondentId: uuid(902),
      selfGroupIds: ['jong', 'oud'],
      allocations: { [I1]: 3 },
    }),
    vote(3, M2, { source: 'kiosk', respondentId: uuid(903), allocations: { [I2]: 1, [I3]: 1 } }),
    vote(4, M2, {
      source: 'kiosk',
      respondentId: uuid(904),
      selfGroupIds: ['jong'],
      allocations: { [I1]: 4 },
    }),
    { ...vote(5, M1, { source: 'kiosk', respondentId: uuid(905), allocations: { [I3]: 3 } }), deleted: true },
    vote(6, M1, { source: 'paper', participants: 4, allocations: { [I1]: 5, [I3]: 6, [IX]: 2 } }),
    vote(7, M2, { source: 'paper', allocations: { [I2]: 4, [I3]: 3 } }),
    vote(8, M2, { source: 'paper', participants: 2, allocations: { [I2]: 1 } }),
  ];
  const ctx = { itemIds: [I1, I2, I3], meetingsById, k: 2, budget: 3 };
  const r = tallyVotes(votes, ctx, { buurtOrder: ['noord', 'zuid'], groupOrder: ['jong', 'oud'] });

  it('adds up per item, most dots first (ties in agenda order)', () => {
    expect(r.items).toEqual([
      { itemId: I1, total: 10, kiosk: 5, paper: 5 },
      { itemId: I3, total: 10, kiosk: 1, paper: 9 },
      { itemId: I2, total: 7, kiosk: 2, paper: 5 },
    ]);
    expect(r.totalDots).toBe(27);
  });

  it('counts people, refused ballots, ignored dots and doubled paper sheets', () => {
    expect(r.kioskResidents).toBe(3);
    expect(r.paperPeople).toBe(4 + 3 + 2);
    expect(r.paperEstimated).toBe(1);
    expect(r.refused).toBe(1);
    expect(r.ignoredDots).toBe(2);
    expect(r.doublePaperMeetings).toEqual([M2.id]);
  });

  it('breaks down by buurt of the meeting', () => {
    // noord: K1 + K2 + P1(4) = 6 people; zuid: K3 + P2(3) + P3(2) = 6 people.
    expect(r.byBuurt.columns).toEqual([
      { id: 'noord', people: 6, suppressed: false },
      { id: 'zuid', people: 6, suppressed: false },
    ]);
    expect(r.byBuurt.dots).toEqual({
      [I1]: { noord: 10 },
      [I2]: { noord: 1, zuid: 6 },
      [I3]: { noord: 6, zuid: 4 },
    });
  });

  it('breaks down by self-stated group (kiosk only) and hides groups smaller than k', () => {
    // jong: K1, K2 (2 people, k = 2: shown). oud: K2 (1: "<2"). onbekend: K3 (1: "<2").
    expect(r.byGroup.columns).toEqual([
      { id: 'jong', people: 2, suppressed: false },
      { id: 'oud', people: 1, suppressed: true },
      { id: 'onbekend', people: 1, suppressed: true },
    ]);
    expect(cell(r.byGroup, I1, 'jong', 2)).toBe(5);
    expect(cell(r.byGroup, I2, 'jong', 2)).toBe(1);
    expect(cell(r.byGroup, I3, 'jong', 2)).toBe(0);
    expect(cell(r.byGroup, I1, 'oud', 2)).toBe('<2');
    expect(cell(r.byGroup, I3, 'onbekend', 2)).toBe('<2');
    expect(peopleShown(r.byGroup.columns[1]!, 2)).toBe('<2');
  });

  it('breaks down by channel, and suppresses a channel of fewer than k people', () => {
    expect(r.byChannel.columns).toEqual([
      { id: 'kiosk', people: 3, suppressed: false },
      { id: 'paper', people: 9, suppressed: false },
    ]);
    expect([I1, I2, I3].map((i) => cell(r.byChannel, i, 'kiosk', 2))).toEqual([5, 2, 1]);
    expect([I1, I2, I3].map((i) => cell(r.byChannel, i, 'paper', 2))).toEqual([5, 5, 9]);
    const k5 = tallyVotes(votes, { ...ctx, k: 5 });
    expect(cell(k5.byChannel, I1, 'kiosk', 5)).toBe('<5');
    // Paper is hidden too: total minus paper would give the kiosk's dots.
    expect(cell(k5.byChannel, I1, 'paper', 5)).toBe('x');
    expect(k5.byChannel.columns).toEqual([
      { id: 'kiosk', people: 3, suppressed: true },
      { id: 'paper', people: 9, suppressed: false, complement: true },
    ]);
    expect(channelSplitHidden(k5)).toBe(true);
    expect(channelSplitHidden(r)).toBe(false);
    // The totals themselves are the result and are never hidden.
    expect(k5.items[0]).toEqual({ itemId: I1, total: 10, kiosk: 5, paper: 5 });
    expect(k5.byGroup.columns.every((c) => c.suppressed)).toBe(true);
  });

  it('hides the next smallest buurt when only one buurt is below k, never a self-stated group', () => {
    // noord 10 people, zuid 6, west 2 (k = 5): west "<5", zuid "x" (else noord + zuid + west = total).
    const list = [
      vote(21, M1, { source: 'paper', participants: 10, allocations: { [I1]: 20 } }),
      vote(22, M2, { source: 'paper', participants: 6, allocations: { [I1]: 12 } }),
      vote(23, M4, {
        source: 'kiosk',
        respondentId: uuid(921),
        selfGroupIds: ['jong'],
        allocations: { [I1]: 3 },
      }),
      vote(24, M4, {
        source: 'kiosk',
        respondentId: uuid(922),
        selfGroupIds: ['oud'],
        allocations: { [I2]: 3 },
      }),
    ];
    const t = tallyVotes(list, { ...ctx, k: 5 }, { buurtOrder: ['noord', 'zuid', 'west'] });
    expect([I1, I2].map((i) => ['noord', 'zuid', 'west'].map((b) => cell(t.byBuurt, i, b, 5)))).toEqual([
      [20, 'x', '<5'],
      [0, 'x', '<5'],
    ]);
    expect(t.byGroup.columns.every((c) => c.suppressed && !c.complement)).toBe(true);
  });

  it('gives zeros for items without votes', () => {
    const none = tallyVotes([], ctx);
    expect(none.items.map((i) => i.total)).toEqual([0, 0, 0]);
    expect(none.byBuurt.columns).toEqual([]);
  });
});
