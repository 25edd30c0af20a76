/**
 * Fixed lists and ids of the resident kiosk, without zod (so the app frame and the meeting
 * screen can use them without loading the validation library). src/domain/kiosk.ts builds on them.
 */
/** The languages the app ships a resident catalogue for (src/i18n/resident.ts). */
export const KIOSK_LANGS = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type BuiltinKioskLang = (typeof KIOSK_LANGS)[number];
/**
 * A resident's language: a built-in one, or one a translator added as a file (a language code;
 * its texts are in the process's translations, src/domain/configText.ts).
 */
export type KioskLang = string;

/** Languages written right to left (an added language in this list is shown mirrored). */
export const RTL_LANGS: readonly string[] = ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug'];

/** "Zeg ik liever niet": an answer of its own on every about-you question (= GROUP_NO_ANSWER). */
export const NO_ANSWER = 'zeg-ik-liever-niet';
/** The resident lives in a buurt that is not in the configuration. */
export const OTHER_BUURT = 'andere-buurt';
/** The resident belongs to none of the listed target groups. */
export const NONE_OF_THESE = 'geen';

/**
 * The screens of the resident flow (issue 13). The shortest path is the first four: welcome, what
 * matters (themes), say it in your own words, thank you; the answers are saved when the resident
 * leaves "own words". From the thank-you screen "Wilt u nog iets meer vertellen?" leads through the
 * other questions (each skippable) back to it, and "Wilt u meehelpen?" to the helper's contact form.
 */
export const KIOSK_STEPS = [
  'welcome',
  'themes',
  'words',
  'thanks',
  'assess',
  /** Issue 6: dots over the published agenda; only shown when an agenda is on the device. */
  'priorities',
  'buurt',
  'age',
  'groups',
  'contact',
  /** "Wilt u meehelpen?": e-mail or phone of a resident who offers to help. */
  'help',
] as const;
export type KioskStep = (typeof KIOSK_STEPS)[number];

/** The shortest path through the kiosk (the browser test counts its taps). */
export const SHORTEST_PATH: readonly KioskStep[] = ['welcome', 'themes', 'words', 'thanks'];
