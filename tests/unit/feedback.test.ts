import { describe, expect, it } from 'vitest';
import {
  addMonths,
  buildHeardReport,
  buurtenReached,
  daysBetween,
  feedbackDue,
  feedbackSchema,
} from '../../src/domain/feedback';
import {
  A,
  B,
  buurten,
  C1,
  C2,
  C3,
  C4,
  C5,
  contributions,
  D,
  E,
  feedbackRecord,
  item,
  M1,
  M2,
  M3,
  meetings,
  meetingsById,
  meta,
  TODAY,
  uuid,
} from './agendaFixture';

describe('dates', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts days', () => {
    expect(daysBetween('2026-06-20', '2026-07-15')).toBe(25);
    expect(daysBetween('2026-08-01', '2026-07-15')).toBe(-17);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time
  });
});

describe('feedback schema', () => {
  it('needs a buurt, a meeting or an agenda item, and a text', () => {
    expect(feedbackSchema.safeParse(feedbackRecord(1, { date: TODAY, buurtId: 'noord' })).success).toBe(true);
    const none = feedbackSchema.safeParse(feedbackRecord(1, { date: TODAY }));
    expect(none.error?.issues[0]?.message).toBe('kies een buurt, een bijeenkomst of een agendapunt');
    expect(
      feedbackSchema.safeParse(feedbackRecord(1, { date: '15-07-2026', buurtId: 'noord' })).success,
    ).toBe(false);
    expect(
      feedbackSchema.safeParse(feedbackRecord(1, { date: TODAY, buurtId: 'noord', text: ' ' })).success,
    ).toBe(false);
  });
});

describe('which buurten a feedback moment reached', () => {
  const scope = {
    meetingsById,
    itemsById: new Map([A, B].map((i) => [i.id, i])),
    buurtIds: buurten.map((b) => b.id),
  };
  it('uses the buurt, else the meeting’s buurt, else the item’s buurten (all for an area-wide item)', () => {
    expect(buurtenReached(feedbackRecord(1, { date: TODAY, buurtId: 'west' }), scope)).toEqual(['west']);
    expect(buurtenReached(feedbackRecord(1, { date: TODAY, meetingId: M2.id }), scope)).toEqual(['zuid']);
    expect(buurtenReached(feedbackRecord(1, { date: TODAY, agendaItemId: B.id }), scope)).toEqual(['zuid']);
    expect(buurtenReached(feedbackRecord(1, { date: TODAY, agendaItemId: A.id }), scope)).toEqual([
      'noord',
      'zuid',
      'west',
      'oost',
    ]);
    expect(buurtenReached(feedbackRecord(1, { date: TODAY, meetingId: uuid(777) }), scope)).toEqual([]);
  });
});

describe('feedback due (today 2026-07-15, every 3 months)', () => {
  const G = item(60, { title: 'Voor het hele gebied' });
  const feedback = [
    feedbackRecord(71, { date: '2026-03-20', buurtId: 'noord' }),
    feedbackRecord(72, { date: '2026-05-01', meetingId: M2.id }), // zuid
    feedbackRecord(73, { date: '2026-01-05', agendaItemId: G.id }), // all buurten, before anyone was heard
    feedbackRecord(74, { date: '2026-08-01', buurtId: 'noord' }), // in the future: not yet given
    { ...feedbackRecord(75, { date: '2026-07-01', buurtId: 'zuid' }), deleted: true },
  ];
  const due = feedbackDue({ buurten, meetings, feedback, items: [G], today: TODAY, intervalMonths: 3 });

  it('computes per buurt when feedback is due, overdue first', () => {
    expect(due).toEqual([
      // noord: last feedback 2026-03-20 -> due 2026-06-20, 25 days late.
      {
        buurtId: 'noord',
        firstHeard: '2026-03-02',
        lastHeard: '2026-03-02',
        lastFeedback: '2026-03-20',
        dueBy: '2026-06-20',
        daysOverdue: 25,
        status: 'te-laat',
      },
      // oost: heard 2026-04-20 (planned meeting whose day passed); the feedback of 2026-01-05 came
      // before that, so due 2026-07-20: within 14 days.
      {
        buurtId: 'oost',
        firstHeard: '2026-04-20',
        lastHeard: '2026-04-20',
        lastFeedback: '2026-01-05',
        dueBy: '2026-07-20',
        daysOverdue: 0,
        status: 'binnenkort',
      },
      // zuid: last feedback 2026-05-01 (at M2) -> due 2026-08-01, 17 days left.
      {
        buurtId: 'zuid',
        firstHeard: '2026-04-20',
        lastHeard: '2026-04-20',
        lastFeedback: '2026-05-01',
        dueBy: '2026-08-01',
        daysOverdue: 0,
        status: 'op-tijd',
      },
      // west: its only meeting is still to come.
      {
        buurtId: 'west',
        firstHeard: undefined,
        lastHeard: undefined,
        lastFeedback: '2026-01-05',
        daysOverdue: 0,
        status: 'nog-niet-gehoord',
      },
    ]);
  });

  it('follows the configured interval', () => {
    const six = feedbackDue({ buurten, meetings, feedback, items: [G], today: TODAY, intervalMonths: 6 });
    expect(six.find((d) => d.buurtId === 'noord')).toMatchObject({ dueBy: '2026-09-20', status: 'op-tijd' });
  });

  it('makes a buurt overdue from its first meeting when it never had feedback', () => {
    const [noord] = feedbackDue({
      buurten: [{ id: 'noord' }],
      meetings,
      feedback: [],
      items: [],
      today: TODAY,
      intervalMonths: 3,
    });
    expect(noord).toMatchObject({ dueBy: '2026-06-02', daysOverdue: 43, status: 'te-laat' });
  });
});

