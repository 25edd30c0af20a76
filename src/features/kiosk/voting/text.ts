import type { KioskLang } from '../../../domain/kiosk';
import { type ResidentKey, residentTranslator } from '../../../i18n/resident';
import type { Translator } from '../../../i18n/translator';

/**
 * "Geen stip" / "1 stip" / "3 stippen" (the count's plural form by the language's CLDR rules).
 * `r`: the kiosk's translator (with a translator's imported texts); the built-in one by default.
 */
export function dotCount(
  lang: KioskLang,
  n: number,
  r: Translator<ResidentKey> = residentTranslator(lang),
): string {
  return n === 0 ? r('vote.countNone') : r('vote.count', { n });
}

/** "Nog 2 stippen over" / "Nog 1 stip over" / "Alle stippen zijn verdeeld." */
export function dotsLeft(
  lang: KioskLang,
  n: number,
  r: Translator<ResidentKey> = residentTranslator(lang),
): string {
  return n === 0 ? r('vote.leftNone') : r('vote.left', { n });
}
