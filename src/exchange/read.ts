/**
 * Reading a bundle file: every check from "is this JSON at all" to "does each record pass its
 * schema". Pure (no Dexie, no DOM): the app's import and the command line use the same code.
 * Never throws for bad input; returns the problems instead.
 */
import { MAX_DRIFT_MS } from '../domain/clock';
import type { Version } from '../domain/merge';
import { pathText } from '../domain/validation';
import { sha256Hex } from './bytes';
import { decryptText } from './crypto';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleHeader,
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  type EnvelopeHeader,
  EXCHANGE_TABLES,
  type ExchangeTable,
  envelopeHeaderOf,
  envelopeSchema,
  headerSchema,
  MAX_BUNDLE_BYTES,
  MAX_DEPTH,
  MAX_ENTRIES,
  MAX_EXPORT_SEQ,
  MAX_RECORDS,
  MAX_SOURCES,
  MAX_STRING,
  PUBLISH_TABLES,
  RECORD_SCHEMAS,
} from './format';
import { type ExchangeProblem, problem } from './problems';

export type TableVersions = Partial<Record<ExchangeTable, Version[]>>;

export interface ParsedBundle {
  header: BundleHeader;
  records: TableVersions;
  conflicts: TableVersions;
  encrypted: boolean;
}

export type ReadResult =
  | { ok: true; bundle: ParsedBundle }
  | { ok: false; problems: ExchangeProblem[]; encrypted: boolean };

export interface ReadOptions {
  passphrase?: string | undefined;
  /** Wall-clock "now" in ms (tests pass a fixed one). */
  now?: number;
}

/** Records before this date are absurd (the app did not exist). */
export const MIN_DATE_MS = Date.UTC(2000, 0, 1);
/** At most this many record problems are listed per file. */
export const MAX_PROBLEMS = 20;

/** A value cut for a message: at most 60 characters. */
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * One walk over the payload, without recursion: depth, list and object sizes and text lengths stay
 * within the bounds above. Runs before any schema or merge code (which do recurse) sees the data.
 */
export function shapeProblem(payload: unknown): ExchangeProblem | null {
  // Table lists hold up to MAX_RECORDS entries (checked before); everything inside a record is
  // bounded by MAX_ENTRIES. Depth: payload 0, section 1, table list 2, record 3.
  // Two stacks side by side (value, depth): a pair per value made garbage for every value of the
  // file, and collecting it cost more than the walk.
  const stack: unknown[] = [payload];
  const depths: number[] = [0];
  while (stack.length) {
    const v = stack.pop();
    const depth = depths.pop()!;
    if (typeof v === 'string') {
      if (v.length > MAX_STRING)
        return problem('tooMany', { what: 'tekens in één tekst', n: v.length, max: MAX_STRING });
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) return problem('tooDeep', { max: MAX_DEPTH });
    const children = Array.isArray(v) ? v : Object.values(v);
    if (depth >= 3 && children.length > MAX_ENTRIES) {
      return problem('tooMany', { what: 'waarden in één lijst', n: children.length, max: MAX_ENTRIES });
    }
    for (const c of children) {
      if (typeof c === 'string') {
        // Checked here, not pushed: most values are texts.
        if (c.length > MAX_STRING)
          return problem('tooMany', { what: 'tekens in één tekst', n: c.length, max: MAX_STRING });
      } else if (typeof c === 'object' && c !== null) {
        stack.push(c);
        depths.push(depth + 1);
      }
    }
  }
  return null;
}

const CONFIG_FORMAT = 'buurtstem-config';
/**
 * Keys a file may not have. JSON.parse itself makes every key an own property (no pollution), but
 * parsers strip `__proto__` (zod does) and `prototype` is what a careless `obj[a][b] = x` walks
 * into, so such data could not travel unchanged: refused. `constructor`, `toString` and the like
 * are ordinary keys (ids): every id-keyed structure uses Map or Object.hasOwn.
 */