describe('"Wat we hoorden" report', () => {
  const feedback = [
    feedbackRecord(81, { date: '2026-05-01', agendaItemId: A.id, text: 'Eerste gesprekken gevoerd' }),
    feedbackRecord(82, { date: '2026-06-01', agendaItemId: A.id, buurtId: 'zuid', text: 'Alleen voor zuid' }),
    feedbackRecord(83, { date: '2026-06-15', agendaItemId: A.id, text: 'Locatie gevonden' }),
  ];
  const base = { meetings, contributions, items: [A, B, D, E], feedback, today: TODAY, intervalMonths: 3 };

  it('for a buurt: themes, quotes, what the agenda does and what comes next', () => {
    const r = buildHeardReport({ ...base, scope: { buurtId: 'noord' } })!;
    // Held in noord: M1 only (M3 is planned). Heard: C1, C2, C3; one kiosk resident (R1).
    expect(r.meetings.map((m) => m.id)).toEqual([M1.id]);
    expect(r.contributions).toBe(3);
    expect(r.kioskResidents).toBe(1);
    expect(r.attended).toBe(0);
    // ontmoeten: C1, C2; jeugd: C3; wonen: C2 (ties alphabetical).
    expect(r.themes).toEqual([
      { themeId: 'ontmoeten', count: 2 },
      { themeId: 'jeugd', count: 1 },
      { themeId: 'wonen', count: 1 },
    ]);
    // Most agreed first (C1: 4), then newest (C3, C2); each brings a theme not quoted yet.
    expect(r.quotes.map((c) => c.id)).toEqual([C1.id, C3.id, C2.id]);
    // A (area-wide) takes up C1 and C2; D (noord) shares the theme jeugd; B is for zuid; E shares nothing.
    expect(r.items.map((i) => [i.item.id, i.heardHere])).toEqual([
      [A.id, 2],
      [D.id, 0],
    ]);
    expect(r.items[0]?.latest?.text).toBe('Locatie gevonden');
    expect(r.items[1]?.latest).toBeUndefined();
    expect(r.upcoming.map((m) => m.id)).toEqual([M3.id]);
    expect(r.nextFeedbackBy).toBe('2026-10-15');
  });

  it('for one meeting', () => {
    const r = buildHeardReport({ ...base, scope: { meetingId: M2.id } })!;
    expect(r.buurtId).toBe('zuid');
    expect(r.contributions).toBe(2); // C4, C5 (C6 deleted)
    expect(r.quotes.map((c) => c.id).sort()).toEqual([C4.id, C5.id].sort());
    // A takes up C5; B (zuid) takes up the theme wonen of C4.
    expect(r.items.map((i) => i.item.id)).toEqual([A.id, B.id]);
    expect(r.items[0]?.latest?.text).toBe('Locatie gevonden');
    expect(buildHeardReport({ ...base, scope: { meetingId: uuid(777) } })).toBeUndefined();
  });

  it('adds up the people counted in the room (one count per meeting, the oldest)', () => {
    const count = (n: number, meetingId: string, total: number, createdAt: string) => ({
      ...meta(n, createdAt),
      meetingId,
      total,
      byGroup: {},
    });
    const attendance = [
      count(91, M1.id, 12, '2026-03-02T19:00:00.000Z'),
      count(92, M1.id, 99, '2026-03-02T21:00:00.000Z'), // a second tablet's later count: ignored
      count(93, M2.id, 7, '2026-04-20T19:00:00.000Z'), // another buurt
    ];
    expect(buildHeardReport({ ...base, attendance, scope: { buurtId: 'noord' } })?.attended).toBe(12);
  });

  it('quotes the most agreed-with text even when its theme is not the most raised', () => {
    const many = [1, 2, 3].map((n) => ({
      ...C5,
      id: uuid(600 + n),
      text: `Ontmoeten is fijn, nummer ${n}.`,
    }));
    const loud = { ...C4, agreeCount: 9 };
    const r = buildHeardReport({ ...base, contributions: [...many, loud], scope: { meetingId: M2.id } })!;
    expect(r.themes[0]).toEqual({ themeId: 'ontmoeten', count: 3 });
    expect(r.quotes[0]?.id).toBe(C4.id);
    expect(r.quotes).toHaveLength(3);
  });

  it('leaves out texts too short or too long to quote', () => {
    const short = { ...C4, id: uuid(501), text: 'Kort' };
    const long = { ...C4, id: uuid(502), text: 'x'.repeat(281), agreeCount: 50 };
    const r = buildHeardReport({ ...base, contributions: [short, long, C5], scope: { meetingId: M2.id } })!;
    expect(r.quotes.map((c) => c.id)).toEqual([C5.id]);
  });
});
