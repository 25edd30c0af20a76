import type { ReportKey } from '../nl/report';

/**
 * Notes for translators of "Wat we hoorden" (nl/report.ts is the source): a short report, printed
 * or shown on a tablet, for residents of one neighbourhood about what was heard at the meetings and
 * what the municipality and partners do with it. Readers may read little or be new to the language:
 * short sentences, everyday words, polite form. Write "residents said", never "you said": the reader
 * may not have been there. Keep {placeholders} unchanged; neighbourhood names, places and dates are
 * filled in by the app. A "stip" (dot) is a round sticker people put on a poster to show what they
 * find most important.
 */
export const reportNotes: Record<ReportKey, string> = {
  'report.title':
    'Title of the report: "What we heard". Large heading, followed by where ({buurt} or a meeting).',
  'report.subtitleBuurt':
    'After the title: the neighbourhood the report is about ({buurt} is its name), e.g. "What we heard in De Heeg".',
  'report.subtitleMeeting':
    'After the title for one meeting: {buurt} is the neighbourhood, {where} the place, {date} the day.',
  'report.thanks': 'Thanks to the residents for taking part in the conversations.',
  'report.heard':
    'How many meetings ({meetings} is the text of report.meetings, e.g. "3 meetings") and how many things residents said were written down ({n}).',
  'report.meetings': 'The number of meetings ({n}), used inside report.heard.',
  'report.heardKiosk': 'How many residents ({n}) filled in the questions themselves on the tablet.',
  'report.attended': 'How many people ({n}) came to the meetings in total.',
  'report.attendedFew':
    'As report.attended, but fewer than {k} people came, so the exact number is not shown (privacy). {k} is usually 5 or more.',
  'report.raised':
    'Heading above the topics residents talked about. "Residents found this important" (not "you": the reader may not have been there).',
  'report.themeCount': 'Next to a topic: how many times ({n}) residents mentioned it.',
  'report.nothingYet': 'There are no topics written down yet for this neighbourhood.',
  'report.quotes': 'Heading above a few sentences residents said, quoted as they said them.',
  'report.agenda': 'Heading: what will be done with what residents said?',
  'report.agendaIntro':
    'Introduces the list of points on the social agenda (the plan for the neighbourhood).',
  'report.noItems': 'There are no points on the social agenda yet; we are working on it.',
  'report.years': 'When a point runs: from year {from} up to and including year {to}.',
  'report.year': 'When a point runs: in year {year}.',
  'report.who': 'Who carries out the point ({who} is an organisation or a person).',
  'report.done': 'Label before a short text about what has been done, written on {date}.',
  'report.heardHere': 'Under an agenda point: it is about {n} things residents of this neighbourhood said.',
  'report.state.voorgesteld': 'State of an agenda point: it is a proposal; the choice is not made yet.',
  'report.state.gekozen': 'State of an agenda point: it has been chosen; we are going to do it.',
  'report.state.in-uitvoering': 'State of an agenda point: work on it has started.',
  'report.state.gerealiseerd': 'State of an agenda point: it is finished.',
  'report.state.niet-haalbaar':
    'State of an agenda point: it cannot be done. The reason follows after the colon (in the municipality’s words).',
  'report.next': 'Heading: what happens next?',
  'report.nextMeeting': 'Invitation to the next meeting on {date} at {where} (a place).',
  'report.noMeeting': 'The next meeting in this neighbourhood has not been planned yet.',
  'report.hearAgain': 'Heading: when will the resident hear from us again?',
  'report.hearAgainBy': 'Promise: by {date} at the latest we tell residents how things are going.',
  'report.footer':
    'Small print at the bottom: {process} is the name of the process, {date} the day the report was made.',
  'report.dots': 'Heading above the agenda points with the most dots from residents.',
  'report.dotsIntro': 'Residents put dots on the points they find most important; {n} people took part.',
  'report.dotsIntroFew':
    'As report.dotsIntro, but fewer than {k} people took part, so the exact number is not shown (privacy). {k} is usually 5 or more.',
  'report.dotsCount': 'How many dots ({n}) an agenda point got in total.',
  'report.dotsHere': 'In brackets after the total: how many dots ({n}) came from the neighbourhood {buurt}.',
  'report.dotsSmall':
    'Fewer than {k} people from {buurt} took part, so no number per neighbourhood is given (privacy).',
};
