import type { AgendaKioskKey } from '../nl/agenda-kiosk';
import type { Entry } from '../translator';

/**
 * Kiosk dot voting for residents, Turkish (polite "siz", simple sentences). Drafted from the Dutch
 * source; to be checked by a native speaker before wide use.
 */
export const trAgendaKiosk: Record<AgendaKioskKey, Entry> = {
  'vote.title': 'Sizin için en önemli olan ne?',
  'vote.help': {
    one: '1 noktanız var. Noktayı en önemli bulduğunuz konuya verin.',
    other:
      '{n} noktanız var. Noktaları en önemli bulduğunuz konulara verin. Bir konuya birden fazla nokta da verebilirsiniz.',
  },
  'vote.why': 'Böylece belediye, mahalle sakinlerinin önce ne istediğini bilir.',
  'vote.left': { one: '1 nokta kaldı', other: '{n} nokta kaldı' },
  'vote.leftNone': 'Bütün noktaları verdiniz.',
  'vote.add': 'Nokta ekle',
  'vote.remove': 'Nokta çıkar',
  'vote.count': { one: '1 nokta', other: '{n} nokta' },
  'vote.countNone': 'Nokta yok',
  'vote.given': '{total} noktadan {n} tanesi verildi',
  'vote.review': 'Noktalarınız',
  'vote.reviewNone': 'Nokta verilmedi',
};
