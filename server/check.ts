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

/** Reads the text as a bundle file (plain or encrypted) of `kind`. */
export async function inspectBundle(text: string, kind: BundleKind, now?: number): Promise<Inspected> {
  const json = parseJsonSafe(text);
  if (json.ok && typeof json.value === 'object' && json.value !== null && !Array.isArray(json.value)) {
    const value = json.value as Record<string, unknown>;
    if (value.format === ENVELOPE_FORMAT) {
      // Without the passphrase the reader stops at "needs a passphrase" once the envelope is valid.
      const read = await readBundleText(text, now === undefined ? {} : { now });
      const envelopeProblems = read.ok ? [] : read.problems.filter((p) => p.code !== 'needsPassphrase');
      if (envelopeProblems.length) return refused(envelopeProblems);
      const header = value.header as EnvelopeHeader | undefined;
      if (!header) return { ok: false, error: 'envelopeWithoutHeader' };
      if (header.kind !== kind) return { ok: false, error: 'wrongKind' };
      return { ok: true, header, encrypted: true };
    }
  }
  const read = await readBundleText(text, now === undefined ? {} : { now });
  if (!read.ok) return refused(read.problems);
  if (read.bundle.header.kind !== kind) return { ok: false, error: 'wrongKind' };
  return { ok: true, header: envelopeHeaderOf(read.bundle.header), encrypted: false };
}
