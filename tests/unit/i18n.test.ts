import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIOSK_LANGS } from '../../src/domain/kiosk';
import { problemMessage } from '../../src/exchange/problems';
import { dotCount, dotsLeft } from '../../src/features/kiosk/voting/text';
import { en } from '../../src/i18n/en';
import { nl, translateNl } from '../../src/i18n/nl';
import { common } from '../../src/i18n/nl/common';
import { meetings } from '../../src/i18n/nl/meetings';
import { agendaKioskNotes } from '../../src/i18n/notes/agenda-kiosk';
import { kioskNotes } from '../../src/i18n/notes/kiosk';
import { reportNotes } from '../../src/i18n/notes/report';
import { RESIDENT_CATALOGUES, RESIDENT_LOCALES, residentTranslator } from '../../src/i18n/resident';
import {
  type Catalogue,
  createTranslator,
  type Entry,
  placeholdersOf,
  textsOf,
} from '../../src/i18n/translator';

type K = 'hello' | 'count' | 'onlyNl';
const nlCat: Catalogue<K> = {
  hello: 'Hallo {name}',
  count: { one: '1 stip', other: '{n} stippen' },
  onlyNl: 'Alleen Nederlands',
};
const AR_ALL = {
  zero: 'zero {n}',
  one: 'one {n}',
  two: 'two {n}',
  few: 'few {n}',
  many: 'many {n}',
  other: 'other {n}',
};

describe('createTranslator', () => {
  const tNl = createTranslator(nlCat, nlCat, 'nl');
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(tNl('hello', { name: 'Fatima' })).toBe('Hallo Fatima');
    expect(tNl('hello')).toBe('Hallo {name}');
    expect(tNl('hello', { other: 1 })).toBe('Hallo {name}');
  });
  it('falls back to Dutch for a key the language lacks, with Dutch plural rules', () => {
    const tEn = createTranslator<K>({ hello: 'Hello {name}' }, nlCat, 'en');
    expect(tEn('hello', { name: 'Ali' })).toBe('Hello Ali');
    expect(tEn('onlyNl')).toBe('Alleen Nederlands');
    expect(tEn('count', { n: 1 })).toBe('1 stip');
    expect(tEn('count', { n: 4 })).toBe('4 stippen');
  });
  it('Dutch plurals: one for 1, other for 0, 2 and fractions (Intl.PluralRules)', () => {
    expect(tNl('count', { n: 1 })).toBe('1 stip');
    for (const n of [0, 2, 5, 21, 100, 1.5])
      expect(tNl('count', { n })).toBe(`${String(n).replace('.', ',')} stippen`);
    // The CLDR categories Dutch has, as the catalogue's entries assume.
    expect(new Intl.PluralRules('nl').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
  });
  it('Arabic: every one of the six CLDR categories is chosen', () => {
    const tAr = createTranslator<'c'>({ c: AR_ALL }, { c: 'x' }, 'ar');
    const cases: [number, string][] = [
      [0, 'zero'],
      [1, 'one'],
      [2, 'two'],
      [3, 'few'],
      [10, 'few'],
      [11, 'many'],
      [99, 'many'],
      [100, 'other'],
      [102, 'other'],
      [103, 'few'],
    ];
    for (const [n, cat] of cases) expect(tAr('c', { n })).toBe(`${cat} ${n}`);
  });
  it('a category the entry does not carry falls back to other', () => {
    const tAr = createTranslator<'c'>({ c: { one: 'one', other: 'other {n}' } }, { c: 'x' }, 'ar');
    expect(tAr('c', { n: 1 })).toBe('one');
    for (const n of [0, 2, 3, 11, 100]) expect(tAr('c', { n })).toBe(`other ${n}`);
  });
  it('has() tells keys from strings that arrive as data', () => {
    expect(tNl.has('hello')).toBe(true);
    expect(tNl.has('nope')).toBe(false);
    expect(tNl.has('__proto__')).toBe(false);
  });
});

