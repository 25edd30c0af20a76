import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { textKey } from '../../src/domain/configText';
import type { HeardReport } from '../../src/domain/feedback';
import { KIOSK_LANGS } from '../../src/domain/kiosk';
import { configFileSchema, type ProcessConfig } from '../../src/domain/process';
import { Report } from '../../src/features/agenda/Report';
import { parsePo } from '../../src/i18n/po';
import {
  NL_RESIDENT,
  REPORT_KEYS,
  RESIDENT_CATALOGUES,
  RESIDENT_LOCALES,
  type ReportKey,
  residentHas,
  residentTranslator,
} from '../../src/i18n/resident';
import { exportLanguage, importLanguage, missingOf } from '../../src/i18n/translationFile';
import { type Entry, placeholdersOf, pluralForm, textsOf } from '../../src/i18n/translator';

/**
 * "Wat we hoorden" in the residents' languages (issue 13): the report's own resident catalogue
 * (src/i18n/nl/report.ts and en/ar/tr/pl), its fallback to Dutch, plural forms for every count in
 * every language, placeholders kept, the translators' file, and the rendered report's lang marks.
 */
const example: ProcessConfig = configFileSchema.parse(
  JSON.parse(readFileSync('public/config.json', 'utf8')),
).process;
const bare: ProcessConfig = { ...example, translations: {} };

const nlOf = (k: ReportKey) => NL_RESIDENT[k] as Entry;
const countKeys = REPORT_KEYS.filter((k) => typeof nlOf(k) === 'object');

describe('the report catalogue', () => {
  it('is part of the resident catalogue, complete in every built-in language', () => {
    expect(REPORT_KEYS.length).toBeGreaterThan(30);
    for (const lang of KIOSK_LANGS) {
      const missing = REPORT_KEYS.filter((k) => RESIDENT_CATALOGUES[lang][k] === undefined);
      expect(missing, lang).toEqual([]);
    }
  });

  it('is really translated: no built-in language copies the Dutch text of a sentence', () => {
    for (const lang of KIOSK_LANGS.filter((l) => l !== 'nl')) {
      const copied = REPORT_KEYS.filter((k) => {
        const d = textsOf(nlOf(k)).join();
        // Pure placeholder texts ("{buurt}: {n}") may read the same in any language.
        return (
          /\p{L}{4}/u.test(d.replace(/\{\w+\}/g, '')) && textsOf(RESIDENT_CATALOGUES[lang][k]!).join() === d
        );
      });
      expect(copied, lang).toEqual([]);
    }
  });

  it('keeps every placeholder of the Dutch text, in every form of every language', () => {
    for (const lang of KIOSK_LANGS) {
      for (const k of REPORT_KEYS) {
        const want = placeholdersOf(nlOf(k));
        const entry = RESIDENT_CATALOGUES[lang][k]!;
        // No placeholder the Dutch does not have.
        expect(
          placeholdersOf(entry).filter((p) => !want.includes(p)),
          `${lang} ${k}`,
        ).toEqual([]);
        for (const [cat, text] of typeof entry === 'string' ? [['other', entry]] : Object.entries(entry)) {
          // The count may be written out in a form ("نقطة واحدة", "mentioned once"); nothing else may go.
          const needed = want.filter((p) => p !== 'n' || cat === 'other');
          expect(
            needed.filter((p) => !placeholdersOf(text as string).includes(p)),
            `${lang} ${k} ${cat}`,
          ).toEqual([]);
        }
      }
    }
  });

  it('a language added by a file, or a missing key, falls back to Dutch', () => {
    const so = residentTranslator('so', { 'report.title': 'Waxaan maqalnay' });
    expect(so('report.title')).toBe('Waxaan maqalnay');
    expect(so('report.thanks')).toBe('Bedankt dat u meepraatte!');
    expect(so('report.meetings', { n: 2 })).toBe('2 bijeenkomsten');
    expect(residentHas('so', 'report.thanks', { 'report.title': 'Waxaan maqalnay' })).toBe(false);
    expect(residentHas('so', 'report.title', { 'report.title': 'Waxaan maqalnay' })).toBe(true);
    expect(residentHas('ar', 'report.thanks')).toBe(true);
  });
});

