/**
 * The app's two date styles (DATE_STYLES), and both in its own languages' locales, nl-NL and en-GB,
 * without Intl. The first Intl formatter of a page loads the locale's data: 42-57 ms of main
 * thread in Chromium on this machine, the largest single task of the capture screen's start-up and
 * an idle task of the coordinator's (issue 12). The output is Intl's for these two locales in the
 * local time zone (tests/unit/plainDates.test.ts compares the two, in several time zones); every
 * other locale, and a year Intl writes differently (before 1000 or after 9999), is left to Intl.
 */

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  'nl-NL': [
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
  'en-GB': [
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
};

/** Short weekday names, Sunday first (Date.prototype.getDay). */
const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  'nl-NL': ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  'en-GB': ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
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
  const months = MONTHS[locale];
  const weekdays = WEEKDAYS[locale];
  const year = date.getFullYear();
  if (!months || !weekdays || !(year >= 1000 && year <= 9999)) return undefined;
  const day = `${date.getDate()} ${months[date.getMonth()]} ${year}`;
  if (style === 'day') return day;
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  const weekday = weekdays[date.getDay()];
  return locale === 'nl-NL' ? `${weekday} ${day} om ${time}` : `${weekday}, ${day} at ${time}`;
}
