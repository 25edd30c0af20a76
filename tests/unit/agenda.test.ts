import { describe, expect, it } from 'vitest';
import {
  agendaItemSchema,
  agendaYears,
  carryOver,
  filterContributions,
  itemsOfYear,
  keywords,
  latestYear,
  lineage,
  linkedSet,
  linkIds,
  shownGroupCounts,
  suggestContributions,
  supportOf,
  unlinkIds,
  votableItems,
} from '../../src/domain/agenda';
import {
  A,
  B,
  C1,
  C2,
  C3,
  C4,
  C5,
  contributions,
  contributionsById,
  D,
  E,
  item,
  meetingsById,
} from './agendaFixture';

describe('agenda item schema', () => {
  it('accepts a complete item', () => {
    expect(agendaItemSchema.safeParse(A).success).toBe(true);
  });

  it('needs a reason when an item is not feasible', () => {
    const r = agendaItemSchema.safeParse({ ...D, statusReason: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['statusReason']);
    expect(r.error?.issues[0]?.message).toBe('zeg waarom het niet haalbaar is');
  });

  it('refuses an end year before the start year, and a contribution linked twice', () => {
    const years = agendaItemSchema.safeParse({ ...A, years: { from: 2028, to: 2026 } });
    expect(years.error?.issues[0]?.path).toEqual(['years', 'to']);
    const twice = agendaItemSchema.safeParse({ ...A, linkedContributionIds: [C1.id, C1.id] });
    expect(twice.error?.issues[0]?.path).toEqual(['linkedContributionIds']);
  });

  it('refuses an empty title, an unknown status and a too long kiosk text', () => {
    expect(agendaItemSchema.safeParse({ ...A, title: '  ' }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ ...A, status: 'misschien' }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ ...A, residentText: 'x'.repeat(141) }).success).toBe(false);
  });
});

describe('versions per year', () => {
  const all = [A, B, D, E];

  it('lists the years and the items of a year in agenda order', () => {
    expect(agendaYears(all)).toEqual([2026]);
    expect(itemsOfYear(all, 2026).map((i) => i.title)).toEqual([A.title, B.title, D.title, E.title]);
    expect(latestYear([])).toBeUndefined();
  });

  it('carries only unfinished items that still run into the next year, once', () => {
    // A: voorgesteld, runs to 2029 -> carried. B: gerealiseerd. D: niet haalbaar. E: runs only 2026.
    const next = carryOver(all, 2026, 2027);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ title: A.title, agendaYear: 2027, previousId: A.id, position: 0 });
    expect(next[0]).not.toHaveProperty('publishedAt');
    const A2 = item(41, { ...next[0]!, title: A.title });
    expect(carryOver([...all, A2], 2026, 2027)).toEqual([]);
    expect(agendaYears([...all, A2])).toEqual([2026, 2027]);
    // The 2026 version stays as it was.
    expect(itemsOfYear([...all, A2], 2026)).toHaveLength(4);
    expect(lineage([...all, A2], A2).map((i) => i.agendaYear)).toEqual([2026, 2027]);
    // From the old version too: its successors.
    expect(lineage([...all, A2], A).map((i) => i.id)).toEqual([A.id, A2.id]);
    expect(lineage([...all, { ...A2, deleted: true }], A).map((i) => i.id)).toEqual([A.id]);
  });

  it('offers only published, unfinished items of the newest published version for voting', () => {
    const at = '2026-05-01T10:00:00.000Z';
    expect(votableItems([A, B, E])).toEqual([]);
    const pub = [A, B, E].map((i) => ({ ...i, publishedAt: at }));
    expect(votableItems(pub).map((i) => i.id)).toEqual([A.id, E.id]);
    const A2 = item(41, { title: A.title, agendaYear: 2027, previousId: A.id, publishedAt: at });
    const draft2028 = item(42, { title: 'Nog niet gepubliceerd', agendaYear: 2028 });
    expect(votableItems([...pub, A2, draft2028]).map((i) => i.id)).toEqual([A2.id]);
  });
});

