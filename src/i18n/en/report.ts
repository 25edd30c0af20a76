import type { ReportKey } from '../nl/report';
import type { Entry } from '../translator';

/** "Wat we hoorden" for residents, English (plain, "residents said", not "you said"). */
export const enReport: Record<ReportKey, Entry> = {
  'report.title': 'What we heard',
  'report.subtitleBuurt': 'in {buurt}',
  'report.subtitleMeeting': '{buurt}, {where}, {date}',
  'report.thanks': 'Thank you for taking part!',
  'report.heard': {
    one: 'We talked with residents at {meetings}. We wrote down 1 thing residents said.',
    other: 'We talked with residents at {meetings}. We wrote down {n} things residents said.',
  },
  'report.meetings': { one: '1 meeting', other: '{n} meetings' },
  'report.heardKiosk': {
    one: '1 resident filled in something on the tablet themselves.',
    other: '{n} residents filled in something on the tablet themselves.',
  },
  'report.attended': { one: 'In total 1 person came.', other: 'In total {n} people came.' },
  'report.attendedFew': 'In total fewer than {k} people came.',
  'report.raised': 'What residents found important',
  'report.themeCount': { one: 'mentioned once', other: 'mentioned {n} times' },
  'report.nothingYet': 'We have not written anything down here yet.',
  'report.quotes': 'What residents said',
  'report.agenda': 'What do we do with it?',
  'report.agendaIntro': 'This is on the social agenda for your neighbourhood:',
  'report.noItems': 'There is nothing on the agenda yet. We are working on it now.',
  'report.years': 'From {from} up to and including {to}',
  'report.year': 'In {year}',
  'report.who': 'Who does it: {who}',
  'report.done': 'What has been done ({date}):',
  'report.heardHere': {
    one: 'This point is about 1 thing residents of your neighbourhood said.',
    other: 'This point is about {n} things residents of your neighbourhood said.',
  },
  'report.state.voorgesteld': 'This is a proposal. We still have to choose.',
  'report.state.gekozen': 'We are going to do this.',
  'report.state.in-uitvoering': 'We are working on this now.',
  'report.state.gerealiseerd': 'This is done.',
  'report.state.niet-haalbaar': 'This is not possible. Why not:',
  'report.next': 'What happens now?',
  'report.nextMeeting': 'Come too: {date}, {where}.',
  'report.noMeeting': 'The next meeting in your neighbourhood has not been planned yet.',
  'report.hearAgain': 'When will you hear from us again?',
  'report.hearAgainBy': 'By {date} at the latest we will tell you how things are going.',
  'report.footer': '{process} · made on {date}',
  'report.dots': 'What residents find most important',
  'report.dotsIntro': {
    one: 'Residents put dots on the points they find most important. 1 person took part.',
    other: 'Residents put dots on the points they find most important. {n} people took part.',
  },
  'report.dotsIntroFew':
    'Residents put dots on the points they find most important. Fewer than {k} people took part.',
  'report.dotsCount': { one: '1 dot', other: '{n} dots' },
  'report.dotsHere': 'in {buurt}: {n}',
  'report.dotsSmall':
    'Fewer than {k} people from {buurt} took part. So we give no number per neighbourhood here.',
};
