import type { AgendaKioskKey } from '../nl/agenda-kiosk';

/**
 * Notes for translators of the kiosk dot voting (nl/agenda-kiosk.ts is the source). Residents read
 * these alone on a tablet; many read little or are new to the language. A "stip" (dot) is like a
 * round sticker people put on a poster to show what they find most important: use the everyday
 * word for such a dot or sticker. Keep {placeholders} unchanged. The agenda items come from the
 * coordinator in Dutch and are not translated.
 */
export const agendaKioskNotes: Record<AgendaKioskKey, string> = {
  'vote.title': 'Heading of the screen: which of the agenda points matters most to you?',
  'vote.help':
    'Instruction: you get {n} dots (a number, usually 3); give them to the points you find most important; several dots on one point is allowed.',
  'vote.why': 'Why we ask: the municipality learns what residents want to happen first.',
  'vote.left':
    'Counter above the list: {n} dots are still left to give (n is 1 or more). Plural forms by CLDR category of your language (Arabic: one/two/few/many/other); 0 has its own text (vote.leftNone).',
  'vote.leftNone': 'Counter: all dots have been given (no more can be added).',
  'vote.add':
    'Button (with a + sign) that puts one more dot on a point. Read by screen readers with the point’s text.',
  'vote.remove':
    'Button (with a − sign) that takes one dot off a point. Read by screen readers with the point’s text.',
  'vote.count':
    'How many dots a point has now ({n} is 1 or more). Plural forms by CLDR category of your language; 0 has its own text (vote.countNone).',
  'vote.countNone': 'A point has no dot yet.',
  'vote.given': 'For screen readers: {n} of the {total} dots have been given.',
  'vote.review': 'On the check-your-answers screen: heading of the row with the dots the resident gave.',
  'vote.reviewNone': 'On the check-your-answers screen: the resident gave no dots (skipped the question).',
};