describe('plural forms of every count in the report, in every language', () => {
  const NS = [0, 1, 2, 3, 11, 100];
  it('has the counts it should (the test reads what it claims to read)', () => {
    expect(countKeys).toEqual(
      expect.arrayContaining(['report.heard', 'report.meetings', 'report.dotsCount', 'report.attended']),
    );
  });

  for (const lang of KIOSK_LANGS) {
    it(`${lang}: picks the form of the language's own category for 0, 1, 2, 3, 11 and 100`, () => {
      const locale = RESIDENT_LOCALES[lang];
      const r = residentTranslator(lang);
      const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      for (const k of countKeys) {
        const entry = RESIDENT_CATALOGUES[lang][k]!;
        expect(typeof entry, `${lang} ${k} has plural forms`).toBe('object');
        // Every category the language has is written out (no count falls back to "other" by accident),
        // but "zero" in Arabic only where the sentence needs it and "other" always.
        const forms = entry as Record<string, string>;
        for (const c of categories)
          if (c !== 'zero' || lang === 'ar') expect(forms[c], `${lang} ${k} ${c}`).toBeTruthy();
        for (const n of NS) {
          const text = r(k, { n, meetings: 'M', buurt: 'B' });
          expect(text, `${lang} ${k} ${n}`).toBe(
            pluralForm(entry as never, n, locale)
              .replace(/\{n\}/g, String(n))
              .replace('{meetings}', 'M'),
          );
          expect(text).not.toMatch(/\{n\}/);
          // Where the form writes the number, it is the number itself (Latin digits).
          if (/\d/.test(text)) expect(text, `${lang} ${k} ${n}`).toContain(String(n));
        }
      }
    });
  }

  it('Arabic uses all six categories: 0, 1, 2, 3 (few), 11 (many), 100 (other)', () => {
    const r = residentTranslator('ar');
    expect(r('report.dotsCount', { n: 0 })).toBe('0 نقطة');
    expect(r('report.dotsCount', { n: 1 })).toBe('نقطة واحدة');
    expect(r('report.dotsCount', { n: 2 })).toBe('نقطتان');
    expect(r('report.dotsCount', { n: 3 })).toBe('3 نقاط');
    expect(r('report.dotsCount', { n: 11 })).toBe('11 نقطة');
    expect(r('report.dotsCount', { n: 100 })).toBe('100 نقطة');
    expect(r('report.attended', { n: 0 })).toBe('لم يحضر أحد.');
  });

  it('Polish: one, few, many (1 kropka, 3 kropki, 11 kropek, 22 kropki, 25 kropek)', () => {
    const r = residentTranslator('pl');
    expect(r('report.dotsCount', { n: 1 })).toBe('1 kropka');
    expect(r('report.dotsCount', { n: 3 })).toBe('3 kropki');
    expect(r('report.dotsCount', { n: 11 })).toBe('11 kropek');
    expect(r('report.dotsCount', { n: 22 })).toBe('22 kropki');
    expect(r('report.dotsCount', { n: 25 })).toBe('25 kropek');
    expect(r('report.attended', { n: 5 })).toBe('W sumie było 5 osób.');
  });

  it('a count under the small-group threshold has its own text in every language ("fewer than k")', () => {
    for (const lang of KIOSK_LANGS) {
      const r = residentTranslator(lang);
      for (const k of ['report.attendedFew', 'report.dotsIntroFew', 'report.dotsSmall'] as const) {
        const text = r(k, { k: 5, buurt: 'Jekerdal' });
        expect(text, `${lang} ${k}`).toContain('5');
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe("the translators' file carries the report", () => {
  it('exports the report texts of Arabic with their notes and six plural forms', () => {
    const parsed = parsePo(exportLanguage('ar', example));
    if (!parsed.ok) throw new Error(parsed.message);
    const byKey = new Map(parsed.file.entries.map((e) => [e.context, e]));
    for (const k of REPORT_KEYS) expect(byKey.has(k), k).toBe(true);
    expect(byKey.get('report.title')?.str).toEqual(['ما سمعناه']);
    expect(byKey.get('report.title')?.note).toContain('"Wat we hoorden" report');
    expect(byKey.get('report.raised')?.note).toContain('(not "you"');
    expect(byKey.get('report.dotsCount')?.str).toHaveLength(6);
    expect(byKey.get('report.dotsCount')?.idPlural).toBe('{n} stippen');
  });

  it('round trip: a changed report text in Polish comes back and is what the report shows', () => {
    const po = exportLanguage('pl', example).replace(
      /(msgctxt "report.title"\nmsgid "Wat we hoorden"\nmsgstr )".*"/,
      '$1"Co od Was usłyszeliśmy"',
    );
    const r = importLanguage(po, example);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.texts['report.title']).toBe('Co od Was usłyszeliśmy');
    expect(r.count).toBeGreaterThan(0);
    // Only the changed app text is stored; the built-in Polish ones are not stored again.
    expect(r.texts['report.thanks']).toBeUndefined();
    const process = { ...example, translations: { ...example.translations, pl: r.texts } };
    expect(residentTranslator('pl', process.translations.pl)('report.title')).toBe('Co od Was usłyszeliśmy');
    const root = document.createElement('div');
    render(<Report r={REPORT} process={process as never} today="2026-11-30" lang="pl" />, root);
    expect(root.querySelector('h1')?.textContent).toContain('Co od Was usłyszeliśmy');
    render(null, root);
  });

  it('refuses a report text without its placeholder, naming the key in Dutch', () => {
    const po = exportLanguage('tr', example).replace(
      /(msgctxt "report.hearAgainBy"\nmsgid ".*"\nmsgstr )".*"/,
      '$1"Size yakında haber vereceğiz."',
    );
    expect(importLanguage(po, example)).toEqual({
      ok: false,
      errors: ['Sleutel "report.hearAgainBy": de plaatshouder {date} ontbreekt.'],
    });
  });

  it('a new language lists the report texts as missing until translated', () => {
    const missing = missingOf('so', bare).app;
    for (const k of REPORT_KEYS) expect(missing).toContain(k);
  });
});

/** A report of a buurt: two meetings, a theme, a quote, an item with what was done, a planned meeting. */
const REPORT = {
  buurtId: 'jekerdal',
  meetings: [{ id: 'm1', location: 'Buurthuis De Geusselt', startsAt: '2026-10-01T19:30' }],
  contributions: 7,
  kioskResidents: 2,
  attended: 3,
  themes: [{ themeId: 'ontmoeten', count: 4 }],
  quotes: [{ id: 'q1', text: 'Er is te weinig plek om elkaar te zien.' }],
  items: [
    {
      item: {
        id: 'i1',
        title: 'Een ontmoetingsplek in het buurthuis',
        description: '',
        status: 'niet-haalbaar',
        statusReason: 'Geen ruimte vrij',
        years: { from: 2026, to: 2027 },
        responsible: 'Trajekt',
      },
      heardHere: 3,
      latest: { id: 'f1', date: '2026-11-01', text: 'We zochten een zaal.' },
    },
  ],
  upcoming: [{ id: 'm2', location: 'Buurthuis De Geusselt', startsAt: '2026-12-03T19:30' }],
  nextFeedbackBy: '2027-02-28',
} as unknown as HeardReport;

describe('the rendered report', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  function show(lang: 'nl' | 'ar' | 'pl', process: ProcessConfig = example) {
    render(
      <article lang={lang}>
        <Report r={REPORT} process={process as never} today="2026-11-30" lang={lang} />
      </article>,
      root,
    );
    return root;
  }

  it('in Arabic: texts from the Arabic catalogue, a translated theme in Arabic, Dutch names marked lang="nl"', () => {
    const el = show('ar');
    expect(el.querySelector('h1')?.textContent).toContain('ما سمعناه');
    const theme = el.querySelector('.bs-report__theme')!;
    expect(theme.textContent).toBe(example.translations.ar?.[textKey.theme('ontmoeten', 'label')]);
    expect(theme.closest('[lang]')?.getAttribute('lang')).toBe('ar');
    // Untranslated staff texts keep Dutch and say so.
    for (const dutch of ['Geen ruimte vrij', 'Trajekt', 'Een ontmoetingsplek in het buurthuis']) {
      const span = [...el.querySelectorAll('[lang="nl"]')].find((x) => x.textContent === dutch);
      expect(span, dutch).toBeTruthy();
      expect(span?.getAttribute('dir')).toBe('ltr');
    }
    // The quote: as the resident wrote it, no language claimed.
    const quote = el.querySelector('.bs-report__quote')!;
    expect(quote.getAttribute('lang')).toBe('');
    expect(quote.textContent).toBe('“Er is te weinig plek om elkaar te zien.”');
    // Under the small-group threshold (3 < 5): no number of people, in Arabic either.
    expect(el.textContent).toContain('حضر أقل من 5 أشخاص في المجموع.');
    expect(el.textContent).not.toMatch(/حضر 3/);
  });

  it('a translated agenda item and feedback text are shown in the language, without lang="nl"', () => {
    const process = {
      ...example,
      translations: {
        ...example.translations,
        pl: {
          ...example.translations.pl,
          [textKey.agenda('i1')]: 'Miejsce spotkań w domu sąsiedzkim',
          [textKey.feedback('f1')]: 'Szukaliśmy sali.',
        },
      },
    };
    const el = show('pl', process);
    const h3 = [...el.querySelectorAll('h3')].find(
      (x) => x.textContent === 'Miejsce spotkań w domu sąsiedzkim',
    );
    expect(h3?.closest('[lang]')?.getAttribute('lang')).toBe('pl');
    expect(el.textContent).toContain('Szukaliśmy sali.');
    expect(el.textContent).toContain('Co zostało zrobione (1 listopada 2026):');
  });

  it('in Dutch: the same texts as before the move, no lang marks needed', () => {
    const el = show('nl');
    expect(el.querySelector('h1')?.textContent).toBe('Wat we hoorden in Jekerdal');
    expect(el.textContent).toContain('We spraken met bewoners op 1 bijeenkomst.');
    expect(el.textContent).toContain('Er waren in totaal minder dan 5 mensen.');
    expect(el.textContent).toContain('Uiterlijk 28 februari 2027 laten we u weten hoe het verder gaat.');
    expect(
      [...el.querySelectorAll('[lang]')]
        .map((x) => x.getAttribute('lang'))
        .filter((l) => l !== 'nl' && l !== ''),
    ).toEqual([]);
  });
});
