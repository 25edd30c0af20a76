import { createStore, useStore } from '../ui/store';
import type { MessageKey } from './keys';
import { common } from './nl/common';
import { keepEnglish } from './offline';
import { PART_LOADERS, TEXT_PARTS, type TextPart } from './parts';
import { formatLocaleDate, localMidnight } from './plainDates';
import { formatLocaleNumber } from './plainNumbers';
import { type Catalogue, createTranslator, type Params, type Translator } from './translator';

export type { KeysUnder, MessageKey } from './keys';
export { format, type Params } from './translator';
export type Lang = 'nl' | 'en';
export const LANGS: Lang[] = ['nl', 'en'];

type Mutable = { -readonly [K in MessageKey]?: Catalogue<MessageKey>[K] };

/**
 * Dutch starts with the app frame's texts only; each feature's texts are added when its screen loads
 * (`loadTexts`). English loads whole when chosen. Both stay out of the first load.
 */
const nlTexts: Mutable = { ...common };
const enTexts: Mutable = {};
const loaded = new Set<TextPart>();
let enLoaded = false;

/** Add a Dutch feature catalogue (also used by tests and tools that have it at hand). */
export function addTexts(part: Catalogue<MessageKey>): void {
  Object.assign(nlTexts, part);
}

/** Load the Dutch texts of these features (once each); the routes call this beside the screen's code. */
export async function loadTexts(parts: readonly TextPart[] = TEXT_PARTS): Promise<void> {
  await Promise.all(
    parts
      .filter((p) => !loaded.has(p))
      .map(async (p) => {
        addTexts(await PART_LOADERS[p]());
        loaded.add(p);
      }),
  );
}

/**
 * Load a language's texts; false when they cannot be had. Dutch is always there; English is not
 * installed up front (./offline.ts), so without internet on a device that never used it, it fails.
 */
export async function loadLang(lang: Lang): Promise<boolean> {
  if (lang === 'en' && !enLoaded) {
    let m: typeof import('./en');
    try {
      m = await import('./en');
    } catch {
      return false;
    }
    Object.assign(enTexts, m.en);
    enLoaded = true;
    void keepEnglish(m.url).catch(() => undefined);
  }
  return true;
}

/**
 * The language a user chose whose texts could not be loaded: the app shows Dutch and says why
 * (StatusBar), until the user chooses again or closes the message.
 */
const missing = createStore<Lang | null>(null);

export function useMissingLang(): Lang | null {
  return useStore(missing);
}

export function dismissMissingLang(): void {
  missing.set(null);
}

/**
 * Put `lang` on screen: its texts, and the page's `lang` with them (the one place that sets it, so
 * a screen reader hears the new language together with the new texts). `notLoaded`: the language
 * that was chosen but could not be loaded (then `lang` is Dutch; the choice itself stays saved for
 * the next start).
 */
function show(lang: Lang, notLoaded: Lang | null): void {
  current = lang;
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  missing.set(notLoaded);
  shown.set(lang);
}

/** Load `lang` and put it on screen, or Dutch with the message when it cannot be loaded. */
async function loadAndShow(lang: Lang): Promise<void> {
  const ok = await loadLang(lang);
  // When two choices overlap, the last one wins.
  if (current === lang) show(ok ? lang : 'nl', ok ? null : lang);
}

/** At start: the saved language, or Dutch with the message when it cannot be loaded. */
export function loadStartLang(): Promise<void> {
  return loadAndShow(current);
}
const STORAGE_KEY = 'buurtstem.lang';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'nl' || saved === 'en') return saved;
  } catch {}
  return 'nl';
}

let current: Lang = initialLang();
/** The language whose catalogue is loaded and shown; components re-render when it changes. */
const shown = createStore<Lang>(current);

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {}
  void loadAndShow(lang);
}

const translators = {
  nl: createTranslator<MessageKey>(nlTexts, nlTexts, 'nl'),
  en: createTranslator<MessageKey>(enTexts, nlTexts, 'en-GB'),
};

/** The translator of a language (default: the active one), for code that takes one as a parameter. */
export function translator(lang: Lang = current): Translator<MessageKey> {
  return translators[lang];
}

/** Translate in the active language (falls back to Dutch); a thin wrapper around `createTranslator`. */
export function t(key: MessageKey, params?: Params, lang: Lang = current): string {
  return translators[lang](key, params);
}

/**
 * For ids that arrive as plain strings from data (a field name, a problem code): is this a key of the
 * (loaded) catalogue? A type guard checked at run time, instead of a cast that turns the key check off.
 */
export function hasText(key: string): key is MessageKey {
  return translators.nl.has(key);
}

/** The text of a key built from data (`conflicts.f.${field}`), or `otherwise` when there is none. */
export function textOr(key: string, otherwise: string, params?: Params): string {
  return hasText(key) ? t(key, params) : otherwise;
}

/** Re-render on a language change; returns `t`. */
export function useT(): typeof t {
  useStore(shown);
  return t;
}

/** The active language's locale for Intl. */
const intlLocale = (): string => (current === 'nl' ? 'nl-NL' : 'en-GB');

/** Numbers and dates in the active language's style. */
export function formatNumber(n: number, digits = 0): string {
  return formatLocaleNumber(n, intlLocale(), digits);
}

/** Dates too: in the app's own languages without Intl (src/i18n/plainDates.ts formatLocaleDate). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatLocaleDate(d, intlLocale(), 'dateTime');
}

/** A local day "2026-03-05" as "5 maart 2026" (or "5 March 2026"). */
export function formatDay(day: string): string {
  const date = localMidnight(day);
  return date ? formatLocaleDate(date, intlLocale(), 'day') : day;
}
