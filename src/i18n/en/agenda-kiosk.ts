import type { AgendaKioskKey } from '../nl/agenda-kiosk';
import type { Entry } from '../translator';

/** Kiosk dot voting for residents, English (see notes/agenda-kiosk.ts). */
export const enAgendaKiosk: Record<AgendaKioskKey, Entry> = {
  'vote.title': 'What matters most to you?',
  'vote.help': {
    one: 'You get 1 dot. Give it to the point that matters most to you.',
    other:
      'You get {n} dots. Give them to the points that matter most to you. You may also give more than one dot to one point.',
  },
  'vote.why': 'This way the municipality knows what residents want first.',
  'vote.left': { one: '1 dot left', other: '{n} dots left' },
  'vote.leftNone': 'All dots are given.',
  'vote.add': 'Add a dot',
  'vote.remove': 'Take a dot away',
  'vote.count': { one: '1 dot', other: '{n} dots' },
  'vote.countNone': 'No dot',
  'vote.given': '{n} of the {total} dots given',
  'vote.review': 'Your dots',
  'vote.reviewNone': 'No dots given',
};
