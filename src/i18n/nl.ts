import type { MessageKey, NlCatalogue } from './keys';
import { agenda } from './nl/agenda';
import { capture } from './nl/capture';
import { common } from './nl/common';
import { contacts } from './nl/contacts';
import { coordinator } from './nl/coordinator';
import { design } from './nl/design';
import { exchange } from './nl/exchange';
import { kiosk } from './nl/kiosk';
import { meetings } from './nl/meetings';
import { settings } from './nl/settings';
import { sync } from './nl/sync';
import { createTranslator, type Translator } from './translator';

export type { MessageKey } from './keys';

/**
 * The whole Dutch catalogue in one object, for Node (the CLI, the domain's Dutch default, tests).
 * The app does not import this: it loads the feature catalogues with their screens (src/i18n/parts.ts).
 * Each feature keeps its texts in nl/<feature>.ts (and en/<feature>.ts); add one line here and in keys.ts.
 */
export const nl: NlCatalogue = {
  ...common,
  ...meetings,
  ...capture,
  ...settings,
  ...kiosk,
  ...coordinator,
  ...exchange,
  ...design,
  ...agenda,
  ...contacts,
  ...sync,
};

/** Dutch without the app's language state: for Node (the CLI) and the domain's callers in tests. */
export const translateNl: Translator<MessageKey> = createTranslator<MessageKey>(nl, nl, 'nl');
