import type { agenda } from './nl/agenda';
import type { capture } from './nl/capture';
import type { common } from './nl/common';
import type { contacts } from './nl/contacts';
import type { coordinator } from './nl/coordinator';
import type { design } from './nl/design';
import type { exchange } from './nl/exchange';
import type { kiosk } from './nl/kiosk';
import type { meetings } from './nl/meetings';
import type { settings } from './nl/settings';
import type { sync } from './nl/sync';

/**
 * The app's keys, typed from the Dutch source. Types only: the catalogues themselves load per feature
 * (src/i18n/parts.ts), but every key of every feature is known everywhere.
 */
export type NlCatalogue = typeof common &
  typeof meetings &
  typeof capture &
  typeof settings &
  typeof kiosk &
  typeof coordinator &
  typeof exchange &
  typeof design &
  typeof agenda &
  typeof contacts &
  typeof sync;

export type MessageKey = keyof NlCatalogue;

/** The keys that start with `prefix`, e.g. `KeysUnder<'kind.'>`. */
export type KeysUnder<P extends string> = Extract<MessageKey, `${P}${string}`>;
