import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIOSK_LANGS } from '../../src/domain/kiosk';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import {
  REPORT_KEYS,
  RESIDENT_CATALOGUES,
  RESIDENT_LOCALES,
  type ReportKey,
  residentTranslator,
} from '../../src/i18n/resident';
import { createTranslator, type Entry, textsOf } from '../../src/i18n/translator';

/**
 * Plain Dutch (B1), issue 13 item 5, against docs/WOORDENLIJST.md: residents never read staff
 * jargon, are always "u", and every count they (or a report reader) see is singular for 1.
 */

/** The staff words of the glossary that a resident never reads. */
const JARGON = /\b(inbreng|doelgroep\w*|participatieniveau\w*|werkvorm\w*|\w*traject\w*|kiosk\w*)\b/i;
/** Residents are "u", never "je"/"jij". */
const JE = /\b(je|jij|jou|jouw|jullie)\b/i;

/**
 * The "Wat we hoorden" report: every text a resident reads in it is in its own resident catalogue
 * (src/i18n/nl/report.ts, in every resident language); the staff screen around it stays in agenda.ts.
 */
const reportKeys: string[] = REPORT_KEYS;
const STAFF_AROUND_REPORT = Object.keys(nl).filter((k) => k.startsWith('agenda.report.'));

/** Every text a resident reads, in Dutch: the kiosk (questions and dots), the report, the example configuration. */
function residentTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, e] of Object.entries(RESIDENT_CATALOGUES.nl))
    for (const s of textsOf(e as Entry)) out.push([k, s]);
  const config = JSON.parse(readFileSync('public/config.json', 'utf8')).process;
  out.push(['config.participationText', config.participationText], ['config.askedBy', config.askedBy]);
  out.push(['config.framing', config.framing]);
  for (const q of config.questions) out.push([`config.question.${q.id}`, `${q.text} ${q.help ?? ''}`]);
  for (const t of config.themes) out.push([`config.theme.${t.id}`, `${t.label} ${t.description}`]);
  for (const g of config.targetGroups) out.push([`config.group.${g.id}`, g.residentLabel]);
  return out;
}

describe('staff jargon never reaches a resident (docs/WOORDENLIJST.md)', () => {
  it('the report texts are found (the test reads what it claims to read)', () => {
    expect(reportKeys).toContain('report.raised');
    expect(reportKeys).toContain('report.heard');
    expect(residentTexts().map(([k]) => k)).toContain('report.heard');
    // Moved, not copied: the staff catalogue keeps only the controls around the report.
    expect(STAFF_AROUND_REPORT).toContain('agenda.report.print');
    expect(STAFF_AROUND_REPORT.filter((k) => reportKeys.includes(k.replace('agenda.', '')))).toEqual([]);
  });

  it('no jargon word in the kiosk, the report or the example configuration', () => {
    const hits = residentTexts().filter(([, s]) => JARGON.test(s));
    expect(hits).toEqual([]);
  });

  it('the check itself catches each word of the list', () => {
    for (const w of [
      'uw inbreng',
      'de doelgroepen',
      'het participatieniveau',
      'de werkvorm',
      'het participatietraject',
      'Traject',
      'de kiosk',
    ])
      expect(JARGON.test(w), w).toBe(true);
    // The partner's name is not the word.
    expect(JARGON.test('de buurtspecialisten van Trajekt')).toBe(false);
  });

  it('residents are "u", never "je"', () => {
    expect(residentTexts().filter(([, s]) => JE.test(s))).toEqual([]);
  });

  it('no "Versturen" on a device that sends nothing; no "u" for what others said in the report', () => {
    expect(residentTexts().filter(([, s]) => /versturen|verstuur|verzenden/i.test(s))).toEqual([]);
    expect(RESIDENT_CATALOGUES.nl['report.raised']).toBe('Dit vonden bewoners belangrijk');
    expect(RESIDENT_CATALOGUES.en['report.raised']).toBe('What residents found important');
  });

  it('every target group of the example configuration is phrased as a resident says it ("Ik …")', () => {
    const config = JSON.parse(readFileSync('public/config.json', 'utf8')).process;
    for (const g of config.targetGroups) expect(g.residentLabel, g.id).toMatch(/^(Ik|Lezen)\b/);
    expect(config.framing).toMatch(/niet over/);
  });
});

/** Dutch plural nouns that must never follow the number 1. */
const PLURAL_AFTER_1 =
  /\b1 (seconden|minuten|bijeenkomsten|bewoners|mensen|stippen|dingen|punten|keren|dagen|weken|maanden|jaren|vragen|contacten|antwoorden|groepen|buurten|thema’s|agendapunten)\b/;

