/**
 * Does a quote look like it holds something that points at a person? Before "Wat we hoorden" is
 * printed and hung up in a community centre, the coordinator sees a warning on each quote that
 * seems to contain a name, a phone number, an e-mail address or a street address. Pure, no DOM.
 *
 * It is a warning, not a filter: false positives are acceptable (the coordinator decides), misses
 * are worse. Known false positives, on purpose:
 *  - two capitalised words in a row that are not a name ("Sint Pieter", "Vrijthof Maastricht",
 *    "Het Buurtnetwerk" after a sentence start is skipped, but "Groene Loper" is flagged);
 *  - a year after a street word ("de weg 2026") reads as a house number;
 *  - any 10-digit number starting with 0 reads as a phone number (also an account number).
 */

export type QuoteRisk = 'phone' | 'email' | 'address' | 'postcode' | 'name';
export const QUOTE_RISKS: readonly QuoteRisk[] = ['name', 'phone', 'email', 'address', 'postcode'];

export interface QuoteFinding {
  risk: QuoteRisk;
  /** The piece of text that triggered it, as written. */
  match: string;
}

/** Dutch numbers: 06-12345678, 06 1234 5678, +31 6 12345678, 0031612345678, 043-3504000, (043) 350 40 00. */
const PHONE =
  /(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?\d(?:[\s-]?\d){7,8}|(?<![\d+])\(?0\d{1,3}\)?[\s-]?\d(?:[\s-]?\d){5,7}(?!\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}/gu;
/** 6221 AB, 6221AB (a Dutch postcode), with an optional house number after it. */
const POSTCODE = /\b[1-9]\d{3}\s?[A-Z]{2}\b(?:\s+\d+)?/g;
/** A street word (Kerkstraat, Heerderweg, op het plein, Tongerseplein) followed by a house number. */
const STREET =
  /[\p{L}'-]*(?:straat|weg|plein|laan|singel|gracht|kade|steeg|dreef|hof|pad|wal|markt|dijk|park|boulevard)\s+\d{1,5}(?:\s?[a-zA-Z]\b|-\d+)?/giu;

/** Capitalised words that start sentences or name places, never a first name. */
const NOT_FIRST_NAMES = new Set(
  (
    'de het een ik wij we ze zij hij u jij je er daar hier dit dat die deze als maar en of want toen dan ' +
    'in op bij met voor na naar van door over om tot uit aan ook nog wel niet geen mijn onze ons hun ' +
    'meneer mevrouw dokter juf meester sint sociale buurt gemeente stadsdeel maastricht zuid noord oost west ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli ' +
    'augustus september oktober november december graag waarom wanneer wat wie hoe welke alle veel'
  ).split(' '),
);

/** Dutch surname particles: "Jan de Vries", "Fatima van den Berg". */
const PARTICLES = "(?:(?:van|de|der|den|het|ter|ten|te|la|le|d'|el|al)\\s+){0,3}";
// Only the first word is consumed (the rest is a lookahead), so "Dat Jan Jansen" still finds "Jan Jansen".
const NAME = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'-]+)(?=(\\s+${PARTICLES}\\p{Lu}[\\p{Ll}'-]+))`, 'gu');
/** "meneer Janssen", "mevrouw Bakker", "buurman Piet": a title and one capitalised word. */
const TITLED =
  /(?<![\p{L}])(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Bb]uurman|[Bb]uurvrouw|[Jj]uf|[Mm]eester|[Dd]okter)\s+\p{Lu}[\p{Ll}'-]+/gu;

function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(re)].map((m) => m[0].trim());
}

/** What in this text could point at a person, in reading order per kind. Empty: nothing found. */
export function checkQuote(text: string): QuoteFinding[] {
  const out: QuoteFinding[] = [];
  const emails = matches(EMAIL, text);
  for (const m of emails) out.push({ risk: 'email', match: m });
  // E-mail addresses can hold digits; do not read them twice as phone numbers.
  const rest = emails.reduce((s, m) => s.replace(m, ' '), text);
  for (const m of matches(PHONE, rest)) {
    if (m.replace(/\D/g, '').length >= 9) out.push({ risk: 'phone', match: m });
  }
  for (const m of matches(POSTCODE, rest)) out.push({ risk: 'postcode', match: m });
  for (const m of matches(STREET, rest)) out.push({ risk: 'address', match: m });
  for (const m of rest.matchAll(NAME)) {
    const first = m[1]!;
    if (NOT_FIRST_NAMES.has(first.toLowerCase())) continue;
    out.push({ risk: 'name', match: `${first}${m[2]!}` });
  }
  for (const m of rest.matchAll(TITLED)) out.push({ risk: 'name', match: m[0] });
  return out;
}

/** The kinds found, each once, in a fixed order (for one short warning line). */
export function quoteRisks(text: string): QuoteRisk[] {
  const found = new Set(checkQuote(text).map((f) => f.risk));
  return QUOTE_RISKS.filter((r) => found.has(r));
}
