import type { KioskLang } from '../../../domain/kiosk';
import { format, type Params } from '../../../i18n';
import { arAgendaKiosk } from '../../../i18n/ar/agenda-kiosk';
import { enAgendaKiosk } from '../../../i18n/en/agenda-kiosk';
import { type AgendaKioskKey, nlAgendaKiosk } from '../../../i18n/nl/agenda-kiosk';
import { trAgendaKiosk } from '../../../i18n/tr/agenda-kiosk';

const catalogues: Record<KioskLang, Record<AgendaKioskKey, string>> = {
  nl: nlAgendaKiosk,
  en: enAgendaKiosk,
  ar: arAgendaKiosk,
  tr: trAgendaKiosk,
};

/** A dot-voting text in the resident's language (falls back to Dutch). */
export function voteText(lang: KioskLang, key: AgendaKioskKey, params?: Params): string {
  return format(catalogues[lang][key] ?? nlAgendaKiosk[key], params);
}

/** "Geen stip" / "1 stip" / "3 stippen". */
export function dotCount(lang: KioskLang, n: number): string {
  if (n === 0) return voteText(lang, 'vote.countNone');
  if (n === 1) return voteText(lang, 'vote.countOne');
  return voteText(lang, 'vote.count', { n });
}

/** "Nog 2 stippen over" / "Nog 1 stip over" / "Alle stippen zijn verdeeld." */
export function dotsLeft(lang: KioskLang, n: number): string {
  if (n === 0) return voteText(lang, 'vote.leftNone');
  if (n === 1) return voteText(lang, 'vote.leftOne');
  return voteText(lang, 'vote.left', { n });
}
