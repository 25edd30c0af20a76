import { loadTexts, type MessageKey } from '../i18n';
import type { TextPart } from '../i18n/parts';
import { chunkFiles } from './chunkFiles';
import type { ScreenModule } from './lazy';
import { match } from './router';

export interface RouteDef {
  pattern: string;
  load: () => Promise<ScreenModule>;
  /** Which main-menu item is current on this route. */
  nav?: NavItem;
  /**
   * Opened at this address, its code and texts load from the start, beside the frame's first
   * paint (src/app/main.tsx): the coordinator's overview, whose numbers matter more than the
   * frame's first paint. Not the field screens: there the early load put Lighthouse's first and
   * largest paint 0.4-1.0 s later (capture FCP 1.0 -> 1.6 s, kiosk start 1.1 -> 1.6 s).
   */
  loadsEarly?: true;
}

export type NavItem = 'meetings' | 'exchange' | 'coordinator' | 'design' | 'agenda' | 'settings';

export const NAV: { id: NavItem; href: string; label: MessageKey }[] = [
  { id: 'meetings', href: '#/', label: 'nav.meetings' },
  { id: 'exchange', href: '#/exchange', label: 'nav.exchange' },
  { id: 'design', href: '#/design', label: 'nav.design' },
  { id: 'coordinator', href: '#/coordinator', label: 'nav.coordinator' },
  { id: 'agenda', href: '#/agenda', label: 'nav.agenda' },
  { id: 'settings', href: '#/settings', label: 'nav.settings' },
];

/** Every screen of the app. Features add their routes here; code loads when a route is shown. */
const SCREENS: RouteDef[] = [
  { pattern: '/', load: () => import('../features/meetings/MeetingList'), nav: 'meetings' },
  { pattern: '/meetings/new', load: () => import('../features/meetings/MeetingForm'), nav: 'meetings' },
  { pattern: '/meetings/:id/edit', load: () => import('../features/meetings/MeetingForm'), nav: 'meetings' },
  {
    pattern: '/meetings/:id/close',
    load: () => import('../features/meetings/CloseMeeting'),
    nav: 'meetings',
  },
  { pattern: '/meetings/:id', load: () => import('../features/meetings/MeetingScreen'), nav: 'meetings' },
  { pattern: '/settings', load: () => import('../features/settings/SettingsScreen'), nav: 'settings' },
  { pattern: '/settings/sync', load: () => import('../features/sync/SyncScreen'), nav: 'settings' },
  {
    pattern: '/kiosk/start/:meetingId',
    load: () => import('../features/kiosk/KioskStart'),
    nav: 'meetings',
  },
  { pattern: '/design', load: () => import('../features/design/DesignScreen'), nav: 'design' },
  { pattern: '/design/document', load: () => import('../features/design/DesignDocument'), nav: 'design' },
  { pattern: '/design/areas', load: () => import('../features/design/AreasScreen'), nav: 'design' },
  { pattern: '/lessons', load: () => import('../features/design/LessonsScreen'), nav: 'design' },
  { pattern: '/evaluation', load: () => import('../features/design/EvaluationScreen'), nav: 'design' },
  { pattern: '/exchange', load: () => import('../features/exchange/ExchangeScreen'), nav: 'exchange' },
  { pattern: '/exchange/import', load: () => import('../features/exchange/ImportScreen'), nav: 'exchange' },
  {
    pattern: '/exchange/conflicts',
    load: () => import('../features/exchange/ConflictsScreen'),
    nav: 'exchange',
  },
  {
    pattern: '/coordinator',
    load: () => import('../features/coordinator/CoordinatorScreen'),
    nav: 'coordinator',
    loadsEarly: true,
  },
  {
    pattern: '/coordinator/reach',
    load: () => import('../features/coordinator/CoordinatorScreen'),
    nav: 'coordinator',
    loadsEarly: true,
  },
  {
    pattern: '/coordinator/buurt',
    load: () => import('../features/coordinator/CoordinatorScreen'),
    nav: 'coordinator',
    loadsEarly: true,
  },
  {
    pattern: '/coordinator/buurt/:id',
    load: () => import('../features/coordinator/CoordinatorScreen'),
    nav: 'coordinator',
    loadsEarly: true,
  },
  {
    pattern: '/coordinator/findings',
    load: () => import('../features/coordinator/CoordinatorScreen'),
    nav: 'coordinator',
    loadsEarly: true,
  },
  {
    pattern: '/coordinator/export',
    load: () => import('../features/coordinator/CoordinatorScreen'),
    nav: 'coordinator',
    loadsEarly: true,
  },
  // Contacts for feedback: retention and erasure (issue 10 item 5).
  { pattern: '/contacts', load: () => import('../features/contacts/ContactsScreen'), nav: 'coordinator' },
  // Social agenda, priorities and feedback (issue 6). "priorities" before ":id".
  { pattern: '/agenda', load: () => import('../features/agenda/AgendaScreen'), nav: 'agenda' },
  { pattern: '/agenda/priorities', load: () => import('../features/agenda/PrioritiesScreen'), nav: 'agenda' },
  { pattern: '/agenda/document', load: () => import('../features/agenda/AgendaDocument'), nav: 'agenda' },
  { pattern: '/agenda/:id', load: () => import('../features/agenda/ItemScreen'), nav: 'agenda' },
  { pattern: '/feedback', load: () => import('../features/agenda/FeedbackScreen'), nav: 'agenda' },
  {
    pattern: '/feedback/meeting/:meetingId',
    load: () => import('../features/agenda/ReportScreen'),
    nav: 'agenda',
  },
  { pattern: '/feedback/:buurtId', load: () => import('../features/agenda/ReportScreen'), nav: 'agenda' },
  {
    pattern: '/meetings/:id/paper',
    load: () => import('../features/agenda/PaperVotesScreen'),
    nav: 'meetings',
  },
];

