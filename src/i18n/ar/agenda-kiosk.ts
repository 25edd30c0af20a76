import type { AgendaKioskKey } from '../nl/agenda-kiosk';
import type { Entry } from '../translator';

/**
 * Kiosk dot voting for residents, Arabic (Modern Standard Arabic, simple sentences; shown
 * right-to-left). Drafted from the Dutch source; to be checked by a native speaker before wide use.
 */
export const arAgendaKiosk: Record<AgendaKioskKey, Entry> = {
  'vote.title': 'ما الأهم بالنسبة لك؟',
  'vote.help': {
    one: 'لديك نقطة واحدة. أعطها للبند الذي تراه الأهم.',
    two: 'لديك نقطتان. أعطهما للبنود التي تراها الأهم. يمكنك أيضًا أن تعطي النقطتين لبند واحد.',
    few: 'لديك {n} نقاط. أعطها للبنود التي تراها الأهم. يمكنك أيضًا أن تعطي أكثر من نقطة لبند واحد.',
    other: 'لديك {n} نقطة. أعطها للبنود التي تراها الأهم. يمكنك أيضًا أن تعطي أكثر من نقطة لبند واحد.',
  },
  'vote.why': 'هكذا تعرف البلدية ما يريده السكان أولًا.',
  'vote.left': {
    one: 'بقيت نقطة واحدة',
    two: 'بقيت نقطتان',
    few: 'بقيت {n} نقاط',
    many: 'بقيت {n} نقطة',
    other: 'بقيت {n} نقطة',
  },
  'vote.leftNone': 'وزّعت كل النقاط.',
  'vote.add': 'أضف نقطة',
  'vote.remove': 'احذف نقطة',
  'vote.count': { one: 'نقطة واحدة', two: 'نقطتان', few: '{n} نقاط', many: '{n} نقطة', other: '{n} نقطة' },
  'vote.countNone': 'لا توجد نقطة',
  'vote.given': 'أعطيت {n} من {total} نقاط',
  'vote.review': 'نقاطك',
  'vote.reviewNone': 'لم تعطِ أي نقطة',
};
