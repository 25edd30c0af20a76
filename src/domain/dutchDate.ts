/**
 * Dates and times the Dutch way (dd-mm-jjjj, 24-hour), whatever the browser's own locale. The
 * native date inputs follow the browser's language (an English tablet shows mm/dd/yyyy and AM/PM),
 * so the app uses its own text fields with these pure functions. Stored values stay ISO
 * ("2026-11-30", "19:30"). No DOM, no Dexie.
 */
import { localDay } from './day';

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC: no daylight saving in the way).
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2026-11-30" → "30-11-2026"; anything that is not an ISO date comes back unchanged. */
export function formatDutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/**
 * What a person types → ISO date ("2026-11-30"), or null when it is no real date. Accepted:
 * day-month-year with -, /, . or a space between ("30-11-2026", "1/2/2027", "30.11.26"), a two-digit
 * year meaning 20xx, and eight digits without separators ("30112026"). Day first, always.
 */
export function parseDutchDate(text: string): string | null {
  const v = text.trim();
  let m = /^(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{2}|\d{4})$/.exec(v);
  if (!m) m = /^(\d{2})(\d{2})(\d{4})$/.exec(v);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  if (!validDay(y, mo, d)) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** "19:30" (or "19:30:00") → "19:30"; 24-hour, always two digits. */
export function formatDutchTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  return m ? `${pad(Number(m[1]))}:${m[2]}` : hhmm;
}

/**
 * What a person types → "HH:MM" (24-hour), or null. Accepted: "19:30", "19.30", "19u30", "1930",
 * "9:05", "9" (whole hour), "19 uur". No AM/PM: 24-hour only.
 */
export function parseDutchTime(text: string): string | null {
  const v = text
    .trim()
    .toLowerCase()
    .replace(/\s*uur$/, '');
  let m = /^(\d{1,2})\s*[:.u]\s*(\d{2})$/.exec(v);
  if (!m) m = /^(\d{2})(\d{2})$/.exec(v);
  if (!m) m = /^(\d{1,2})()$/.exec(v);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

/** Local "YYYY-MM-DDTHH:MM" of a date (the form value of a meeting's start). */
export function localDateTime(d: Date): string {
  return `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Earliest and latest whole hour a meeting plausibly starts at. */
const DAY_START = 9;
const DAY_END = 21;

/**
 * The start a new meeting is offered with, never midnight: the next whole hour when that falls
 * between 09:00 and 21:00; otherwise 19:30 (the usual evening meeting) today when that is still
 * ahead, else tomorrow.
 */
export function defaultMeetingStart(now: Date): string {
  const next = new Date(now.getTime());
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  if (next.getHours() >= DAY_START && next.getHours() <= DAY_END && next.getDate() === now.getDate())
    return localDateTime(next);
  const evening = new Date(now.getTime());
  evening.setHours(19, 30, 0, 0);
  if (evening.getTime() <= now.getTime()) evening.setDate(evening.getDate() + 1);
  return localDateTime(evening);
}
