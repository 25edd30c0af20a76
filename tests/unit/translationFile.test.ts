import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configResolver, configTexts, localise, missingIn, textKey } from '../../src/domain/configText';
import { configFileSchema, type ProcessConfig } from '../../src/domain/process';
import { type PoFile, parsePo, writePo } from '../../src/i18n/po';
import { NL_RESIDENT, residentTranslator } from '../../src/i18n/resident';
import { exportLanguage, importLanguage, missingOf, pluralCategories } from '../../src/i18n/translationFile';

const example: ProcessConfig = configFileSchema.parse(
  JSON.parse(readFileSync('public/config.json', 'utf8')),
).process;
const bare: ProcessConfig = { ...example, translations: {} };

describe('PO files', () => {
  const line = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !/[\r\n]/.test(s));
  const text = fc.string({ unit: 'binary', maxLength: 60 });
  const entry = fc.record({
    context: text,
    id: text,
    plural: fc.option(fc.tuple(text, fc.array(text, { minLength: 1, maxLength: 6 })), { nil: undefined }),
    single: text,
    note: fc.array(line, { maxLength: 3 }),
    comment: fc.array(line, { maxLength: 2 }),
    flags: fc.uniqueArray(fc.constantFrom('fuzzy', 'c-format', 'no-wrap'), { maxLength: 2 }),
  });
  const file = fc.record({
    headers: fc.array(
      fc.tuple(
        fc.stringMatching(/^[A-Za-z][A-Za-z-]{0,15}$/),
        fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '').trim()),
      ),
      { maxLength: 4 },
    ),
    entries: fc.array(entry, { maxLength: 8 }),
  });
  it('reads back what it writes (any text, escapes, plural forms, notes, flags)', () => {
    fc.assert(
      fc.property(file, (f) => {
        const po: PoFile = {
          headers: f.headers,
          entries: f.entries.map((e) => ({
            context: e.context,
            id: e.id,
            ...(e.plural ? { idPlural: e.plural[0] } : {}),
            str: e.plural ? e.plural[1] : [e.single],
            note: e.note.join('\n'),
            comment: e.comment.join('\n'),
            flags: e.flags,
          })),
        };
        const back = parsePo(writePo(po));
        expect(back).toEqual({ ok: true, file: po });
      }),
      { numRuns: Number(process.env.PO_RUNS ?? 300) },
    );
  });
  it('keeps U+2028 and U+2029 in a text (the property test found a file it could not read back)', () => {
    const po: PoFile = {
      headers: [],
      entries: [
        {
          context: 'a',
          id: 'x\u2028y',
          idPlural: '',
          str: ['\u2028', '\u2029'],
          note: '',
          comment: '',
          flags: [],
        },
        { context: 'b', id: '\u2029', str: ['z\u2028'], note: '', comment: '', flags: [] },
      ],
    };
    expect(parsePo(writePo(po))).toEqual({ ok: true, file: po });
  });
  it('names the line of a broken file', () => {
    const r = parsePo('msgid ""\nmsgstr ""\n\nmsgctxt "a"\nmsgid "b"\nmsgstr "c\n');
    expect(r).toEqual({ ok: false, line: 6, message: 'de tekst tussen aanhalingstekens klopt niet' });
  });
});

