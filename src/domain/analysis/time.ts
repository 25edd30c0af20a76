import { utcDay } from '../day';

/** Calendar buckets for timelines: ISO weeks ("2026-W05") and months ("2026-03"). Pure date math in UTC. */
export type Granularity = 'week' | 'month';

const DAY_MS = 86_400_000;
const pad2 = (n: number) => String(n).padStart(2, '0');

export interface Bucket {
  key: string;
  /** First day of the bucket ("2026-03-02"). */
  start: string;
}

/** The ISO week of a day: weeks start on Monday, week 1 holds the year's first Thursday. */
export function weekOf(day: string): Bucket {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const dow = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = ms - dow * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { key: `${year}-W${pad2(week)}`, start: utcDay(monday) };
}

export function monthOf(day: string): Bucket {
  return { key: day.slice(0, 7), start: `${day.slice(0, 7)}-01` };
}

export function bucketOf(day: string, g: Granularity): Bucket {
  return g === 'week' ? weekOf(day) : monthOf(day);
}

/** Weeks when the days span at most 16 weeks, months otherwise. */
export function autoGranularity(firstDay: string, lastDay: string): Granularity {
  return Date.parse(lastDay) - Date.parse(firstDay) > 16 * 7 * DAY_MS ? 'month' : 'week';
}

/** Every bucket from the one holding `firstDay` to the one holding `lastDay`, gaps included. */
export function bucketRange(firstDay: string, lastDay: string, g: Granularity): Bucket[] {
  const out: Bucket[] = [];
  const last = bucketOf(lastDay, g).start;
  if (g === 'week') {
    for (let ms = Date.parse(`${weekOf(firstDay).start}T00:00:00Z`); utcDay(ms) <= last; ms += 7 * DAY_MS) {
      out.push(weekOf(utcDay(ms)));
    }
    return out;
  }
  let y = Number(firstDay.slice(0, 4));
  let m = Number(firstDay.slice(5, 7));
  for (;;) {
    const start = `${y}-${pad2(m)}-01`;
    if (start > last) break;
    out.push({ key: start.slice(0, 7), start });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
