/**
 * Whole numbers and plural categories in the app's own languages (Dutch and English) without Intl.
 * The first Intl object of a locale loads that locale's data: 40-150 ms on this machine's main
 * thread, in the coordinator's first frame, which shows only whole numbers and counts (issue 12).
 * Every other number, language or locale goes to Intl; the output is Intl's for these
 * (tests/unit/plainNumbers.test.ts compares the two). formatLocaleNumber is the one number
 * formatter of the app's texts (src/i18n/index.ts) and of the translator's parameters.
 */

/** Digit group separators of the locales this covers (both group every three digits from 1,000). */
const GROUP: Readonly<Record<string, string>> = { nl: '.', 'nl-NL': '.', en: ',', 'en-GB': ',' };

/** `n` as Intl formats a whole number in `locale` (no fraction digits), or undefined: ask Intl. */
export function plainInteger(n: number, locale: string): string | undefined {
  const sep = GROUP[locale];
  if (sep === undefined || !Number.isSafeInteger(n) || Object.is(n, -0)) return undefined;
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return n < 0 ? `-${out}` : out;
}

/** Intl.PluralRules' category for `n` in `locale`, or undefined: ask Intl. */
export function plainPlural(n: number, locale: string): 'one' | 'other' | undefined {
  if (GROUP[locale] === undefined || !Number.isFinite(n)) return undefined;
  // Dutch and English (CLDR): "one" is the integer 1 without visible fraction digits, either sign.
  return Math.abs(n) === 1 ? 'one' : 'other';
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * `n` in `locale`'s style, digits Latin in every language (the kiosk's Arabic texts use them too):
 * whole numbers in Dutch and English without Intl (plainInteger), the rest by Intl, one formatter
 * per locale and `digits`. `digits` fixes the fraction digits; without it, up to two as needed.
 */
export function formatLocaleNumber(n: number, locale: string, digits?: number): string {
  const plain = digits ? undefined : plainInteger(n, locale);
  if (plain !== undefined) return plain;
  const key = `${locale}:${digits ?? ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      numberingSystem: 'latn',
      minimumFractionDigits: digits ?? 0,
      maximumFractionDigits: digits ?? 2,
    });
    formats.set(key, f);
  }
  return f.format(n);
}
