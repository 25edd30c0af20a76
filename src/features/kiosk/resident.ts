import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { KioskLang } from '../../domain/kiosk';
import { type ResidentKey, residentTranslator } from '../../i18n/resident';
import type { Translator } from '../../i18n/translator';

export type { ResidentKey } from '../../i18n/resident';

/** Language buttons: each label in its own language and script, no flags. */
export const RESIDENT_LANGS: { id: KioskLang; label: string; dir: 'ltr' | 'rtl' }[] = [
  { id: 'nl', label: 'Nederlands', dir: 'ltr' },
  { id: 'en', label: 'English', dir: 'ltr' },
  { id: 'ar', label: 'العربية', dir: 'rtl' },
  { id: 'tr', label: 'Türkçe', dir: 'ltr' },
];

export function dirOf(lang: KioskLang): 'ltr' | 'rtl' {
  return RESIDENT_LANGS.find((l) => l.id === lang)?.dir ?? 'ltr';
}

export interface Resident {
  lang: KioskLang;
  dir: 'ltr' | 'rtl';
  r: Translator<ResidentKey>;
  /** Attributes for texts from the (Dutch) configuration when the resident reads another language. */
  nlAttrs: { lang?: string; dir?: 'ltr' };
}

export function makeResident(lang: KioskLang): Resident {
  return {
    lang,
    dir: dirOf(lang),
    r: residentTranslator(lang),
    nlAttrs: lang === 'nl' ? {} : { lang: 'nl', dir: 'ltr' },
  };
}

export const ResidentContext = createContext<Resident>(makeResident('nl'));

export function useResident(): Resident {
  return useContext(ResidentContext);
}
