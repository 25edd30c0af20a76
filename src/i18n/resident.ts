import type { KioskLang } from '../domain/kiosk';
import { arAgendaKiosk } from './ar/agenda-kiosk';
import { arKiosk } from './ar/kiosk';
import { enAgendaKiosk } from './en/agenda-kiosk';
import { enKiosk } from './en/kiosk';
import { type AgendaKioskKey, nlAgendaKiosk } from './nl/agenda-kiosk';
import { nlKiosk } from './nl/kiosk';
import { trAgendaKiosk } from './tr/agenda-kiosk';
import { trKiosk } from './tr/kiosk';
import { type Catalogue, createTranslator, type Translator } from './translator';

/**
 * The resident's texts on the kiosk, in the resident's language (separate from the facilitator's UI
 * language): the questions (kiosk.ts) and dot voting (agenda-kiosk.ts), typed from the Dutch source,
 * with a note per key for translators in notes/. Translated through the same `createTranslator`.
 */
export type ResidentKey = keyof typeof nlKiosk | AgendaKioskKey;

const nlResident: Catalogue<ResidentKey> = { ...nlKiosk, ...nlAgendaKiosk };

export const RESIDENT_CATALOGUES: Record<KioskLang, Catalogue<ResidentKey>> = {
  nl: nlResident,
  en: { ...enKiosk, ...enAgendaKiosk },
  ar: { ...arKiosk, ...arAgendaKiosk },
  tr: { ...trKiosk, ...trAgendaKiosk },
};

/** The locale whose plural rules a language's counts follow. */
export const RESIDENT_LOCALES: Record<KioskLang, string> = { nl: 'nl', en: 'en-GB', ar: 'ar', tr: 'tr' };

const translators = new Map<KioskLang, Translator<ResidentKey>>();

/** The resident translator of a language (falls back to Dutch). */
export function residentTranslator(lang: KioskLang): Translator<ResidentKey> {
  let tr = translators.get(lang);
  if (!tr) {
    tr = createTranslator(RESIDENT_CATALOGUES[lang], nlResident, RESIDENT_LOCALES[lang]);
    translators.set(lang, tr);
  }
  return tr;
}
