/**
 * What the service checks in a pushed bundle before it stores anything, with the exchange's own
 * code (src/exchange): a plain bundle passes every check of a file import; an encrypted one is
 * checked as far as the service can see it (the envelope and its readable header). The app checks
 * the rest when it decrypts (including that the readable header matches the bundle).
 */
import {
  type BundleKind,
  ENVELOPE_FORMAT,
  type EnvelopeHeader,
  envelopeHeaderOf,
} from '../src/exchange/format';
import { type ExchangeProblem, type Lookup, problemMessage } from '../src/exchange/problems';
import { parseJsonSafe, readBundleText } from '../src/exchange/read';
import { translateNl } from '../src/i18n/nl';
import type { SyncErrorCode } from '../src/sync/types';

const dutch: Lookup = (key, params) => (translateNl.has(key) ? translateNl(key, params) : key);
export const problemText = (p: ExchangeProblem): string => problemMessage(p, dutch);

export type Inspected =
  | { ok: true; header: EnvelopeHeader; encrypted: boolean }
  | { ok: false; error: SyncErrorCode; problems?: string[] };

const refused = (problems: ExchangeProblem[]): Inspected => ({
  ok: false,
  error: 'bundleRefused',
  problems: problems.map(problemText),
});

/**
 * Reads the text as a bundle file (plain or encrypted) of `kind`. One full read (parse, schemas,
 * checksum) by the exchange's reader, which tells plain from encrypted itself; only an envelope is
 * parsed a second time, for its readable header (an envelope is small next to its check cost).
 */
export async function inspectBundle(text: string, kind: BundleKind, now?: number): Promise<Inspected> {
  // Without the passphrase the reader stops at "needs a passphrase" once the envelope is valid.
  const read = await readBundleText(text, now === undefined ? {} : { now });
  if (read.ok) {
    if (read.bundle.header.kind !== kind) return { ok: false, error: 'wrongKind' };
    return { ok: true, header: envelopeHeaderOf(read.bundle.header), encrypted: false };
  }
  const problems = read.problems.filter((p) => p.code !== 'needsPassphrase');
  if (problems.length || !read.encrypted) return refused(read.problems);
  const json = parseJsonSafe(text);
  const value = json.ok ? (json.value as { format?: unknown; header?: EnvelopeHeader }) : undefined;
  if (value?.format !== ENVELOPE_FORMAT) return refused(read.problems);
  const header = value.header;
  if (!header) return { ok: false, error: 'envelopeWithoutHeader' };
  if (header.kind !== kind) return { ok: false, error: 'wrongKind' };
  return { ok: true, header, encrypted: true };
}