describe('configuration texts and the fallback rule', () => {
  it('lists every resident-facing text with a stable key, its source and a note', () => {
    const list = configTexts(example);
    const keys = list.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('askedBy');
    expect(keys).toContain('participationText');
    expect(keys).toContain(textKey.question('wat-is-belangrijk', 'text'));
    expect(keys).toContain(textKey.theme('ontmoeten', 'label'));
    expect(keys).toContain(textKey.buurt('sint-pieter'));
    expect(keys).toContain(textKey.group('mantelzorgers', 'label'));
    expect(list.every((c) => c.source.trim() && c.note && c.max > 0)).toBe(true);
    // Empty texts are not asked for (nothing to translate).
    expect(keys).not.toContain(textKey.group('jongeren', 'description'));
  });
  it('takes agenda items and feedback as extra texts', () => {
    const keys = configTexts(bare, {
      agendaItems: [
        { id: 'a1', title: 'Titel', residentText: 'Kort', description: '' },
        { id: 'a2', title: 'Weg', residentText: '', description: '', deleted: true },
      ],
      feedback: [{ id: 'f1', text: 'Wat we deden' }],
    }).map((c) => [c.key, c.source]);
    expect(keys).toContainEqual(['agenda.a1.text', 'Kort']);
    expect(keys).toContainEqual(['feedback.f1.text', 'Wat we deden']);
    expect(keys.some(([k]) => k?.startsWith('agenda.a2'))).toBe(false);
  });
  it('Dutch is shown as it is; a translation in its language; a missing one in Dutch with lang nl', () => {
    const tr = { pl: { 'theme.ontmoeten.label': 'Spotkania', 'theme.jeugd.label': '  ' } };
    expect(localise(tr, 'nl', 'theme.ontmoeten.label', 'Ontmoeten')).toEqual({
      text: 'Ontmoeten',
      lang: 'nl',
    });
    expect(localise(tr, 'pl', 'theme.ontmoeten.label', 'Ontmoeten')).toEqual({
      text: 'Spotkania',
      lang: 'pl',
    });
    // Blank counts as missing; an unknown language too.
    expect(localise(tr, 'pl', 'theme.jeugd.label', 'Jeugd')).toEqual({ text: 'Jeugd', lang: 'nl' });
    expect(configResolver(tr, 'so')('theme.ontmoeten.label', 'Ontmoeten')).toEqual({
      text: 'Ontmoeten',
      lang: 'nl',
    });
    // A plural entry is never a configuration text.
    expect(localise({ pl: { askedBy: { other: 'x' } } }, 'pl', 'askedBy', 'Wij')).toEqual({
      text: 'Wij',
      lang: 'nl',
    });
  });
  it('says what is missing per language', () => {
    const list = configTexts(bare);
    expect(missingIn(list, {}, 'nl')).toEqual([]);
    expect(missingIn(list, {}, 'pl')).toHaveLength(list.length);
    const one = missingIn(list, { pl: { askedBy: 'Pyta gmina.' } }, 'pl');
    expect(one).toHaveLength(list.length - 1);
    expect(missingOf('pl', bare).app).toEqual([]);
    expect(missingOf('so', bare).app).toHaveLength(Object.keys(NL_RESIDENT).length);
  });
  it('the example configuration for Zuid is translated into en, ar, tr and pl', () => {
    for (const lang of ['en', 'ar', 'tr', 'pl']) {
      expect({
        lang,
        missing: missingIn(configTexts(example), example.translations, lang).map((c) => c.key),
      }).toEqual({
        lang,
        missing: [],
      });
    }
  });
});

describe('plural forms residents see, in Polish and Arabic', () => {
  it('Polish: one, few, many (and other for fractions)', () => {
    expect(pluralCategories('pl')).toEqual(['one', 'few', 'many', 'other']);
    const r = residentTranslator('pl');
    expect([1, 2, 4, 5, 12, 22, 25].map((n) => r('vote.count', { n }))).toEqual([
      '1 kropka',
      '2 kropki',
      '4 kropki',
      '5 kropek',
      '12 kropek',
      '22 kropki',
      '25 kropek',
    ]);
    expect(r('vote.left', { n: 1 })).toBe('Została 1 kropka');
    expect(r('vote.left', { n: 3 })).toBe('Zostały 3 kropki');
    expect(r('vote.left', { n: 5 })).toBe('Zostało 5 kropek');
    expect(r('resident.idle.text', { n: 1 })).toContain('za 1 sekundę');
    expect(r('resident.idle.text', { n: 3 })).toContain('za 3 sekundy');
    expect(r('resident.idle.text', { n: 10 })).toContain('za 10 sekund');
    expect(r('resident.thanks.restart', { n: 24 })).toContain('Za 24 sekundy');
    expect(r('resident.thanks.restart', { n: 15 })).toContain('Za 15 sekund');
  });
  it('Arabic: zero to other, in every count', () => {
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    const r = residentTranslator('ar');
    expect(r('resident.idle.text', { n: 1 })).toContain('ثانية واحدة');
    expect(r('resident.idle.text', { n: 2 })).toContain('ثانيتين');
    expect(r('resident.idle.text', { n: 5 })).toContain('5 ثوانٍ');
    expect(r('resident.idle.text', { n: 11 })).toContain('11 ثانية');
    expect(r('vote.left', { n: 2 })).toBe('بقيت نقطتان');
    expect(r('vote.left', { n: 4 })).toBe('بقيت 4 نقاط');
  });
});

