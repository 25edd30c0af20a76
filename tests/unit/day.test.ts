import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, localDay, utcDay } from '../../src/domain/day';

describe('calendar days: local for what people see, UTC for what must not depend on the time zone', () => {
  let tz: string | undefined;
  beforeEach(() => {
    tz = process.env.TZ;
    process.env.TZ = 'Europe/Amsterdam';
  });
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('between local and UTC midnight the two days differ (00:22 in Amsterdam is 23:22 UTC)', () => {
    const winter = new Date('2026-03-04T23:22:00Z');
    expect(localDay(winter)).toBe('2026-03-05');
    expect(utcDay(winter)).toBe('2026-03-04');
    expect(utcDay(winter.getTime())).toBe('2026-03-04');
    // Summer time: two hours.
    const summer = new Date('2026-07-01T22:30:00Z');
    expect(localDay(summer)).toBe('2026-07-02');
    expect(utcDay(summer)).toBe('2026-07-01');
  });

  it('at noon they agree', () => {
    const noon = new Date('2026-12-01T11:00:00Z');
    expect(localDay(noon)).toBe(utcDay(noon));
  });

  it('addDays crosses months, years, leap days and the clock change by whole days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('addDays there and back is the same day, and n days are n * 24 h in UTC', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -4000, max: 4000 }),
        (ms, n) => {
          const day = utcDay(ms);
          const later = addDays(day, n);
          expect(addDays(later, -n)).toBe(day);
          expect(Date.parse(`${later}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)).toBe(n * 86_400_000);
        },
      ),
    );
  });
});
