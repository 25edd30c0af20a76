import { type ConfigText, configTexts, type ExtraTexts, missingIn } from '../domain/configText';
import { PLURAL_CATEGORIES } from '../domain/constants';
import type { ProcessConfig, TranslatedEntry } from '../domain/process';
import { agendaKioskNotes } from './notes/agenda-kiosk';
import { kioskNotes } from './notes/kiosk';
import { reportNotes } from './notes/report';
import { header, type PoEntry, type PoFile, parsePo, writePo } from './po';
import { builtinResident, isResidentKey, NL_RESIDENT, type ResidentKey } from './resident';
import { type Entry, type PluralForms, placeholdersOf, textsOf } from './translator';

/**
 * One language as one translation file (gettext PO): the app's resident texts and the process's
 * configuration texts, each with its key (msgctxt), the Dutch source (msgid) and the note for the
 * translator (#.). Import checks every entry and changes nothing when one is wrong; the messages
 * are Dutch and name the key. Pure: the caller reads and writes the file and the database.
 */

// "Wat we hoorden" is a resident text like the kiosk's: its notes say so ("Wat we hoorden:" first).
const NOTES: Record<ResidentKey, string> = {
  ...kioskNotes,
  ...agendaKioskNotes,
  ...Object.fromEntries(Object.entries(reportNotes).map(([k, v]) => [k, `"Wat we hoorden" report: ${v}`])),
} as Record<ResidentKey, string>;

type Category = (typeof PLURAL_CATEGORIES)[number];

/** The plural categories of a language in canonical order: msgstr[i] is the i-th. */
export function pluralCategories(lang: string): Category[] {
  let cats: string[];
  try {
    cats = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  } catch {
    cats = ['one', 'other'];
  }
  return PLURAL_CATEGORIES.filter((c) => cats.includes(c));
}

/** gettext's Plural-Forms for the languages whose formula gives the same order as our categories. */
const PLURAL_FORMS: Record<string, string> = {
  ar: 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);',
  pl: 'nplurals=4; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);',
  ru: 'nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);',
  uk: 'nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);',
};

function pluralFormsHeader(lang: string): string | undefined {
  if (PLURAL_FORMS[lang]) return PLURAL_FORMS[lang];
  const cats = pluralCategories(lang);
  if (cats.length === 1) return 'nplurals=1; plural=0;';
  if (cats.join() === 'one,other') return 'nplurals=2; plural=(n != 1);';
  return undefined;
}

/** A whole number that falls in each category (for the note that explains msgstr[i]). */
function exampleOf(lang: string, cat: Category): string {
  const rules = new Intl.PluralRules(lang);
  for (let n = 0; n <= 200; n++) if (rules.select(n) === cat) return String(n);
  return '1,5';
}

const isButton = (key: ResidentKey) => /^(big |toggle )?button\b/i.test(NOTES[key]);

export interface ExportOptions {
  extra?: ExtraTexts;
  /** Leave out existing translations (a clean file for a new translator). */
  empty?: boolean;
}

/** The translation file of `lang` for this process. */
export function exportLanguage(lang: string, process: ProcessConfig, opts: ExportOptions = {}): string {
  const own = process.translations[lang] ?? {};
  const builtin = builtinResident(lang);
  const cats = pluralCategories(lang);
  const pluralNote = `Plural forms: ${cats.map((c, i) => `msgstr[${i}] = ${c} (e.g. ${exampleOf(lang, c)})`).join(', ')}.`;
  const entries: PoEntry[] = [];
  for (const key of Object.keys(NL_RESIDENT).filter(isResidentKey)) {
    const source = NL_RESIDENT[key]!;
    const current = opts.empty ? undefined : (own[key] ?? builtin[key]);
    const base = { context: key, comment: '', flags: [] as string[] };
    if (typeof source === 'string') {
      entries.push({
        ...base,
        id: source,
        str: [typeof current === 'string' ? current : ''],
        note: NOTES[key] + (isButton(key) ? ' Keep it short (a button).' : ''),
      });
    } else {
      const forms: Partial<Record<string, string>> = typeof current === 'object' ? current : {};
      entries.push({
        ...base,
        id: source.one ?? source.other,
        idPlural: source.other,
        str: cats.map((c) => forms[c] ?? ''),
        note: `${NOTES[key]}\n${pluralNote}`,
      });
    }
  }
  for (const c of configTexts(process, opts.extra)) {
    const current = opts.empty ? undefined : own[c.key];
    entries.push({
      context: c.key,
      id: c.source,
      str: [typeof current === 'string' ? current : ''],
      note: `${c.note} At most ${c.max} characters.`,
      comment: '',
      flags: [],
    });
  }
  const plural = pluralFormsHeader(lang);
  const file: PoFile = {
    headers: [
      ['Project-Id-Version', 'Buurtstem'],
      ['Language', lang],
      ['MIME-Version', '1.0'],
      ['Content-Type', 'text/plain; charset=UTF-8'],
      ['Content-Transfer-Encoding', '8bit'],
      ...(plural ? ([['Plural-Forms', plural]] as [string, string][]) : []),
      ['X-Buurtstem-Plural-Categories', cats.join(' ')],
      ['X-Buurtstem-Process', process.name],
    ],
    entries,
  };
  return writePo(file);
}