const FORBIDDEN_KEY = /"(?:__proto__|prototype)"\s*:/;
const FORBIDDEN_NAMES = new Set(['__proto__', 'prototype']);

export function formatBytes(n: number): string {
  return `${Math.round(n / 1e5) / 10} MB`;
}

/** Checked on the file size before anything is read. */
export function sizeProblem(bytes: number): ExchangeProblem | null {
  return bytes > MAX_BUNDLE_BYTES
    ? problem('tooLarge', { size: formatBytes(bytes), max: formatBytes(MAX_BUNDLE_BYTES) })
    : null;
}

type Parsed = { ok: true; value: unknown } | { ok: false; problem: ExchangeProblem };

/**
 * JSON.parse without prototype pollution: keys named __proto__, constructor or prototype refuse the
 * file. Inside a JSON string every quote is escaped, so the pattern only matches real keys; keys
 * written with \u escapes are caught by the reviver (only used when the text has \u escapes).
 */
export function parseJsonSafe(text: string): Parsed {
  if (FORBIDDEN_KEY.test(text)) return { ok: false, problem: problem('forbiddenKeys') };
  let polluted = false;
  try {
    const value = text.includes('\\u')
      ? JSON.parse(text, (key, v) => {
          if (FORBIDDEN_NAMES.has(key)) polluted = true;
          return v;
        })
      : JSON.parse(text);
    return polluted ? { ok: false, problem: problem('forbiddenKeys') } : { ok: true, value };
  } catch {
    return { ok: false, problem: problem('notJson') };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(problems: ExchangeProblem[], encrypted: boolean): ReadResult {
  return { ok: false, problems, encrypted };
}

/** Read and check a bundle file's text (plain or encrypted). */
export async function readBundleText(text: string, opts: ReadOptions = {}): Promise<ReadResult> {
  return readLayer(text, opts, false);
}

async function readLayer(text: string, opts: ReadOptions, encrypted: boolean): Promise<ReadResult> {
  if (text.trim() === '') return refuse([problem('empty')], encrypted);
  const json = parseJsonSafe(text);
  if (!json.ok) return refuse([json.problem], encrypted);
  const value = json.value;
  if (Array.isArray(value)) return refuse([problem('arrayNotBundle')], encrypted);
  if (!isObject(value)) return refuse([problem('otherApp')], encrypted);

  if (value.format === ENVELOPE_FORMAT) {
    if (encrypted) return refuse([problem('nestedEnvelope')], true);
    // A newer envelope is not damage: the app is older than the file.
    if (typeof value.formatVersion === 'number' && value.formatVersion > ENVELOPE_VERSION) {
      return refuse([problem('newerEnvelope', { version: value.formatVersion })], true);
    }
    const env = envelopeSchema.safeParse(value);
    if (!env.success) {
      const issue = env.error.issues[0]!;
      return refuse(
        [problem('badEnvelopeField', { field: pathText(issue.path), message: issue.message })],
        true,
      );
    }
    if (!opts.passphrase) return refuse([problem('needsPassphrase')], true);
    const plain = await decryptText(env.data, opts.passphrase);
    if (plain === null) return refuse([problem('wrongPassphrase')], true);
    const inner = await readLayer(plain, opts, true);
    // The readable header is bound to the ciphertext, so only the encrypting app can have made it
    // disagree with the bundle: a service filed the file under the wrong device or export.
    const field = inner.ok && env.data.header ? headerDisagrees(env.data.header, inner.bundle.header) : null;
    return field ? refuse([problem('envelopeHeaderMismatch', { field })], true) : inner;
  }
  if (value.format === CONFIG_FORMAT) return refuse([problem('configFile')], encrypted);

  const rawHeader = value.header;
  if (!isObject(rawHeader)) {
    return refuse(
      [
        typeof value.format === 'string'
          ? problem('unknownFormat', { format: clip(value.format) })
          : problem('otherApp'),
      ],
      encrypted,
    );
  }
  if (rawHeader.format !== BUNDLE_FORMAT) {
    return refuse(
      [
        typeof rawHeader.format === 'string'
          ? problem('unknownFormat', { format: clip(rawHeader.format) })
          : problem('otherApp'),
      ],
      encrypted,
    );
  }
  if (typeof rawHeader.formatVersion === 'number' && rawHeader.formatVersion > BUNDLE_VERSION) {
    return refuse([problem('newerVersion', { version: rawHeader.formatVersion })], encrypted);
  }
  // Numbers far beyond what a device can have made (a file changed by hand) get their own message.
  for (const seq of [
    rawHeader.exportSeq,
    ...(Array.isArray(rawHeader.sources) ? rawHeader.sources : [])
      .slice(0, MAX_SOURCES + 1)
      .map((x) => (isObject(x) ? x.exportSeq : undefined)),
  ]) {
    if (typeof seq === 'number' && seq > MAX_EXPORT_SEQ) {
      return refuse([problem('seqTooHigh', { seq: clip(String(seq)), max: MAX_EXPORT_SEQ })], encrypted);
    }
  }
  const header = headerSchema.safeParse(rawHeader);
  if (!header.success) {
    return refuse(
      header.error.issues
        .slice(0, MAX_PROBLEMS)
        .map((i) => problem('badHeader', { field: pathText(['header', ...i.path]), message: i.message })),
      encrypted,
    );
  }
  const payload = value.payload;
  if (!isObject(payload) || !isObject(payload.records) || !isObject(payload.conflicts)) {
    return refuse([problem('badPayload')], encrypted);
  }
  let total = 0;
  for (const section of [payload.records, payload.conflicts]) {
    for (const [key, list] of Object.entries(section)) {
      if (!(EXCHANGE_TABLES as readonly string[]).includes(key)) {
        return refuse([problem('unknownTable', { name: clip(key) })], encrypted);
      }
      if (!Array.isArray(list)) return refuse([problem('badPayload')], encrypted);
      total += list.length;
      // A publication carries configuration to the devices, never what residents said.
      if (header.data.kind === 'publish' && list.length && !PUBLISH_TABLES.includes(key as ExchangeTable)) {
        return refuse([problem('publishWithDeviceRecords', { table: key })], encrypted);
      }
    }
  }
  if (total > MAX_RECORDS) {
    return refuse([problem('tooMany', { what: 'records', n: total, max: MAX_RECORDS })], encrypted);
  }
  const shape = shapeProblem(payload);
  if (shape) return refuse([shape], encrypted);
  if (!(await payloadMatches(text, rawHeader, payload, header.data.sha256))) {
    return refuse([problem('checksum')], encrypted);
  }
  const now = opts.now ?? Date.now();
  if (Date.parse(header.data.exportedAt) > now + MAX_DRIFT_MS) {
    return refuse(
      [
        problem('absurdDate', {
          table: 'header',
          n: 0,
          id: '-',
          field: 'exportedAt',
          value: header.data.exportedAt,
        }),
      ],
      encrypted,
    );
  }
  const problems: ExchangeProblem[] = [];
  const records = checkSection(payload.records as Record<string, unknown[]>, now, problems, true);
  const conflicts = checkSection(payload.conflicts as Record<string, unknown[]>, now, problems, false);
  for (const section of ['records', 'conflicts'] as const) {
    const counted = header.data.counts[section];
    for (const t of EXCHANGE_TABLES) {
      const have = (payload[section] as Record<string, unknown[]>)[t]?.length ?? 0;
      if (have !== (counted[t] ?? 0)) {
        problems.push(problem('countsMismatch', { table: t, counted: counted[t] ?? 0, found: have }));
      }
    }
  }
  if (problems.length) return refuse(capped(problems), encrypted);
  return { ok: true, bundle: { header: header.data, records, conflicts, encrypted } };
}

/**
 * The checksum is over JSON.stringify(payload). A file as the app wrote it holds exactly that text
 * after the header, so hash it directly (no second serialisation of tens of MB); otherwise (e.g. a
 * pretty-printed file) serialise the parsed payload.
 */
async function payloadMatches(
  text: string,
  rawHeader: unknown,
  payload: unknown,
  sha: string,
): Promise<boolean> {
  const prefix = `{"header":${JSON.stringify(rawHeader)},"payload":`;
  if (text.startsWith(prefix) && text.endsWith('}')) {
    if ((await sha256Hex(text.slice(prefix.length, -1))) === sha) return true;
  }
  return (await sha256Hex(JSON.stringify(payload))) === sha;
}

/** The first field of the envelope's readable header that differs from the bundle's own header. */
function headerDisagrees(outer: EnvelopeHeader, inner: BundleHeader): string | null {
  const own = envelopeHeaderOf(inner);
  for (const k of ['kind', 'deviceId', 'processId', 'exportSeq', 'sha256'] as const) {
    if (outer[k] !== own[k]) return `header.${k}`;
  }
  return null;
}

function capped(problems: ExchangeProblem[]): ExchangeProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), problem('moreProblems', { n: problems.length - MAX_PROBLEMS })];
}

