import { agenda } from './en/agenda';
import { capture } from './en/capture';
import { common } from './en/common';
import { contacts } from './en/contacts';
import { coordinator } from './en/coordinator';
import { design } from './en/design';
import { exchange } from './en/exchange';
import { kiosk } from './en/kiosk';
import { meetings } from './en/meetings';
import { settings } from './en/settings';
import { sync } from './en/sync';
import type { MessageKey } from './keys';
import type { Entry } from './translator';

/** English: every key of nl.ts must be here (the type checker says which is missing). */
export const en: Record<MessageKey, Entry> = {
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

/** This file's own address (its chunk in a build), to keep it for use without internet (./offline.ts). */
export const url: string = import.meta.url;
