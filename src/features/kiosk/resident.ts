import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { KioskLang } from '../../domain/kiosk';
import { format, type Params } from '../../i18n';
import { arKiosk } from '../../i18n/ar/kiosk';
import { enKiosk } from '../../i18n/en/kiosk';
import { nlKiosk } from '../../i18n/nl/kiosk';
import { trKiosk } from '../../i18n/tr/kiosk';

/**
 * The resident's language, separate from the facilitator's UI language: the kiosk texts come from
 * the resident catalogues (src/i18n/<lang>/kiosk.ts), typed from the Dutch source.
 */
export type ResidentKey = keyof typeof nlKiosk;

const catalogues: Record<KioskLang, Record<ResidentKey, string>> = {
  nl: nlKiosk,
  en: enKiosk,
  ar: arKiosk,
  tr: trKiosk,
};

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

/** Translate a resident text (falls back to Dutch). */
export function residentText(lang: KioskLang, key: ResidentKey, params?: Params): string {
  return format(catalogues[lang][key] ?? nlKiosk[key], params);
}

export interface Resident {
  lang: KioskLang;
  dir: 'ltr' | 'rtl';
  r: (key: ResidentKey, params?: Params) => string;
  /** Attributes for texts from the (Dutch) configuration when the resident reads another language. */
  nlAttrs: { lang?: string; dir?: 'ltr' };
}

export function makeResident(lang: KioskLang): Resident {
  return {
    lang,
    dir: dirOf(lang),
    r: (key, params) => residentText(lang, key, params),
    nlAttrs: lang === 'nl' ? {} : { lang: 'nl', dir: 'ltr' },
  };
}

export const ResidentContext = createContext<Resident>(makeResident('nl'));

export function useResident(): Resident {
  return useContext(ResidentContext);
}
