import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultMeetingStart,
  formatDutchDate,
  formatDutchTime,
  parseDutchDate,
  parseDutchTime,
} from '../../src/domain/dutchDate';

describe('Dutch dates (dd-mm-jjjj)', () => {
  it('formats ISO dates day first', () => {
    expect(formatDutchDate('2026-11-30')).toBe('30-11-2026');
    expect(formatDutchDate('2027-01-05T19:30:00')).toBe('05-01-2027');
    expect(formatDutchDate('geen datum')).toBe('geen datum');
  });

  it('reads what people type, day first', () => {
    expect(parseDutchDate('30-11-2026')).toBe('2026-11-30');
    expect(parseDutchDate(' 1/2/2027 ')).toBe('2027-02-01');
    expect(parseDutchDate('30.11.26')).toBe('2026-11-30');
    expect(parseDutchDate('5 3 2027')).toBe('2027-03-05');
    expect(parseDutchDate('30112026')).toBe('2026-11-30');
    expect(parseDutchDate('29-02-2028')).toBe('2028-02-29');
  });

  it('refuses what is no real date (never guesses month first)', () => {
    for (const bad of [
      '',
      '31-11-2026',
      '29-02-2027',
      '12-13-2026',
      '2026-11-30',
      '11/30/2026',
      '0-1-2026',
      'morgen',
      '1-1',
    ])
      expect(parseDutchDate(bad), bad).toBeNull();
  });

  it('round-trips every valid date (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const shown = formatDutchDate(iso);
          expect(shown).toMatch(/^\d{2}-\d{2}-\d{4}$/);
          expect(parseDutchDate(shown)).toBe(iso);
        },
      ),
    );
  });

  it('parses to a real calendar date or nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const iso = parseDutchDate(s);
        if (iso === null) return;
        const d = new Date(`${iso}T00:00:00Z`);
        expect(d.toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });
});

describe('24-hour times', () => {
  it('reads the usual ways of writing a time', () => {
    expect(parseDutchTime('19:30')).toBe('19:30');
    expect(parseDutchTime('19.30')).toBe('19:30');
    expect(parseDutchTime('19u30')).toBe('19:30');
    expect(parseDutchTime('1930')).toBe('19:30');
    expect(parseDutchTime('9:05')).toBe('09:05');
    expect(parseDutchTime('9')).toBe('09:00');
    expect(parseDutchTime('20 uur')).toBe('20:00');
    expect(parseDutchTime('0:00')).toBe('00:00');
  });

  it('refuses AM/PM and impossible times', () => {
    for (const bad of ['', '24:00', '19:60', '7:30 PM', '7pm', '19:3', 'half acht'])
      expect(parseDutchTime(bad), bad).toBeNull();
  });

  it('round-trips every minute of the day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const t = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(parseDutchTime(formatDutchTime(t))).toBe(t);
      }),
    );
  });
});

describe('the start a new meeting is offered with', () => {
  const at = (s: string) => new Date(s);
  it('is the next whole hour during the day', () => {
    expect(defaultMeetingStart(at('2026-11-30T10:20:00'))).toBe('2026-11-30T11:00');
    expect(defaultMeetingStart(at('2026-11-30T20:59:00'))).toBe('2026-11-30T21:00');
  });
  it('is 19:30 instead of a night hour', () => {
    expect(defaultMeetingStart(at('2026-11-30T03:23:00'))).toBe('2026-11-30T19:30');
    expect(defaultMeetingStart(at('2026-11-30T22:10:00'))).toBe('2026-12-01T19:30');
    expect(defaultMeetingStart(at('2026-11-30T23:30:00'))).toBe('2026-12-01T19:30');
  });
  it('is never midnight (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        (d) => {
          const s = defaultMeetingStart(d);
          const hour = Number(s.slice(11, 13));
          expect(hour).toBeGreaterThanOrEqual(9);
          expect(hour).toBeLessThanOrEqual(21);
          expect(new Date(s).getTime()).toBeGreaterThan(d.getTime());
        },
      ),
    );
  });
});
