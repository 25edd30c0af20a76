import type { MessageKey } from './keys';
import type { Catalogue } from './translator';

/**
 * The Dutch catalogue per feature. `common` (header, menu, status bar) is in the entry chunk; the
 * others load beside their lazy screen (src/app/routes.ts), so the first screen carries only its texts.
 */
export type TextPart =
  | 'meetings'
  | 'capture'
  | 'settings'
  | 'kiosk'
  | 'coordinator'
  | 'exchange'
  | 'design'
  | 'agenda'
  | 'contacts'
  | 'sync';

export const TEXT_PARTS: readonly TextPart[] = [
  'meetings',
  'capture',
  'settings',
  'kiosk',
  'coordinator',
  'exchange',
  'design',
  'agenda',
  'contacts',
  'sync',
];

type Part = Catalogue<MessageKey>;

/** One dynamic import per part: Vite puts each catalogue in its own small chunk. */
export const PART_LOADERS: Record<TextPart, () => Promise<Part>> = {
  meetings: () => import('./nl/meetings').then((m) => m.meetings),
  capture: () => import('./nl/capture').then((m) => m.capture),
  settings: () => import('./nl/settings').then((m) => m.settings),
  kiosk: () => import('./nl/kiosk').then((m) => m.kiosk),
  coordinator: () => import('./nl/coordinator').then((m) => m.coordinator),
  exchange: () => import('./nl/exchange').then((m) => m.exchange),
  design: () => import('./nl/design').then((m) => m.design),
  agenda: () => import('./nl/agenda').then((m) => m.agenda),
  contacts: () => import('./nl/contacts').then((m) => m.contacts),
  sync: () => import('./nl/sync').then((m) => m.sync),
};