/** Every language catalogue: only keys Dutch has, the same placeholders, valid plural categories. */
function checkCatalogue(name: string, cat: Catalogue, source: Record<string, Entry>, locale: string) {
  describe(`catalogue ${name}`, () => {
    const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    it('has only keys of the Dutch source', () => {
      expect(Object.keys(cat).filter((k) => !(k in source))).toEqual([]);
    });
    it('keeps the placeholders of the Dutch source', () => {
      const wrong = Object.entries(cat).flatMap(([k, entry]) => {
        if (!entry) return [];
        const want = placeholdersOf(source[k]!);
        const main = placeholdersOf(typeof entry === 'string' ? entry : entry.other);
        const extra = placeholdersOf(entry).filter((p) => !want.includes(p));
        return main.join() === want.join() && !extra.length ? [] : [`${k}: ${main} vs ${want}`];
      });
      expect(wrong).toEqual([]);
    });
    it(`uses only plural categories of ${locale}`, () => {
      const wrong = Object.entries(cat).flatMap(([k, entry]) =>
        entry && typeof entry !== 'string'
          ? Object.keys(entry)
              .filter((c) => !categories.has(c))
              .map((c) => `${k}.${c}`)
          : [],
      );
      expect(wrong).toEqual([]);
    });
    it('has no empty text', () => {
      const empty = Object.entries(cat).filter(([, e]) => e && textsOf(e).some((s) => !s.trim()));
      expect(empty.map(([k]) => k)).toEqual([]);
    });
  });
}

checkCatalogue('nl (app)', nl, nl, 'nl');
checkCatalogue('en (app)', en, nl, 'en');
const residentNl = RESIDENT_CATALOGUES.nl as Record<string, Entry>;
for (const lang of KIOSK_LANGS) {
  checkCatalogue(`${lang} (kiosk residents)`, RESIDENT_CATALOGUES[lang], residentNl, RESIDENT_LOCALES[lang]);
}

describe('translator notes', () => {
  it('every resident key has a note, and every note a key', () => {
    const notes = { ...kioskNotes, ...agendaKioskNotes, ...reportNotes };
    expect(Object.keys(notes).sort()).toEqual(Object.keys(residentNl).sort());
  });
});

