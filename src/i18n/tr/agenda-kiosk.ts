import type { AgendaKioskKey } from '../nl/agenda-kiosk';

/**
 * Kiosk dot voting for residents, Turkish (polite "siz", simple sentences). Drafted from the Dutch
 * source; to be checked by a native speaker before wide use.
 */
export const trAgendaKiosk: Record<AgendaKioskKey, string> = {
  'vote.title': 'Sizin için en önemli olan ne?',
  'vote.help':
    '{n} noktanız var. Noktaları en önemli bulduğunuz konulara verin. Bir konuya birden fazla nokta da verebilirsiniz.',
  'vote.why': 'Böylece belediye, mahalle sakinlerinin önce ne istediğini bilir.',
  'vote.left': '{n} nokta kaldı',
  'vote.leftOne': '1 nokta kaldı',
  'vote.leftNone': 'Bütün noktaları verdiniz.',
  'vote.add': 'Nokta ekle',
  'vote.remove': 'Nokta çıkar',
  'vote.count': '{n} nokta',
  'vote.countOne': '1 nokta',
  'vote.countNone': 'Nokta yok',
  'vote.given': '{total} noktadan {n} tanesi verildi',
  'vote.review': 'Noktalarınız',
  'vote.reviewNone': 'Nokta verilmedi',
};
