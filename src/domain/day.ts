/**
 * Calendar days as "yyyy-mm-dd", the one place they are made. Two kinds, never mixed up:
 * - `localDay`: the day on the tablet's own calendar, for what a person sees or names (a meeting's
 *   day, a file's name, a feedback date, the day a resident gave consent);
 * - `utcDay`: the UTC day, for what must not depend on where or when in the day it is computed
 *   (a contact's stamp, calendar buckets in pure date math).
 * No DOM, no Dexie.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment (the tablet's time zone). */
export function localDay(d: Date = new Date()): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** The UTC day of a moment (a date or milliseconds). */
export function utcDay(d: Date | number): string {
  return new Date(d).toISOString().slice(0, 10);
}

/** A day `days` later (earlier when negative), as a calendar day: no daylight saving in the way. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return utcDay(Date.UTC(y, m - 1, d + days));
}