describe('first screen', () => {
  const own = { ...common, ...meetings } as Record<string, Entry>;
  // The app frame and the meetings list: their texts come with the entry chunk and the meetings part.
  const files = [
    'src/app/App.tsx',
    'src/app/StatusBar.tsx',
    'src/app/lazy.tsx',
    'src/features/meetings/MeetingList.tsx',
  ];
  const src = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const notice = readFileSync('src/features/exchange/UnexportedNotice.tsx', 'utf8');
  const homeNotice = notice.slice(
    notice.indexOf('function UnexportedNotice'),
    notice.indexOf('function ExportReminder'),
  );
  const all = `${src}\n${homeNotice}`;
  it('uses only keys of its own catalogues', () => {
    const literal = [...all.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(10);
    expect(literal.filter((k) => !(k in own))).toEqual([]);
    const prefixes = [...all.matchAll(/\bt\(`([\w.-]+)\$\{/g)].map((m) => m[1]!);
    expect(prefixes.length).toBeGreaterThan(0);
    for (const p of prefixes) {
      const inOwn = Object.keys(own).filter((k) => k.startsWith(p));
      const elsewhere = Object.keys(nl).filter((k) => k.startsWith(p) && !(k in own));
      expect({ p, inOwn: inOwn.length > 0, elsewhere }).toEqual({ p, inOwn: true, elsewhere: [] });
    }
  });
});

describe('counts a report reader sees, singular and plural (Dutch)', () => {
  const t = translateNl;
  it('evaluation', () => {
    expect(t('eval.meetingsHeld', { n: 1, planned: 0 })).toBe('1 bijeenkomst gehouden, 0 nog gepland.');
    expect(t('eval.meetingsHeld', { n: 2, planned: 2 })).toBe('2 bijeenkomsten gehouden, 2 nog gepland.');
    expect(t('eval.meetingsPeople', { n: 1 })).toBe('1 persoon was erbij.');
    expect(t('eval.meetingsPeople', { n: 21 })).toBe('21 mensen waren erbij.');
    expect(t('eval.meetingsInput', { n: 1, contributions: 5 })).toBe(
      'Zij gaven 5 keer inbreng, waarvan 1 bewoner in de bewonersstand.',
    );
    expect(t('eval.meetingsInput', { n: 0, contributions: 5 })).toBe(
      'Zij gaven 5 keer inbreng, waarvan 0 bewoners in de bewonersstand.',
    );
    expect(t('eval.agendaText', { n: 1, year: 2026 })).toBe('Sociale agenda 2026: 1 punt.');
    expect(t('eval.agendaText', { n: 3, year: 2026 })).toBe('Sociale agenda 2026: 3 punten.');
  });
  it('agenda results ("Wat we hoorden", a resident text: the report\'s own catalogue)', () => {
    const r = residentTranslator('nl');
    expect(r('report.meetings', { n: 1 })).toBe('1 bijeenkomst');
    expect(r('report.meetings', { n: 3 })).toBe('3 bijeenkomsten');
    expect(r('report.heardHere', { n: 1 })).toBe(
      'Dit punt gaat over 1 ding dat bewoners in uw buurt zeiden.',
    );
    expect(r('report.heardHere', { n: 2 })).toBe(
      'Dit punt gaat over 2 dingen die bewoners in uw buurt zeiden.',
    );
    expect(r('report.heardKiosk', { n: 1 })).toBe('1 bewoner vulde zelf iets in op de tablet.');
    expect(r('report.heardKiosk', { n: 4 })).toBe('4 bewoners vulden zelf iets in op de tablet.');
    expect(r('report.attended', { n: 1 })).toBe('Er was in totaal 1 persoon.');
    expect(r('report.attended', { n: 12 })).toBe('Er waren in totaal 12 mensen.');
    expect(t('agenda.overdue', { n: 1 })).toBe('1 buurt wacht te lang op terugkoppeling.');
    expect(t('agenda.overdue', { n: 2 })).toBe('2 buurten wachten te lang op terugkoppeling.');
  });
  it('exchange counts', () => {
    expect(t('exchange.unexported.count', { n: 1 })).toBe('1 wijziging is nog niet geëxporteerd.');
    expect(t('exchange.unexported.count', { n: 7 })).toBe('7 wijzigingen zijn nog niet geëxporteerd.');
    expect(t('exchange.home.changes', { n: 1 })).toBe('1 wijziging staat alleen op dit apparaat.');
    expect(t('exchange.home.changes', { n: 2 })).toBe('2 wijzigingen staan alleen op dit apparaat.');
    expect(t('exchange.reminder', { n: 1 })).toContain(': 1 wijziging staat alleen op dit apparaat.');
    const lookup = (key: string, params?: Record<string, string | number>) =>
      t.has(key) ? t(key, params) : key;
    expect(problemMessage({ code: 'moreProblems', params: { n: 1 } }, lookup)).toBe('… en nog 1 probleem.');
    expect(problemMessage({ code: 'moreProblems', params: { n: 9 } }, lookup)).toBe('… en nog 9 problemen.');
  });
  it('English follows its own rules', () => {
    const tEn = createTranslator(en, nl, 'en');
    expect(tEn('eval.meetingsHeld', { n: 1, planned: 0 })).toBe('1 meeting held, 0 still planned.');
    expect(tEn('eval.meetingsHeld', { n: 0, planned: 0 })).toBe('0 meetings held, 0 still planned.');
  });
});

describe('kiosk counts per resident language', () => {
  it('Dutch dots', () => {
    expect([0, 1, 2].map((n) => dotCount('nl', n))).toEqual(['Geen stip', '1 stip', '2 stippen']);
    expect([0, 1, 3].map((n) => dotsLeft('nl', n))).toEqual([
      'Alle stippen zijn verdeeld.',
      'Nog 1 stip over',
      'Nog 3 stippen over',
    ]);
  });
  it('Arabic dots: one, two, few, many, other', () => {
    expect([1, 2, 3, 11, 100].map((n) => dotCount('ar', n))).toEqual([
      'نقطة واحدة',
      'نقطتان',
      '3 نقاط',
      '11 نقطة',
      '100 نقطة',
    ]);
  });
  it('the countdown agrees with its number', () => {
    const r = residentTranslator('nl');
    expect(r('resident.idle.text', { n: 1 })).toBe(
      'Als u niets doet, wissen we uw antwoorden over 1 seconde.',
    );
    expect(r('resident.thanks.restart', { n: 10 })).toContain('Over 10 seconden');
    expect(residentTranslator('ar')('resident.thanks.restart', { n: 2 })).toContain('ثانيتين');
  });
});