const stampMs = (stamp: string) => Number(stamp.slice(0, 15));
const stampDevice = (stamp: string) => stamp.slice(21);

/** Validate every record of one section with its table's schema, dates and clocks. */
function checkSection(
  section: Record<string, unknown[]>,
  now: number,
  problems: ExchangeProblem[],
  uniqueIds: boolean,
): TableVersions {
  const out: TableVersions = {};
  const maxMs = now + MAX_DRIFT_MS;
  for (const table of EXCHANGE_TABLES) {
    const list = section[table];
    if (!list) continue;
    const schema = RECORD_SCHEMAS[table];
    const valid: Version[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      if (problems.length > MAX_PROBLEMS) break;
      const raw = list[i];
      const rawId = isObject(raw) && typeof raw.id === 'string' ? clip(raw.id) : '-';
      const where = { table, n: i + 1, id: rawId };
      const r = schema.safeParse(raw);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        problems.push(
          problem('recordInvalid', { ...where, field: pathText(issue.path), message: issue.message }),
        );
        continue;
      }
      const v = r.data as Version;
      if (uniqueIds) {
        if (seen.has(v.id)) {
          problems.push(problem('duplicateId', { table, id: v.id }));
          continue;
        }
        seen.add(v.id);
      }
      const ms = stampMs(v.updatedAt);
      if (ms > maxMs) {
        problems.push(problem('futureStamp', { ...where, value: new Date(ms).toISOString() }));
        continue;
      }
      const created = Date.parse(v.createdAt);
      if (ms < MIN_DATE_MS || created < MIN_DATE_MS || created > maxMs) {
        const field = ms < MIN_DATE_MS ? 'updatedAt' : 'createdAt';
        const value = field === 'updatedAt' ? new Date(ms).toISOString() : v.createdAt;
        problems.push(problem('absurdDate', { ...where, field, value }));
        continue;
      }
      if (stampDevice(v.updatedAt) !== v.deviceId || !vvFits(v)) {
        problems.push(problem('badClock', where));
        continue;
      }
      valid.push(v);
    }
    out[table] = valid;
  }
  return out;
}

/**
 * Every entry of the version vector belongs to its device and is not later than the version
 * itself; `prev` (the version it was made on top of) is earlier than the version.
 */
function vvFits(v: Version): boolean {
  if (typeof v.prev === 'string' && v.prev >= v.updatedAt) return false;
  if (!v.vv) return true;
  for (const [d, s] of Object.entries(v.vv)) {
    if (stampDevice(s) !== d || s > v.updatedAt) return false;
  }
  return true;
}
