import type { AgendaKioskKey } from '../nl/agenda-kiosk';
import type { Entry } from '../translator';

/**
 * Kiosk dot voting for residents, Polish. A "kropka" is the round sticker on a poster. Counts by
 * Polish plural rules (1 kropka, 2 kropki, 5 kropek; "other" for fractions). Drafted from the Dutch
 * source; to be checked by a native speaker before wide use.
 */
export const plAgendaKiosk: Record<AgendaKioskKey, Entry> = {
  'vote.title': 'Co jest dla Ciebie najważniejsze?',
  // "{n} kropek" would need a plural form; a label with a colon reads right for every number.
  'vote.help': {
    one: 'Dostajesz 1 kropkę. Daj ją punktowi, który uważasz za najważniejszy.',
    few: 'Dostajesz {n} kropki. Daj je punktom, które uważasz za najważniejsze. Możesz dać kilka kropek jednemu punktowi.',
    many: 'Dostajesz {n} kropek. Daj je punktom, które uważasz za najważniejsze. Możesz dać kilka kropek jednemu punktowi.',
    other:
      'Dostajesz {n} kropki. Daj je punktom, które uważasz za najważniejsze. Możesz dać kilka kropek jednemu punktowi.',
  },
  'vote.why': 'Dzięki temu gmina wie, czego mieszkańcy chcą najpierw.',
  'vote.left': {
    one: 'Została 1 kropka',
    few: 'Zostały {n} kropki',
    many: 'Zostało {n} kropek',
    other: 'Zostało {n} kropki',
  },
  'vote.leftNone': 'Wszystkie kropki są rozdane.',
  'vote.add': 'Dodaj kropkę',
  'vote.remove': 'Zabierz kropkę',
  'vote.count': { one: '1 kropka', few: '{n} kropki', many: '{n} kropek', other: '{n} kropki' },
  'vote.countNone': 'Brak kropki',
  'vote.given': 'Rozdane kropki: {n} z {total}',
  'vote.review': 'Twoje kropki',
  'vote.reviewNone': 'Nie dano żadnej kropki',
};
