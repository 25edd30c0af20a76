import type { MessageKey } from '../../i18n/keys';
import type { Translator } from '../../i18n/translator';

/**
 * Texts for export headings and values. The domain holds no language state: callers pass a
 * translator (the app its active language, the CLI and tests Dutch: `translateNl` in src/i18n/nl.ts).
 */
export type Translate = Translator<MessageKey>;
