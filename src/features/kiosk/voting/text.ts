import type { KioskLang } from '../../../domain/kiosk';
import { residentTranslator } from '../../../i18n/resident';

/** "Geen stip" / "1 stip" / "3 stippen" (the count's plural form by the language's CLDR rules). */
export function dotCount(lang: KioskLang, n: number): string {
  const r = residentTranslator(lang);
  return n === 0 ? r('vote.countNone') : r('vote.count', { n });
}

/** "Nog 2 stippen over" / "Nog 1 stip over" / "Alle stippen zijn verdeeld." */
export function dotsLeft(lang: KioskLang, n: number): string {
  const r = residentTranslator(lang);
  return n === 0 ? r('vote.leftNone') : r('vote.left', { n });
}