describe('linking', () => {
  it('adds without doubles and removes', () => {
    expect(linkIds(['a', 'b'], ['b', 'c', 'c'])).toEqual(['a', 'b', 'c']);
    expect(unlinkIds(['a', 'b', 'c'], ['b', 'x'])).toEqual(['a', 'c']);
  });

  it('filters contributions by theme, buurt, group, words and unlinked', () => {
    const ids = (list: { id: string }[]) => list.map((c) => c.id);
    expect(ids(filterContributions(contributions, meetingsById, { themeIds: ['ontmoeten'] }))).toEqual([
      C1.id,
      C2.id,
      C5.id,
    ]);
    expect(ids(filterContributions(contributions, meetingsById, { buurtIds: ['zuid'] }))).toEqual([
      C4.id,
      C5.id,
    ]);
    // self-stated jong (C2, C3) or observed oud (C1): filtering looks at both kinds, counting never mixes them.
    expect(ids(filterContributions(contributions, meetingsById, { groupIds: ['jong'] }))).toEqual([
      C2.id,
      C3.id,
    ]);
    expect(ids(filterContributions(contributions, meetingsById, { groupIds: ['oud'] }))).toEqual([C1.id]);
    expect(ids(filterContributions(contributions, meetingsById, { text: 'BANKJES park' }))).toEqual([C4.id]);
    const linked = linkedSet([A]);
    expect(ids(filterContributions(contributions, meetingsById, { unlinkedOnly: true }, linked))).toEqual([
      C3.id,
      C4.id,
    ]);
    expect(
      ids(filterContributions(contributions, meetingsById, { themeIds: ['ontmoeten'], buurtIds: ['noord'] })),
    ).toEqual([C1.id, C2.id]);
  });
});

describe('support counts', () => {
  it('counts linked contributions by buurt, self-stated and observed group and source', () => {
    // A links C1 (noord, facilitator, observed oud, agree 4), C2 (noord, kiosk, self jong),
    // C5 (zuid, kiosk, no group), C6 (deleted) and one id not on this device.
    const s = supportOf(A, contributionsById, meetingsById);
    expect(s).toEqual({
      contributions: 3,
      agreed: 4,
      missing: 2,
      byBuurt: { noord: 2, zuid: 1 },
      bySelfGroup: { jong: 1, onbekend: 1 },
      byObservedGroup: { oud: 1 },
      bySource: { facilitator: 1, kiosk: 2 },
    });
  });

  it('hides group counts below k', () => {
    expect(shownGroupCounts({ jong: 6, oud: 2, onbekend: 5 }, 5)).toEqual([
      { id: 'jong', count: 6, suppressed: false },
      { id: 'onbekend', count: 5, suppressed: false },
      { id: 'oud', count: 2, suppressed: true },
    ]);
  });
});

describe('suggestions', () => {
  it('stems words crudely and drops stop words', () => {
    expect([...keywords('Bankjes in het park, nieuwe bankjes!')]).toEqual(['bankj', 'park', 'nieuw']);
  });

  it('ranks by shared themes (2), shared words (1) and the item buurt (1)', () => {
    // Item B: themes [wonen], buurt zuid, words bankj, park, nieuw.
    // C4: wonen (2) + bankj, park (2) + zuid (1) = 5.  C2: wonen (2), buurt noord = 2.
    // C1, C3, C5: nothing in common. C6: deleted.
    const s = suggestContributions(B, contributions, meetingsById);
    expect(s.map((x) => [x.contribution.id, x.score])).toEqual([
      [C4.id, 5],
      [C2.id, 2],
    ]);
    expect(s[0]).toMatchObject({ sharedThemes: ['wonen'], sharedWords: ['bankj', 'park'] });
  });

  it('matches a word with a longer word that starts with it, and leaves linked ones out', () => {
    // "Ontmoetingsplek" (title) and "ontmoeten" -> "ontmoet" share the start "ontmoet".
    const x = item(50, { title: 'Ontmoetingsplek', linkedContributionIds: [C1.id] });
    const s = suggestContributions(x, contributions, meetingsById);
    expect(s.map((r) => r.contribution.id)).toEqual([C5.id, C2.id]);
    expect(s[0]?.sharedWords).toEqual(['ontmoetingsplek']);
    expect(suggestContributions(x, contributions, meetingsById, 1)).toHaveLength(1);
  });
});
