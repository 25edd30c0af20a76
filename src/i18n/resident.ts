import type { BuiltinKioskLang, KioskLang } from '../domain/kiosk';
import { arAgendaKiosk } from './ar/agenda-kiosk';
import { arKiosk } from './ar/kiosk';
import { arReport } from './ar/report';
import { enAgendaKiosk } from './en/agenda-kiosk';
import { enKiosk } from './en/kiosk';
import { enReport } from './en/report';
import { type AgendaKioskKey, nlAgendaKiosk } from './nl/agenda-kiosk';
import { nlKiosk } from './nl/kiosk';
import { nlReport, type ReportKey } from './nl/report';
import { plAgendaKiosk } from './pl/agenda-kiosk';
import { plKiosk } from './pl/kiosk';
import { plReport } from './pl/report';
import { trAgendaKiosk } from './tr/agenda-kiosk';
import { trKiosk } from './tr/kiosk';
import { trReport } from './tr/report';
import { type Catalogue, createTranslator, type Entry, type Translator } from './translator';

/**
 * The resident's texts, in the resident's language (separate from the staff UI language): on the
 * kiosk the questions (kiosk.ts) and dot voting (agenda-kiosk.ts), and the "Wat we hoorden" report
 * (report.ts, read by residents on paper or on the tablet), typed from the Dutch source,
 * with a note per key for translators in notes/. Translated through the same `createTranslator`.
 * A translator's file may add a language or correct a text without code: those texts arrive as an
 * `overlay` (from the process's translations) over the built-in catalogue.
 */
export type ResidentKey = keyof typeof nlKiosk | AgendaKioskKey | ReportKey;
export type { ReportKey } from './nl/report';

export const NL_RESIDENT: Catalogue<ResidentKey> = { ...nlKiosk, ...nlAgendaKiosk, ...nlReport };

/** The keys of each use: a language added by a file is offered where all of that use's texts are translated. */
export const KIOSK_KEYS = Object.keys({ ...nlKiosk, ...nlAgendaKiosk }) as (
  | keyof typeof nlKiosk
  | AgendaKioskKey
)[];
export const REPORT_KEYS = Object.keys(nlReport) as ReportKey[];

export const RESIDENT_CATALOGUES: Record<BuiltinKioskLang, Catalogue<ResidentKey>> = {
  nl: NL_RESIDENT,
  en: { ...enKiosk, ...enAgendaKiosk, ...enReport },
  ar: { ...arKiosk, ...arAgendaKiosk, ...arReport },
  tr: { ...trKiosk, ...trAgendaKiosk, ...trReport },
  pl: { ...plKiosk, ...plAgendaKiosk, ...plReport },
};

/** The locale whose plural rules a language's counts follow. */
export const RESIDENT_LOCALES: Record<BuiltinKioskLang, string> = {
  nl: 'nl',
  en: 'en-GB',
  ar: 'ar',
  tr: 'tr',
  pl: 'pl',
};

/** The locale of a resident language: its plural rules, numbers and dates (a file's language: its code). */
export function residentLocale(lang: string): string {
  return isBuiltinLang(lang) ? RESIDENT_LOCALES[lang] : lang;
}

export function isBuiltinLang(lang: string): lang is BuiltinKioskLang {
  return Object.hasOwn(RESIDENT_CATALOGUES, lang);
}

/** Is this a key of the resident catalogue (a text of the app, not of the configuration)? */
export function isResidentKey(key: string): key is ResidentKey {
  return Object.hasOwn(NL_RESIDENT, key);
}

/** The built-in texts of a language ({} for a language added by a file). */
export function builtinResident(lang: string): Catalogue<ResidentKey> {
  return isBuiltinLang(lang) ? RESIDENT_CATALOGUES[lang] : {};
}

/** The resident-catalogue entries among a language's imported translations. */
export function residentOverlay(texts: Readonly<Record<string, Entry>> | undefined): Catalogue<ResidentKey> {
  const out: { [K in ResidentKey]?: Entry } = {};
  for (const [k, v] of Object.entries(texts ?? {})) if (isResidentKey(k)) out[k] = v;
  return out;
}

const translators = new Map<string, Translator<ResidentKey>>();
const withOverlay = new WeakMap<object, Map<string, Translator<ResidentKey>>>();

function build(lang: string, overlay: Catalogue<ResidentKey> | undefined): Translator<ResidentKey> {
  return createTranslator({ ...builtinResident(lang), ...overlay }, NL_RESIDENT, residentLocale(lang));
}

/**
 * The resident translator of a language (falls back to Dutch). `texts` are the language's imported
 * translations (process.translations[lang]); their resident keys override the built-in ones.
 */
export function residentTranslator(
  lang: KioskLang,
  texts?: Readonly<Record<string, Entry>>,
): Translator<ResidentKey> {
  if (!texts) {
    let tr = translators.get(lang);
    if (!tr) {
      tr = build(lang, undefined);
      translators.set(lang, tr);
    }
    return tr;
  }
  let byLang = withOverlay.get(texts);
  if (!byLang) {
    byLang = new Map();
    withOverlay.set(texts, byLang);
  }
  let tr = byLang.get(lang);
  if (!tr) {
    tr = build(lang, residentOverlay(texts));
    byLang.set(lang, tr);
  }
  return tr;
}

/** Whether the resident text of `key` in `lang` is a real translation (else Dutch is shown). */
export function residentHas(
  lang: string,
  key: ResidentKey,
  texts?: Readonly<Record<string, Entry>>,
): boolean {
  return lang === 'nl' || texts?.[key] !== undefined || builtinResident(lang)[key] !== undefined;
}