/**
 * The Dutch texts each screen needs besides the app frame's (`common`, in the entry chunk). The first
 * screen (the meetings list) takes only its own, and so does the kiosk start (a tablet handed over
 * in the field opens there: its first paint waits for these, issue 12); other screens combine texts
 * of several features (kinds, work forms, lesson categories…), so they load every feature catalogue.
 */
const SCREEN_TEXTS: Record<string, readonly TextPart[]> = {
  '/': ['meetings'],
  // The meeting's name and "not found" come from the meetings part; the PIN and the start from kiosk.
  '/kiosk/start/:meetingId': ['meetings', 'kiosk'],
};

const withTexts =
  (parts: readonly TextPart[] | undefined, load: RouteDef['load']): RouteDef['load'] =>
  () =>
    Promise.all([load(), loadTexts(parts)]).then(([m]) => m);

export const ROUTES: RouteDef[] = SCREENS.map((r) => ({
  ...r,
  load: withTexts(SCREEN_TEXTS[r.pattern], r.load),
}));

/**
 * The Dutch texts of every feature (src/i18n/parts.ts): every screen but home loads them all.
 * String literals: scripts/chunk-files.mjs reads them at build time.
 */
const ALL_TEXTS = chunkFiles(
  'i18n/nl/meetings',
  'i18n/nl/capture',
  'i18n/nl/settings',
  'i18n/nl/kiosk',
  'i18n/nl/coordinator',
  'i18n/nl/exchange',
  'i18n/nl/design',
  'i18n/nl/agenda',
  'i18n/nl/contacts',
  'i18n/nl/sync',
);

/**
 * The screens a user most likely opens next from this one, as the built files their code and texts
 * are in: fetched in idle time after the first screen painted, without running them (src/app/main.tsx),
 * so the next tap opens at once. Each list names the screen's module (the one its route loads above).
 */
const NEXT: { from: string; files: readonly string[] }[] = [
  {
    from: '/',
    files: chunkFiles('features/meetings/MeetingScreen', 'features/meetings/MeetingForm'),
  },
  {
    from: '/meetings/:id',
    files: chunkFiles('features/meetings/CloseMeeting', 'features/kiosk/KioskStart'),
  },
  { from: '/kiosk/start/:meetingId', files: chunkFiles('features/meetings/MeetingScreen') },
];

/** The built files of the screens likely next after `path`, with their texts (none in dev and tests). */
export function likelyNext(path: string): readonly string[] {
  const here = NEXT.find((n) => match(n.from, path));
  if (!here || here.files.length === 0) return [];
  return [...new Set([...here.files, ...ALL_TEXTS])];
}
