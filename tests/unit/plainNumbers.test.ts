import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, plainInteger, plainPlural } from '../../src/i18n/plainNumbers';
import { createTranslator } from '../../src/i18n/translator';

/**
 * The coordinator's first frame writes whole numbers and counts without Intl (issue 12); what it
 * writes must be what Intl writes, for every number it takes, in each locale it takes.
 */
const LOCALES = ['nl', 'nl-NL', 'en', 'en-GB'] as const;
const numbers = fc.oneof(
  fc.integer(),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(0, -0, 1, -1, 999, 1000, 9999, 10000, 999_999, 1_000_000),
  fc.double(),
);

describe('whole numbers and plural categories without Intl', () => {
  it('write a whole number as Intl.NumberFormat does, and leave every other number to Intl', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(...LOCALES), (n, locale) => {
        const plain = plainInteger(n, locale);
        if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
          expect(plain).toBe(new Intl.NumberFormat(locale).format(n));
          // The translator's formatter (Latin digits, up to two fraction digits) agrees.
          expect(plain).toBe(
            new Intl.NumberFormat(locale, { numberingSystem: 'latn', maximumFractionDigits: 2 }).format(n),
          );
        } else expect(plain).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('pick the plural category Intl.PluralRules picks', () => {
    fc.assert(
      fc.property(numbers, fc.constantFrom(...LOCALES), (n, locale) => {
        if (Number.isFinite(n)) expect(plainPlural(n, locale)).toBe(new Intl.PluralRules(locale).select(n));
        else expect(plainPlural(n, locale)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('leave other languages and locales to Intl (other separators, other categories)', () => {
    for (const locale of ['ar', 'tr', 'pl', 'en-IN', 'en-US', 'de', 'nl-BE'])
      expect([plainInteger(1234567, locale), plainPlural(2, locale)]).toEqual([undefined, undefined]);
    const t = createTranslator({ n: { one: '{n} punt', other: '{n} punten' } }, {}, 'en-IN');
    expect(t('n', { n: 1234567 })).toBe(`${new Intl.NumberFormat('en-IN').format(1234567)} punten`);
    const pl = createTranslator(
      { n: { one: '{n} punkt', few: '{n} punkty', many: '{n} punktów', other: '{n} punktu' } },
      {},
      'pl',
    );
    expect([pl('n', { n: 1 }), pl('n', { n: 3 }), pl('n', { n: 5 }), pl('n', { n: 12345 })]).toEqual([
      '1 punkt',
      '3 punkty',
      '5 punktów',
      `${new Intl.NumberFormat('pl').format(12345)} punktów`,
    ]);
  });

  it('the translator writes counts the same with them', () => {
    const t = createTranslator({ n: { one: '{n} bijeenkomst', other: '{n} bijeenkomsten' } }, {}, 'nl');
    expect([t('n', { n: 1 }), t('n', { n: 0 }), t('n', { n: 2970 }), t('n', { n: 1.5 })]).toEqual([
      '1 bijeenkomst',
      '0 bijeenkomsten',
      '2.970 bijeenkomsten',
      '1,5 bijeenkomsten',
    ]);
  });

  it('one number formatter: what Intl writes with Latin digits, fixed or up to two fraction digits', () => {
    fc.assert(
      fc.property(
        numbers,
        fc.constantFrom(...LOCALES, 'ar', 'tr', 'pl', 'en-IN', 'nl-BE'),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        (n, locale, digits) => {
          const intl = new Intl.NumberFormat(locale, {
            numberingSystem: 'latn',
            minimumFractionDigits: digits ?? 0,
            maximumFractionDigits: digits ?? 2,
          });
          expect(formatLocaleNumber(n, locale, digits)).toBe(intl.format(n));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
