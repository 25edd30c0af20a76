import { type MessageKey, nl } from '../../i18n/nl';

/** Texts for export headings and values; the app passes its active language, the CLI uses Dutch. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The Dutch catalogue without the app's language state (usable in Node, in the CLI). */
export const translateNl: Translate = (key, params) => {
  const text: string = nl[key] ?? key;
  return params
    ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
    : text;
};
