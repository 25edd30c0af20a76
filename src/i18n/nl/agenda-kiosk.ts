/**
 * Kiosk: "Wat vindt u het belangrijkst?" (dot voting over the published agenda). Texts residents
 * read on the tablet; the source for en/ar/tr/agenda-kiosk.ts, with a note per key for translators
 * in notes/agenda-kiosk.ts. Plain Dutch (B1), "u". The agenda items themselves come from the
 * coordinator in Dutch and are not translated here.
 */
export const nlAgendaKiosk = {
  'vote.title': 'Wat vindt u het belangrijkst?',
  'vote.help': {
    one: 'U krijgt 1 stip. Geef die aan het punt dat u het belangrijkst vindt.',
    other:
      'U krijgt {n} stippen. Geef ze aan de punten die u het belangrijkst vindt. U mag ook meer stippen aan één punt geven.',
  },
  'vote.why': 'Zo weet de gemeente wat bewoners het eerst willen.',
  'vote.left': { one: 'Nog 1 stip over', other: 'Nog {n} stippen over' },
  'vote.leftNone': 'Alle stippen zijn verdeeld.',
  'vote.add': 'Stip erbij',
  'vote.remove': 'Stip eraf',
  'vote.count': { one: '1 stip', other: '{n} stippen' },
  'vote.countNone': 'Geen stip',
  'vote.given': 'Stippen gegeven: {n} van {total}',
  'vote.review': 'Uw stippen',
  'vote.reviewNone': 'Geen stippen gegeven',
} as const;

export type AgendaKioskKey = keyof typeof nlAgendaKiosk;
