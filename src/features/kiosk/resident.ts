import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { configResolver, textKey } from '../../domain/configText';
import { KIOSK_LANGS, type KioskLang, RTL_LANGS } from '../../domain/kiosk';
import type { Process } from '../../domain/process';
import { KIOSK_KEYS, type ResidentKey, residentTranslator } from '../../i18n/resident';
import type { Translator } from '../../i18n/translator';

export type { ResidentKey } from '../../i18n/resident';

/** Language buttons: each label in its own language and script, no flags. */
export const RESIDENT_LANGS: { id: KioskLang; label: string; dir: 'ltr' | 'rtl' }[] = [
  { id: 'nl', label: 'Nederlands', dir: 'ltr' },
  { id: 'en', label: 'English', dir: 'ltr' },
  { id: 'ar', label: 'العربية', dir: 'rtl' },
  { id: 'tr', label: 'Türkçe', dir: 'ltr' },
  { id: 'pl', label: 'Polski', dir: 'ltr' },
];

export function dirOf(lang: KioskLang): 'ltr' | 'rtl' {
  return RTL_LANGS.includes(lang) ? 'rtl' : 'ltr';
}

/** The name of a language in that language ("Soomaali" for so), for a language added by a file. */
export function nativeName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
    if (name && name !== lang) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {}
  return lang;
}

/**
 * The languages on the kiosk: the built-in ones, and every language a translator's file added
 * whose app texts of this use (`keys`: the kiosk by default, the report
 * for "Wat we hoorden") are all translated (a half-translated language would show Dutch texts marked as
 * that language; the settings screen says what is missing).
 */
export function residentLangs(
  process: Pick<Process, 'translations'> | null | undefined,
  keys: readonly ResidentKey[] = KIOSK_KEYS,
) {
  const added = Object.entries(process?.translations ?? {})
    .filter(([code, texts]) => {
      if ((KIOSK_LANGS as readonly string[]).includes(code)) return false;
      return keys.every((k) => texts[k] !== undefined);
    })
    .map(([code]) => ({ id: code, label: nativeName(code), dir: dirOf(code) }));
  return [...RESIDENT_LANGS, ...added];
}

/** A configuration text as shown: its text, and the lang/dir attributes when it is Dutch in another language. */
export interface ShownText {
  text: string;
  attrs: { lang?: string; dir?: 'ltr' };
}

export interface Resident {
  lang: KioskLang;
  dir: 'ltr' | 'rtl';
  r: Translator<ResidentKey>;
  /** Attributes for texts from the (Dutch) configuration when the resident reads another language. */
  nlAttrs: { lang?: string; dir?: 'ltr' };
  /**
   * A configuration text in the resident's language (src/domain/configText.ts): the translation,
   * or the Dutch source with lang="nl" when there is none. Keys through `textKey`.
   */
  cfg: (key: string, source: string) => ShownText;
}

const NO_PROCESS = { translations: {} } as const;

export function makeResident(
  lang: KioskLang,
  process: Pick<Process, 'translations'> | null | undefined = NO_PROCESS,
): Resident {
  const translations = process?.translations ?? {};
  const resolve = configResolver(translations, lang);
  const nlAttrs = lang === 'nl' ? {} : ({ lang: 'nl', dir: 'ltr' } as const);
  return {
    lang,
    dir: dirOf(lang),
    r: residentTranslator(lang, translations[lang]),
    nlAttrs,
    cfg: (key, source) => {
      const shown = resolve(key, source);
      return { text: shown.text, attrs: shown.lang === lang ? {} : nlAttrs };
    },
  };
}

/** The label of a target group as a resident reads it: their own words when configured. */
export function groupText(resident: Resident, process: Process, id: string): ShownText | null {
  const g = process.targetGroups.find((x) => x.id === id);
  if (!g) return null;
  return g.residentLabel
    ? resident.cfg(textKey.group(g.id, 'residentLabel'), g.residentLabel)
    : resident.cfg(textKey.group(g.id, 'label'), g.label);
}

export const ResidentContext = createContext<Resident>(makeResident('nl'));

export function useResident(): Resident {
  return useContext(ResidentContext);
}

/** A theme's label (and description) as a resident reads it; the id itself for an unknown theme. */
export function themeText(
  resident: Resident,
  process: Process,
  id: string,
  field: 'label' | 'description' = 'label',
): ShownText {
  const th = process.themes.find((x) => x.id === id);
  if (!th) return { text: id, attrs: resident.nlAttrs };
  return resident.cfg(textKey.theme(id, field), th[field]);
}

/** A buurt's name as a resident reads it. */
export function buurtText(resident: Resident, process: Process, id: string): ShownText {
  const b = process.buurten.find((x) => x.id === id);
  return b ? resident.cfg(textKey.buurt(id), b.name) : { text: id, attrs: resident.nlAttrs };
}