describe('singular and plural of every count a resident or a report reader sees (Intl.PluralRules)', () => {
  /**
   * A count: "{n}" before a word ("{n} stippen"), or already in plural forms. "Stap {n} van {total}"
   * and "{n} van {total}" are positions, not counts.
   */
  const isCount = (e: Entry) =>
    typeof e === 'object' || textsOf(e).some((s) => /\{n\} (?!van\b)\p{L}/u.test(s));
  const countKeys = (cat: Record<string, Entry | undefined>) =>
    Object.entries(cat).filter(([, e]) => e !== undefined && isCount(e));
  const residentCounts = countKeys(RESIDENT_CATALOGUES.nl as Record<string, Entry>).map(([k]) => k);

  it('every resident text with a count has plural forms, in every language', () => {
    for (const lang of KIOSK_LANGS) {
      const cat = RESIDENT_CATALOGUES[lang] as Record<string, Entry | undefined>;
      const plain = residentCounts.filter((k) => typeof cat[k] === 'string');
      expect(plain, lang).toEqual([]);
    }
  });

  it('for 0, 1, 2, 3, 11 and 100 the translator picks a form without a slip, in every language', () => {
    for (const lang of KIOSK_LANGS) {
      const r = residentTranslator(lang);
      expect(residentCounts.length).toBeGreaterThan(5);
      for (const key of residentCounts) {
        for (const n of [0, 1, 2, 3, 11, 100]) {
          const text = r(key as never, { n, total: 3 });
          expect(text, `${lang} ${key} ${n}`).not.toMatch(/\{n\}/);
          if (lang === 'nl') expect(text, `${key} ${n}`).not.toMatch(PLURAL_AFTER_1);
        }
        // Dutch "keer" is the same for 1 and more ("1 keer", "3 keer"): nothing to tell apart there.
        const invariant = lang === 'nl' && /\b1 keer\b/.test(r(key as never, { n: 1 }));
        if ((lang === 'nl' || lang === 'en') && !invariant)
          expect(r(key as never, { n: 1 }), `${lang} ${key}`).not.toBe(
            r(key as never, { n: 2 }).replace('2', '1'),
          );
      }
    }
  });

  it('the report: every count is a plural form, and 1 is singular (Dutch and English)', () => {
    const nlT = residentTranslator('nl');
    const enT = residentTranslator('en');
    const counts = reportKeys.filter((k) => isCount(RESIDENT_CATALOGUES.nl[k as ReportKey] as Entry));
    expect(counts).toContain('report.dotsCount');
    for (const key of counts) {
      expect(typeof RESIDENT_CATALOGUES.nl[key as ReportKey], key).toBe('object');
      expect(nlT(key as ReportKey, { n: 1 }), key).not.toMatch(PLURAL_AFTER_1);
      expect(enT(key as ReportKey, { n: 1 }), key).not.toMatch(
        /\b1 (meetings|residents|people|things|times|dots)\b/,
      );
    }
  });

  /**
   * The class of slip behind "1 bijdragen" and "{n} inbreng": a count placeholder, whatever its name,
   * right before a noun in a plain text (not plural forms), so 1 reads as a plural. Every such count
   * is a plural entry of its own ("count.*" or the sentence itself). Only placeholders that hold a
   * limit of the app itself (never 1) may stand before a plural noun.
   */
  const LIMITS = new Set(['k', 'threshold', 'max', 'value', 'budget', 'year', 'from', 'quota']);
  const NL_PLURAL =
    /^(dagen|weken|maanden|jaren|seconden|minuten|bijdragen|bevindingen|records|wijzigingen|buurten|mensen|bewoners|stippen|papieren|anderen|dingen|punten|bijeenkomsten|regels|niveaus|inbreng|keren|antwoorden|contacten|bundels|teksten|professionals|partners)$/;
  const EN_PLURAL =
    /^(days|weeks|months|years|seconds|minutes|contributions|findings|records|changes|neighbourhoods|people|residents|dots|others|things|items|meetings|lines|levels|times|tries|answers|contacts|bundles|texts|professionals|partners|more)$/;
  const countSlips = (cat: Record<string, Entry | undefined>, plural: RegExp) =>
    Object.entries(cat)
      .filter(([, e]) => typeof e === 'string')
      .flatMap(([k, e]) =>
        [...(e as string).matchAll(/\{(\w+)\} (\p{L}+)/gu)]
          .filter((m) => !LIMITS.has(m[1] ?? '') && plural.test(m[2] ?? ''))
          .map((m) => `${k}: ${m[0]}`),
      );

  it('no Dutch text anywhere puts a count before a plural noun in a plain text ("1 bijdragen")', () => {
    expect(countSlips(nl as Record<string, Entry>, NL_PLURAL)).toEqual([]);
  });

  it('no English text does either ("1 contributions")', () => {
    expect(countSlips(en as Record<string, Entry>, EN_PLURAL)).toEqual([]);
  });

  it('English says what docs/WOORDENLIJST.md says: "resident mode" and "dots", never "kiosk" or "votes"', () => {
    const off = Object.entries(en as Record<string, Entry>).flatMap(([k, e]) =>
      textsOf(e)
        .map((s) => s.replace(/\{\w+\}/g, ''))
        .filter((s) => /\b(kiosks?|votes?|voting)\b/i.test(s))
        .map((s) => `${k}: ${s}`),
    );
    expect(off).toEqual([]);
  });

  it('Dutch staff texts say "bewonersstand" and "stippen" too, never "kiosk" or "stemmen"', () => {
    const off = Object.entries(nl as Record<string, Entry>).flatMap(([k, e]) =>
      textsOf(e)
        .map((s) => s.replace(/\{\w+\}/g, ''))
        .filter((s) => /\b(kiosk\w*|stemmen|stemming)\b/i.test(s))
        .map((s) => `${k}: ${s}`),
    );
    expect(off).toEqual([]);
  });

  it('the slips the review found are gone', () => {
    const nlR = residentTranslator('nl');
    expect(nlR('resident.thanks.restart', { n: 1 })).toContain('Over 1 seconde ');
    expect(nlR('vote.help', { n: 1 })).toBe(
      'U krijgt 1 stip. Geef die aan het punt dat u het belangrijkst vindt.',
    );
    expect(nlR('resident.contact.consent')).not.toMatch(/wist zij/);
    expect(createTranslator(nl as never, nl as never, 'nl')('coord.meetingsCount', { n: 1 })).toBe(
      '1 bijeenkomst',
    );
    expect(RESIDENT_LOCALES.ar).toBe('ar');
  });
});
