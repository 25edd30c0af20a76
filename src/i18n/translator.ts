/**
 * The one translator of Buurtstem: the app (`t`/`useT`), the resident kiosk, the CLI and the domain
 * (export headings, report texts) all translate through `createTranslator`. Pure: no DOM, no state
 * of its own; the catalogues it is given may grow (feature catalogues register when their chunk loads).
 */

import { formatLocaleNumber, plainPlural } from './plainNumbers';

/** A count text by CLDR plural category (nl/en/tr use one/other; ar uses all six). `other` is required. */
export type PluralForms = { readonly other: string } & {
  readonly [C in Intl.LDMLPluralRule]?: string;
};

/** One catalogue entry: a text with `{name}` placeholders, or plural forms chosen by the `n` parameter. */
export type Entry = string | PluralForms;

/** A catalogue: Dutch is the source of truth; other languages may leave keys out (Dutch is used). */
export type Catalogue<K extends string = string> = { readonly [P in K]?: Entry };

export type Params = Record<string, string | number>;

export interface Translator<K extends string> {
  (key: K, params?: Params): string;
  /** For ids that arrive as plain strings from data: is this a key of the catalogue (or its fallback)? */
  has(key: string): key is K;
}

/** Fill `{name}` placeholders; an unknown placeholder stays visible (a translator sees the slip). */
export function format(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

const rulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules;
}

/** Parameters shown as given: years ("2026", never "2.026") and codes. */
const RAW_PARAMS = new Set(['year', 'from', 'to', 'code']);

function localised(params: Params, locale: string): Params {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === 'number' && !RAW_PARAMS.has(k) ? formatLocaleNumber(v, locale) : v;
  return out;
}

/** The form for count `n` in `locale`; a category the entry does not carry falls back to `other`. */
export function pluralForm(forms: PluralForms, n: number, locale: string): string {
  return forms[plainPlural(n, locale) ?? pluralRules(locale).select(n)] ?? forms.other;
}

/**
 * A translator over `catalogue` (in `locale`) that falls back to `fallback` (Dutch, in `fallbackLocale`)
 * for keys the catalogue lacks. Entries with plural forms pick their form by `params.n` through
 * `Intl.PluralRules`, so each language gets its own categories (Arabic: zero/one/two/few/many/other).
 */
export function createTranslator<K extends string>(
  catalogue: Catalogue<K>,
  fallback: Catalogue<K>,
  locale: string,
  fallbackLocale = 'nl',
): Translator<K> {
  const translate = (key: K, params?: Params): string => {
    let entry = catalogue[key];
    let loc = locale;
    if (entry === undefined) {
      entry = fallback[key];
      loc = fallbackLocale;
    }
    if (entry === undefined) return key;
    // Numbers are shown in the text's own locale (50.000 in Dutch), so callers pass numbers, never
    // pre-formatted strings: "1.000" would read as 1 to the plural rules. Years stay as they are.
    const shown = params && localised(params, loc);
    if (typeof entry === 'string') return format(entry, shown);
    const n = Number(params?.n ?? 0);
    return format(pluralForm(entry, n, loc), shown);
  };
  const has = (key: string): key is K => Object.hasOwn(catalogue, key) || Object.hasOwn(fallback, key);
  return Object.assign(translate, { has });
}

/** Every text of an entry (the single text, or each plural form): for catalogue checks. */
export function textsOf(entry: Entry): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry).filter((v) => typeof v === 'string');
}

/** The `{placeholders}` an entry uses, sorted (for the check that translations keep them). */
export function placeholdersOf(entry: Entry): string[] {
  const names = new Set<string>();
  for (const text of textsOf(entry)) for (const m of text.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  return [...names].sort();
}
