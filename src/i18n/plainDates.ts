/**
 * The app's two date styles (DATE_STYLES) and its one date formatter (formatLocaleDate), for its own
 * texts and the residents' report. In its own languages' locales, nl-NL and en-GB, dates are written
 * without Intl: the first Intl formatter of a page loads the locale's data, 42-57 ms of main thread
 * in Chromium on this machine, the largest single task of the capture screen's start-up and an idle
 * task of the coordinator's (issue 12). The output is Intl's for these two locales in the local time
 * zone (tests/unit/plainDates.test.ts compares the two, in several time zones); every other locale,
 * and a year Intl writes differently (before 1000 or after 9999), is left to Intl.
 */

/** A locale's month names, short weekday names (Sunday first, Date.prototype.getDay) and date-time pattern. */
interface PlainLocale {
  months: readonly string[];
  weekdays: readonly string[];
  dateTime: (weekday: string, day: string, time: string) => string;
}

const PLAIN: Readonly<Record<string, PlainLocale>> = {
  'nl-NL': {
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    weekdays: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    dateTime: (weekday, day, time) => `${weekday} ${day} om ${time}`,
  },
  'en-GB': {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    dateTime: (weekday, day, time) => `${weekday}, ${day} at ${time}`,
  },
};

/** The app's two date styles, for its own languages and for the residents' (the report), as Intl options. */
export const DATE_STYLES = {
  dateTime: {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `date` as Intl.DateTimeFormat(locale, DATE_STYLES[style]) writes it, in the local time zone:
 * "wo 2 december 2026 om 17:45" / "Wed, 2 December 2026 at 17:45" (dateTime), "2 december 2026" /
 * "2 December 2026" (day). Undefined: ask Intl (another locale, an invalid date, a year outside
 * 1000-9999).
 */
export function plainDate(date: Date, locale: string, style: DateStyle): string | undefined {
  const plain = PLAIN[locale];
  const year = date.getFullYear();
  if (!plain || !(year >= 1000 && year <= 9999)) return undefined;
  const day = `${date.getDate()} ${plain.months[date.getMonth()]} ${year}`;
  if (style === 'day') return day;
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return plain.dateTime(plain.weekdays[date.getDay()]!, day, time);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `date` in `locale`'s style (the one date formatter of the app's texts and of the residents'
 * report): the app's own languages without Intl (plainDate), the rest by Intl, one formatter per
 * locale and style (toLocaleString and its kin build a new one on every call). An invalid `locale`
 * throws, as Intl does.
 */
export function formatLocaleDate(date: Date, locale: string, style: DateStyle): string {
  const plain = plainDate(date, locale, style);
  if (plain !== undefined) return plain;
  const key = `${locale}:${style}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, DATE_STYLES[style]);
    formats.set(key, f);
  }
  return f.format(date);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day "2026-03-05" (a meeting's day, a date field's value) as its local midnight, or null
 * when the text is not a day of the calendar ("2026-02-31", "2026-13-01", "5-3-2026"): the callers
 * show such a text as it is, where the Date constructor would roll it over into another day. The
 * reverse of src/domain/day.ts `localDay`; it lives with the formatters that need it, which the
 * first screen loads already (in day.ts it cost home's first screen a file of its own).
 */
export function localMidnight(day: string): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}