describe('export and import of a language', () => {
  it('exports the app and configuration texts of Turkish with notes and plural forms', () => {
    const po = exportLanguage('tr', example);
    const parsed = parsePo(po);
    if (!parsed.ok) throw new Error(parsed.message);
    const byKey = new Map(parsed.file.entries.map((e) => [e.context, e]));
    expect(byKey.get('resident.welcome.start')?.str).toEqual(['Başla']);
    expect(byKey.get('resident.welcome.start')?.note).toContain('button');
    expect(byKey.get('theme.ontmoeten.label')?.id).toBe('Ontmoeten');
    expect(byKey.get('resident.idle.text')?.idPlural).toContain('{n} seconden');
    expect(byKey.get('resident.idle.text')?.str).toHaveLength(2);
    expect(po).toContain('"Language: tr\\n"');
    expect(po).toContain('Plural-Forms: nplurals=2; plural=(n != 1);');
    expect(exportLanguage('pl', example)).toContain('Plural-Forms: nplurals=4;');
  });
  it('round trip: a changed theme text comes back, the rest stays', () => {
    const po = exportLanguage('tr', example).replace(
      /(msgctxt "theme.ontmoeten.label"\nmsgid "Ontmoeten"\nmsgstr )".*"/,
      '$1"Buluşma yeri"',
    );
    const r = importLanguage(po, example);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.lang).toBe('tr');
    expect(r.texts['theme.ontmoeten.label']).toBe('Buluşma yeri');
    expect(r.texts.askedBy).toBe(example.translations.tr?.askedBy);
    // Built-in app texts are not stored again.
    expect(r.texts['resident.next']).toBeUndefined();
    expect(r.warnings).toEqual([]);
  });
  it('adds a language without code: a file for a new language code', () => {
    const po = exportLanguage('so', bare, { empty: true }).replace(
      /(msgctxt "resident.next"\nmsgid "Verder"\nmsgstr )""/,
      '$1"Sii wad"',
    );
    const r = importLanguage(po, bare);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r).toMatchObject({ ok: true, lang: 'so', count: 1, texts: { 'resident.next': 'Sii wad' } });
    expect(residentTranslator('so', r.texts)('resident.next')).toBe('Sii wad');
    expect(residentTranslator('so', r.texts)('resident.back')).toBe('Terug');
  });
  it('warns when a button text gets long', () => {
    const po = exportLanguage('tr', bare).replace(
      /(msgctxt "resident.next"\nmsgid "Verder"\nmsgstr )".*"/,
      '$1"Lütfen bir sonraki ekrana geçmek için buraya dokunun"',
    );
    const r = importLanguage(po, bare);
    expect(r.ok && r.warnings).toEqual([expect.stringContaining('Sleutel "resident.next": knoptekst van')]);
  });
  it('refuses a file for another language than the chosen one', () => {
    const r = importLanguage(exportLanguage('tr', bare), bare, { expectLang: 'pl' });
    expect(r).toEqual({ ok: false, errors: ['Dit bestand is voor de taal "tr", niet voor "pl".'] });
  });
});

describe('bad translation files are refused, with a Dutch message naming the key', () => {
  const bad = (name: string) =>
    importLanguage(readFileSync(`tests/fixtures/bad-po/${name}.po`, 'utf8'), example);
  const cases: [string, string][] = [
    ['missing-placeholder', 'Sleutel "resident.progress": de plaatshouder {total} ontbreekt.'],
    ['unknown-placeholder', 'Sleutel "resident.back": onbekende plaatshouder {naam}.'],
    [
      'unknown-key',
      'Sleutel "theme.bestaat-niet.label": onbekende sleutel (geen tekst van de app of van deze configuratie).',
    ],
    ['markup', 'Sleutel "theme.ontmoeten.label": bevat opmaak (HTML); alleen gewone tekst mag.'],
    ['too-long', 'Sleutel "theme.ontmoeten.label": is 81 tekens lang, de grens is 80.'],
    ['duplicate-key', 'Sleutel "resident.next": staat twee keer in het bestand.'],
    [
      'plural-count',
      'Sleutel "resident.idle.text": heeft 3 meervoudsvormen, het tr heeft er 2 (one, other).',
    ],
    ['broken-quote', 'Regel 8: de tekst tussen aanhalingstekens klopt niet.'],
    ['no-language', 'Het bestand zegt niet voor welke taal het is (de regel "Language" ontbreekt).'],
  ];
  for (const [name, message] of cases) {
    it(name, () => {
      expect(bad(name)).toEqual({ ok: false, errors: [message] });
    });
  }
});
