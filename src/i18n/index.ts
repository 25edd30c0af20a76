import { createStore, useStore } from '../ui/store';
import { type MessageKey, nl } from './nl';

export type { MessageKey } from './nl';
export type Lang = 'nl' | 'en';
export const LANGS: Lang[] = ['nl', 'en'];

/** Dutch is always there; other languages load when chosen (keeps them out of the first load). */
const catalogues: Partial<Record<Lang, Record<MessageKey, string>>> = { nl };

export async function loadLang(lang: Lang): Promise<void> {
  if (!catalogues[lang] && lang === 'en') catalogues.en = (await import('./en')).en;
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
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  // `current`, not `lang`: when two choices overlap, the last one wins.
  void loadLang(lang).then(() => shown.set(current));
}

export type Params = Record<string, string | number>;

/** Fill `{name}` placeholders. */
export function format(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Translate in the active language (falls back to Dutch). */
export function t(key: MessageKey, params?: Params, lang: Lang = current): string {
  return format(catalogues[lang]?.[key] ?? nl[key], params);
}

/** Re-render on a language change; returns `t`. */
export function useT(): typeof t {
  useStore(shown);
  return t;
}

/** Numbers and dates in the active language's style. */
export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString(current === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(current === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
