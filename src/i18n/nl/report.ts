/**
 * "Wat we hoorden": the report residents of a buurt or a meeting read (printed, or full-screen on
 * the tablet). Part of the resident catalogue (src/i18n/resident.ts), so it comes in the residents'
 * languages and in a language's translation file; the source for en/ar/tr/pl/report.ts, with a note
 * per key for translators in notes/report.ts. Plain Dutch (B1), "u"; "bewoners zeiden", never "u zei"
 * about what others said. The staff screen around the report (print, quote review) is in agenda.ts.
 */
export const nlReport = {
  'report.title': 'Wat we hoorden',
  'report.subtitleBuurt': 'in {buurt}',
  'report.subtitleMeeting': '{buurt}, {where}, {date}',
  'report.thanks': 'Bedankt dat u meepraatte!',
  'report.heard': {
    one: 'We spraken met bewoners op {meetings}. We schreven 1 keer iets op van wat bewoners zeiden.',
    other: 'We spraken met bewoners op {meetings}. We schreven {n} keer iets op van wat bewoners zeiden.',
  },
  'report.meetings': { one: '1 bijeenkomst', other: '{n} bijeenkomsten' },
  'report.heardKiosk': {
    one: '1 bewoner vulde zelf iets in op de tablet.',
    other: '{n} bewoners vulden zelf iets in op de tablet.',
  },
  'report.attended': { one: 'Er was in totaal 1 persoon.', other: 'Er waren in totaal {n} mensen.' },
  'report.attendedFew': 'Er waren in totaal minder dan {k} mensen.',
  'report.raised': 'Dit vonden bewoners belangrijk',
  'report.themeCount': { one: '1 keer genoemd', other: '{n} keer genoemd' },
  'report.nothingYet': 'Hier hebben we nog niets opgeschreven.',
  'report.quotes': 'Wat bewoners zeiden',
  'report.agenda': 'Wat doen we ermee?',
  'report.agendaIntro': 'Dit staat op de sociale agenda voor uw buurt:',
  'report.noItems': 'Er staan nog geen punten op de agenda. Daar werken we nu aan.',
  'report.years': 'Van {from} tot en met {to}',
  'report.year': 'In {year}',
  'report.who': 'Wie doet het: {who}',
  'report.done': 'Wat is er gedaan ({date}):',
  'report.heardHere': {
    one: 'Dit punt gaat over 1 ding dat bewoners in uw buurt zeiden.',
    other: 'Dit punt gaat over {n} dingen die bewoners in uw buurt zeiden.',
  },
  'report.state.voorgesteld': 'Dit is een voorstel. We kiezen nog.',
  'report.state.gekozen': 'Dit gaan we doen.',
  'report.state.in-uitvoering': 'Hier werken we nu aan.',
  'report.state.gerealiseerd': 'Dit is klaar.',
  'report.state.niet-haalbaar': 'Dit lukt niet. Waarom niet:',
  'report.next': 'Wat gebeurt er nu?',
  'report.nextMeeting': 'Kom ook: {date}, {where}.',
  'report.noMeeting': 'De volgende bijeenkomst in uw buurt is nog niet gepland.',
  'report.hearAgain': 'Wanneer hoort u weer van ons?',
  'report.hearAgainBy': 'Uiterlijk {date} laten we u weten hoe het verder gaat.',
  'report.footer': '{process} · gemaakt op {date}',
  'report.dots': 'Wat bewoners het belangrijkst vinden',
  'report.dotsIntro': {
    one: 'Bewoners zetten stippen bij de punten die zij het belangrijkst vinden. 1 persoon deed mee.',
    other: 'Bewoners zetten stippen bij de punten die zij het belangrijkst vinden. {n} mensen deden mee.',
  },
  'report.dotsIntroFew':
    'Bewoners zetten stippen bij de punten die zij het belangrijkst vinden. Minder dan {k} mensen deden mee.',
  'report.dotsCount': { one: '1 stip', other: '{n} stippen' },
  'report.dotsHere': 'in {buurt}: {n}',
  'report.dotsSmall':
    'Uit {buurt} deden minder dan {k} mensen mee. Daarom noemen we hier geen aantal per buurt.',
} as const;

export type ReportKey = keyof typeof nlReport;
