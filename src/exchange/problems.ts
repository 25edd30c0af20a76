/**
 * Why a file was refused. The exchange code returns codes with parameters; the words live in the
 * i18n catalogue (src/i18n/nl/exchange.ts), so the app shows them in the user's language and the
 * command line prints the Dutch ones.
 */
export const PROBLEM_CODES = [
  'tooLarge',
  'empty',
  'notJson',
  'forbiddenKeys',
  'arrayNotBundle',
  'otherApp',
  'configFile',
  'unknownFormat',
  'newerVersion',
  'badHeader',
  'badPayload',
  'unknownTable',
  'checksum',
  'countsMismatch',
  'needsPassphrase',
  'wrongPassphrase',
  'badEnvelope',
  'nestedEnvelope',
  'recordInvalid',
  'duplicateId',
  'futureStamp',
  'absurdDate',
  'badClock',
  'moreProblems',
  'readFailed',
  'newerEnvelope',
  'badEnvelopeField',
  'seqTooHigh',
  'tooMany',
  'tooDeep',
  'publishWithDeviceRecords',
  'sameDeviceSeq',
  'sameDeviceConflict',
  'envelopeHeaderMismatch',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ProblemParams = Record<string, string | number>;

export interface ExchangeProblem {
  code: ProblemCode;
  params?: ProblemParams;
}

export type Lookup = (key: string, params?: ProblemParams) => string;

function fill(text: string, params: ProblemParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The message of a problem in the language of `lookup` (a catalogue: key → text). */
export function problemMessage(p: ExchangeProblem, lookup: Lookup): string {
  const params: ProblemParams = { ...p.params };
  if (typeof params.table === 'string') params.table = lookup(`exchange.table.${params.table}`);
  return fill(lookup(`exchange.problem.${p.code}`, params), params);
}

export const problem = (code: ProblemCode, params?: ProblemParams): ExchangeProblem =>
  params ? { code, params } : { code };
