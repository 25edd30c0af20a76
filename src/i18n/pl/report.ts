import type { ReportKey } from '../nl/report';
import type { Entry } from '../translator';

/**
 * "Wat we hoorden" for residents, Polish (the kiosk's "Ty" form; "okolica" for buurt, as on the
 * kiosk). Counts by Polish plural rules (1 osoba, 2 osoby, 5 osób; "other" for fractions). A number
 * under the small-group threshold is written "Liczba …: mniej niż {k}", which reads right for every k.
 * Drafted from the Dutch source; to be checked by a native speaker before wide use.
 */
export const plReport: Record<ReportKey, Entry> = {
  'report.title': 'Co usłyszeliśmy',
  'report.subtitleBuurt': '– okolica {buurt}',
  'report.subtitleMeeting': '{buurt}, {where}, {date}',
  'report.thanks': 'Dziękujemy za udział w rozmowie!',
  'report.heard': {
    one: 'Rozmawialiśmy z mieszkańcami na {meetings}. Zapisaliśmy 1 rzecz z tego, co powiedzieli mieszkańcy.',
    few: 'Rozmawialiśmy z mieszkańcami na {meetings}. Zapisaliśmy {n} rzeczy z tego, co powiedzieli mieszkańcy.',
    many: 'Rozmawialiśmy z mieszkańcami na {meetings}. Zapisaliśmy {n} rzeczy z tego, co powiedzieli mieszkańcy.',
    other:
      'Rozmawialiśmy z mieszkańcami na {meetings}. Zapisaliśmy {n} rzeczy z tego, co powiedzieli mieszkańcy.',
  },
  'report.meetings': {
    one: '1 spotkaniu',
    few: '{n} spotkaniach',
    many: '{n} spotkaniach',
    other: '{n} spotkaniach',
  },
  'report.heardKiosk': {
    one: '1 mieszkaniec sam wypełnił coś na tablecie.',
    few: 'Liczba mieszkańców, którzy sami wypełnili coś na tablecie: {n}.',
    many: 'Liczba mieszkańców, którzy sami wypełnili coś na tablecie: {n}.',
    other: 'Liczba mieszkańców, którzy sami wypełnili coś na tablecie: {n}.',
  },
  'report.attended': {
    one: 'W sumie była 1 osoba.',
    few: 'W sumie były {n} osoby.',
    many: 'W sumie było {n} osób.',
    other: 'W sumie było {n} osoby.',
  },
  'report.attendedFew': 'Liczba osób w sumie: mniej niż {k}.',
  'report.raised': 'To było ważne dla mieszkańców',
  'report.themeCount': {
    one: 'wymienione 1 raz',
    few: 'wymienione {n} razy',
    many: 'wymienione {n} razy',
    other: 'wymienione {n} razy',
  },
  'report.nothingYet': 'Nic jeszcze tu nie zapisaliśmy.',
  'report.quotes': 'Co powiedzieli mieszkańcy',
  'report.agenda': 'Co z tym robimy?',
  'report.agendaIntro': 'To jest w planie społecznym dla Twojej okolicy:',
  'report.noItems': 'W planie nie ma jeszcze punktów. Teraz nad tym pracujemy.',
  'report.years': 'Lata: {from}–{to}',
  'report.year': 'Rok: {year}',
  'report.who': 'Kto to robi: {who}',
  'report.done': 'Co zostało zrobione ({date}):',
  'report.heardHere': {
    one: 'Ten punkt dotyczy 1 rzeczy, którą powiedzieli mieszkańcy Twojej okolicy.',
    few: 'Ten punkt dotyczy {n} rzeczy, które powiedzieli mieszkańcy Twojej okolicy.',
    many: 'Ten punkt dotyczy {n} rzeczy, które powiedzieli mieszkańcy Twojej okolicy.',
    other: 'Ten punkt dotyczy {n} rzeczy, które powiedzieli mieszkańcy Twojej okolicy.',
  },
  'report.state.voorgesteld': 'To jest propozycja. Jeszcze wybieramy.',
  'report.state.gekozen': 'Zrobimy to.',
  'report.state.in-uitvoering': 'Teraz nad tym pracujemy.',
  'report.state.gerealiseerd': 'To jest gotowe.',
  'report.state.niet-haalbaar': 'To się nie uda. Dlaczego nie:',
  'report.next': 'Co dzieje się teraz?',
  'report.nextMeeting': 'Przyjdź też: {date}, {where}.',
  'report.noMeeting': 'Następne spotkanie w Twojej okolicy nie jest jeszcze zaplanowane.',
  'report.hearAgain': 'Kiedy znowu dostaniesz od nas wiadomość?',
  'report.hearAgainBy': 'Najpóźniej {date} powiemy Ci, co dzieje się dalej.',
  'report.footer': '{process} · przygotowano {date}',
  'report.dots': 'Co mieszkańcy uważają za najważniejsze',
  'report.dotsIntro': {
    one: 'Mieszkańcy dali kropki punktom, które uważają za najważniejsze. Wzięła udział 1 osoba.',
    few: 'Mieszkańcy dali kropki punktom, które uważają za najważniejsze. Wzięły udział {n} osoby.',
    many: 'Mieszkańcy dali kropki punktom, które uważają za najważniejsze. Wzięło udział {n} osób.',
    other: 'Mieszkańcy dali kropki punktom, które uważają za najważniejsze. Wzięło udział {n} osoby.',
  },
  'report.dotsIntroFew':
    'Mieszkańcy dali kropki punktom, które uważają za najważniejsze. Liczba uczestników: mniej niż {k}.',
  'report.dotsCount': { one: '1 kropka', few: '{n} kropki', many: '{n} kropek', other: '{n} kropki' },
  'report.dotsHere': '{buurt}: {n}',
  'report.dotsSmall':
    'Liczba uczestników z okolicy {buurt}: mniej niż {k}. Dlatego nie podajemy tu liczby dla okolicy.',
};
