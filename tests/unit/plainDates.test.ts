import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DATE_STYLES, localMidnight, plainDate } from '../../src/i18n/plainDates';

/**
 * The capture screen and the coordinator write dates in the app's own languages without Intl
 * (issue 12: the first Intl formatter of a page is a long task); what they write must be what Intl
 * writes, for every date, in each of the two locales, in the local time zone whatever it is.
 */
const LOCALES = ['nl-NL', 'en-GB'] as const;
const STYLES = ['dateTime', 'day'] as const;
// A Dutch zone with summer time, UTC, and one with a half-hour offset.
const ZONES = ['Europe/Amsterdam', 'UTC', 'America/St_Johns'] as const;
const dates = fc.oneof(
  fc.date({ min: new Date(-62_000_000_000_000), max: new Date(300_000_000_000_000), noInvalidDate: true }),
  // Around the changes to and from summer time in the Netherlands (2026: 29 March, 25 October).
  fc
    .integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 })
    .chain((d) => fc.constantFrom(Date.UTC(2026, 2, 29, 1) + d, Date.UTC(2026, 9, 25, 1) + d))
    .map((t) => new Date(t)),
);

const zoneBefore = process.env.TZ;
afterEach(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe('dates in the app languages without Intl', () => {
  for (const zone of ZONES)
    it(`write a date as Intl.DateTimeFormat does (${zone}), and leave years outside 1000-9999 to Intl`, () => {
      process.env.TZ = zone;
      expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
      fc.assert(
        fc.property(dates, fc.constantFrom(...LOCALES), fc.constantFrom(...STYLES), (date, locale, style) => {
          const plain = plainDate(date, locale, style);
          const year = date.getFullYear();
          if (year < 1000 || year > 9999) expect(plain).toBeUndefined();
          else expect(plain).toBe(new Intl.DateTimeFormat(locale, DATE_STYLES[style]).format(date));
        }),
        { numRuns: 1500 },
      );
    });

  it('leave other locales and invalid dates to Intl', () => {
    for (const locale of ['nl', 'en', 'en-US', 'nl-BE', 'ar', 'tr', 'pl'])
      expect(plainDate(new Date(2026, 11, 2), locale, 'day')).toBeUndefined();
    expect(plainDate(new Date(Number.NaN), 'nl-NL', 'dateTime')).toBeUndefined();
  });

  it('write the examples a reader sees', () => {
    process.env.TZ = 'Europe/Amsterdam';
    const d = new Date(2026, 11, 2, 9, 5);
    expect(plainDate(d, 'nl-NL', 'dateTime')).toBe('wo 2 december 2026 om 09:05');
    expect(plainDate(d, 'en-GB', 'dateTime')).toBe('Wed, 2 December 2026 at 09:05');
    expect(plainDate(d, 'nl-NL', 'day')).toBe('2 december 2026');
  });
});

describe('a calendar day as text', () => {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  for (const zone of ZONES)
    it(`is its local midnight for every day of the calendar (${zone})`, () => {
      process.env.TZ = zone;
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 9999 }),
          fc.integer({ min: 0, max: 11 }),
          fc.integer({ min: 1, max: 31 }),
          (y, m, d) => {
            const inMonth = new Date(Date.UTC(2000, m + 1, 0)).getUTCDate(); // days of month m in a leap year
            const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
            const days = m === 1 && !leap ? 28 : inMonth;
            const date = localMidnight(`${pad(y, 4)}-${pad(m + 1, 2)}-${pad(d, 2)}`);
            if (d > days) expect(date).toBeNull();
            else {
              expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([y, m, d]);
              expect([date?.getHours(), date?.getMinutes()]).toEqual([0, 0]);
            }
          },
        ),
      );
    });

  it('is null for a text that is not a day, where the Date constructor rolls over or reads it otherwise', () => {
    for (const text of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-3-5',
      '5-3-2026',
      '2026-03-05T10:00',
      '',
      ' 2026-03-05',
    ])
      expect(localMidnight(text), text).toBeNull();
    expect(localMidnight('2028-02-29')?.getDate()).toBe(29);
    expect(localMidnight('0050-01-01')?.getFullYear()).toBe(50);
  });
});
