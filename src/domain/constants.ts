/**
 * Fixed lists and ids of the domain, without zod, so screens can use them without loading the
 * validation library on first load. The schema modules import them from here.
 */
export const PARTICIPATION_LEVELS = [
  'informeren',
  'raadplegen',
  'meepraten',
  'adviseren',
  'coproduceren',
  'meebeslissen',
] as const;

export const PHASES = ['ontwerp', 'uitvoering', 'evaluatie'] as const;

/** Group ids that always exist next to the configured target groups. */
export const GROUP_UNKNOWN = 'onbekend';
export const GROUP_NO_ANSWER = 'zeg-ik-liever-niet';
export const RESERVED_GROUP_IDS = [GROUP_UNKNOWN, GROUP_NO_ANSWER] as const;

export const CONFIG_FORMAT = 'buurtstem-config';
export const CONFIG_VERSION = 1;

export const WORK_FORMS = [
  'tafelgesprek',
  'inloop',
  'stadsdeelbezoek',
  'ontwerpsessie',
  'huisbezoek',
  'straatgesprek',
  'anders',
] as const;
export type WorkForm = (typeof WORK_FORMS)[number];

export const MEETING_STATUSES = ['gepland', 'bezig', 'afgesloten'] as const;

export const CONTRIBUTION_KINDS = [
  'mening',
  'standpunt',
  'belang',
  'idee',
  'ervaring',
  'knelpunt',
  'behoefte',
] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const CONTRIBUTION_SOURCES = ['facilitator', 'kiosk'] as const;

/**
 * Who a contribution came from (issue 16): a resident, an organisation or partner, or a
 * professional. Only residents count in reach; the others are shown apart (src/domain/voices.ts).
 */
export const SPEAKERS = ['resident', 'partner', 'professional'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** Where an earlier finding comes from (what was gathered before this process, per the note). */
export const EARLIER_SOURCE_KINDS = [
  'stadsdeelbezoek',
  'enquete-mantelzorgers',
  'gemeenschapshuizen',
  'vrijwilligersorganisaties',
  'anders',
] as const;
export type EarlierSourceKind = (typeof EARLIER_SOURCE_KINDS)[number];

export const AGE_BANDS = ['0-17', '18-24', '25-44', '45-64', '65-74', '75+'] as const;

export const LESSON_CATEGORIES = [
  'bereik',
  'werkvorm',
  'locatie',
  'tijdstip',
  'communicatie',
  'samenwerking',
  'anders',
] as const;
export type LessonCategory = (typeof LESSON_CATEGORIES)[number];

/** Tables of synchronised records: what the database syncs and an export bundle can hold, in this order. */
export const SYNC_TABLES = [
  'processes',
  'meetings',
  'contributions',
  'attendance',
  'lessons',
  'votes',
  'agendaItems',
  'contacts',
  'feedback',
  'keyFigures',
  'budgetLines',
  'experiences',
  'earlierFindings',
  'designs',
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

/** CLDR plural categories in their canonical order (the order of msgstr[i] in a translation file). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