export type ImportResult =
  | {
      ok: true;
      lang: string;
      /** The language's translations after the import (the stored ones plus the file's). */
      texts: Record<string, TranslatedEntry>;
      /** Texts the file translated. */
      count: number;
      warnings: string[];
    }
  | { ok: false; errors: string[] };

// Markup of any kind: an HTML/XML tag, a comment, or an entity a browser would decode.
const MARKUP = /<\/?[a-z!?][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/** Problems of one translated text against its Dutch source (empty: fine). */
function checkPlaceholders(source: Entry, translated: Entry): string[] {
  const want = placeholdersOf(source);
  const problems: string[] = [];
  const have = placeholdersOf(translated);
  for (const p of have.filter((x) => !want.includes(x))) problems.push(`onbekende plaatshouder {${p}}`);
  if (typeof translated === 'string') {
    for (const p of want.filter((x) => !have.includes(x))) problems.push(`de plaatshouder {${p}} ontbreekt`);
    return problems;
  }
  // Plural forms: every placeholder but the count in every form ("1 seconde" needs no {n}); the
  // count at least in the "other" form.
  for (const [cat, text] of Object.entries(translated)) {
    if (typeof text !== 'string' || !text) continue;
    const inForm = placeholdersOf(text);
    const needed = want.filter((p) => p !== 'n' || cat === 'other');
    for (const p of needed.filter((x) => !inForm.includes(x)))
      problems.push(`de plaatshouder {${p}} ontbreekt (meervoudsvorm ${cat})`);
  }
  return [...new Set(problems)];
}

/**
 * Read a translation file for this process. Refused (with every problem, in Dutch, naming the key)
 * when the file cannot be read, has no or a wrong language, an unknown or doubled key, markup, a
 * missing or unknown placeholder, a text longer than the configuration allows, or plural forms that
 * do not fit the language. `expectLang`: the language the user chose (else the file's own).
 */
export function importLanguage(
  text: string,
  process: ProcessConfig,
  opts: { extra?: ExtraTexts; expectLang?: string } = {},
): ImportResult {
  const parsed = parsePo(text);
  if (!parsed.ok) return { ok: false, errors: [`Regel ${parsed.line}: ${parsed.message}.`] };
  const lang = (header(parsed.file, 'Language') ?? '')
    .trim()
    .toLowerCase()
    .replace(/[-_].*$/, '');
  if (!/^[a-z]{2,3}$/.test(lang))
    return {
      ok: false,
      errors: ['Het bestand zegt niet voor welke taal het is (de regel "Language" ontbreekt).'],
    };
  if (lang === 'nl')
    return { ok: false, errors: ['Dit is een Nederlands bestand: Nederlands is de brontaal.'] };
  if (opts.expectLang && opts.expectLang !== lang)
    return { ok: false, errors: [`Dit bestand is voor de taal "${lang}", niet voor "${opts.expectLang}".`] };

  const config = new Map<string, ConfigText>(configTexts(process, opts.extra).map((c) => [c.key, c]));
  const cats = pluralCategories(lang);
  const builtin = builtinResident(lang);
  const errors: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const found: Record<string, TranslatedEntry> = {};
  for (const e of parsed.file.entries) {
    const key = e.context;
    const err = (m: string) => errors.push(`Sleutel "${key}": ${m}.`);
    if (!key) {
      errors.push(`De tekst "${e.id.slice(0, 40)}" heeft geen sleutel (msgctxt).`);
      continue;
    }
    if (seen.has(key)) {
      err('staat twee keer in het bestand');
      continue;
    }
    seen.add(key);
    const fuzzy = e.flags.includes('fuzzy');
    if (isResidentKey(key)) {
      const source = NL_RESIDENT[key]!;
      let entry: Entry | undefined;
      if (typeof source === 'string') {
        if (e.idPlural !== undefined) {
          err('heeft meervoudsvormen, maar de Nederlandse tekst niet');
          continue;
        }
        entry = e.str[0] || undefined;
        if (e.id !== source)
          warnings.push(
            `Sleutel "${key}": de Nederlandse tekst is intussen veranderd; kijk de vertaling na.`,
          );
      } else {
        if (e.idPlural === undefined) {
          err('mist de meervoudsvormen (msgid_plural en msgstr[0], msgstr[1] …)');
          continue;
        }
        if (e.str.length !== cats.length) {
          err(
            `heeft ${e.str.length} meervoudsvormen, het ${lang} heeft er ${cats.length} (${cats.join(', ')})`,
          );
          continue;
        }
        if (e.str.some((s) => s)) {
          const forms = Object.fromEntries(cats.map((c, i) => [c, e.str[i]!]).filter(([, s]) => s));
          if (!forms.other) {
            err('de vorm "other" (de laatste msgstr) is leeg');
            continue;
          }
          entry = forms as PluralForms;
        }
      }
      if (entry === undefined || fuzzy) continue;
      const texts = textsOf(entry);
      if (texts.some((s) => MARKUP.test(s))) {
        err('bevat opmaak (HTML); alleen gewone tekst mag');
        continue;
      }
      const problems = checkPlaceholders(source, entry);
      if (problems.length) {
        err(problems.join(', '));
        continue;
      }
      if (isButton(key)) {
        const nlLen = textsOf(source)[0]!.length;
        const long = Math.max(...texts.map((s) => s.length));
        if (long > Math.max(24, Math.ceil(nlLen * 1.6)))
          warnings.push(
            `Sleutel "${key}": knoptekst van ${long} tekens (Nederlands: ${nlLen}); past misschien niet op de knop.`,
          );
      }
      found[key] = entry;
      continue;
    }
    const c = config.get(key);
    if (!c) {
      err('onbekende sleutel (geen tekst van de app of van deze configuratie)');
      continue;
    }
    if (e.idPlural !== undefined) {
      err('heeft meervoudsvormen, maar de Nederlandse tekst niet');
      continue;
    }
    const s = e.str[0] ?? '';
    if (!s.trim() || fuzzy) continue;
    if (e.id !== c.source)
      warnings.push(`Sleutel "${key}": de Nederlandse tekst is intussen veranderd; kijk de vertaling na.`);
    if (MARKUP.test(s)) {
      err('bevat opmaak (HTML); alleen gewone tekst mag');
      continue;
    }
    const problems = checkPlaceholders(c.source, s);
    if (problems.length) {
      err(problems.join(', '));
      continue;
    }
    if (s.length > c.max) {
      err(`is ${s.length} tekens lang, de grens is ${c.max}`);
      continue;
    }
    found[key] = s;
  }
  if (errors.length) return { ok: false, errors };
  const texts: Record<string, TranslatedEntry> = { ...(process.translations[lang] ?? {}), ...found };
  // A text the app already has in this language need not be stored again.
  for (const [k, v] of Object.entries(texts)) {
    if (isResidentKey(k) && builtin[k] !== undefined && JSON.stringify(builtin[k]) === JSON.stringify(v))
      delete texts[k];
  }
  return { ok: true, lang, texts, count: Object.keys(found).length, warnings };
}

/** What is still missing in a language: app texts and configuration texts without a translation. */
export function missingOf(
  lang: string,
  process: ProcessConfig,
  extra?: ExtraTexts,
): { app: ResidentKey[]; config: ConfigText[] } {
  const own = process.translations[lang] ?? {};
  const builtin = builtinResident(lang);
  const app = Object.keys(NL_RESIDENT)
    .filter(isResidentKey)
    .filter((k) => own[k] === undefined && builtin[k] === undefined);
  return { app, config: missingIn(configTexts(process, extra), process.translations, lang) };
}
