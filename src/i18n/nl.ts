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

/**
 * The Dutch catalogue is the source of truth: every key of the app is typed from it.
 * Each feature keeps its texts in nl/<feature>.ts (and en/<feature>.ts); add one line here.
 */
export const nl = {
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
};

export type MessageKey = keyof typeof nl;
