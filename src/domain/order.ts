/**
 * The two orders of strings. One question decides which: does a person read it as a word?
 *
 * `byCode` for machine strings (ids, ISO dates and times, HLC stamps, slugs): plain code-unit
 * order. It is the same on every device, in every language and in Node, so a list, a report or an
 * export comes out in the same order wherever it is made. Not `localeCompare`: without a locale
 * that sorts by the device's language, and its first call in a page loads the collation data
 * (15-20 ms in Chromium; on the coordinator's first frame, issue 12).
 *
 * `byName` for names people read (a process, a tablet, an agenda item, an organisation): Dutch
 * collation, one collator made on first use.
 */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let dutch: Intl.Collator | undefined;
export function byName(a: string, b: string): number {
  dutch ??= new Intl.Collator('nl');
  return dutch.compare(a, b);
}
