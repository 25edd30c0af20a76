import type { NlCatalogue } from './keys';
import { agenda } from './nl/agenda';
import { capture } from './nl/capture';
import { common } from './nl/common';
import { coordinator } from './nl/coordinator';
import { design } from './nl/design';
import { exchange } from './nl/exchange';
import { kiosk } from './nl/kiosk';
import { meetings } from './nl/meetings';
import { settings } from './nl/settings';

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
};
