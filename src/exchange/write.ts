/**
 * Writing a bundle file: header with counts and the SHA-256 of the payload, the payload itself,
 * and the file name people can tell apart. Pure (no Dexie, no DOM).
 */
import { version } from '../../package.json';
import { unlinkableOrder } from '../domain/contact';
import type { Version } from '../domain/merge';
import { sha256Hex } from './bytes';
import { encryptText } from './crypto';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleHeader,
  type BundleKind,
  type BundleSource,
  EXCHANGE_TABLES,
  type ExchangeTable,
  envelopeHeaderOf,
} from './format';
import type { TableVersions } from './read';

export const APP_VERSION: string = version;

export interface BundleInput {
  kind: BundleKind;
  device: { id: string; label: string };
  processId: string | null;
  exportSeq: number;
  range: { fromSeq: number; toSeq: number } | null;
  sources?: BundleSource[];
  exportedAt: string;
  records: TableVersions;
  conflicts: TableVersions;
  appVersion?: string;
}

export interface BuiltBundle {
  text: string;
  header: BundleHeader;
  /** Number of records (current versions) in the file. */
  total: number;
}

function ordered(section: TableVersions): {
  tables: Partial<Record<ExchangeTable, Version[]>>;
  counts: Partial<Record<ExchangeTable, number>>;
} {
  const tables: Partial<Record<ExchangeTable, Version[]>> = {};
  const counts: Partial<Record<ExchangeTable, number>> = {};
  for (const t of EXCHANGE_TABLES) {
    // The contact rule: contacts in the order of their random ids, never in the order given.
    const list = t === 'contacts' && section[t] ? unlinkableOrder(section[t]) : section[t];
    if (list?.length) {
      tables[t] = list;
      counts[t] = list.length;
    }
  }
  return { tables, counts };
}

/** The bundle's JSON text: `{"header":…,"payload":{"records":…,"conflicts":…}}`. */
export async function buildBundleText(input: BundleInput): Promise<BuiltBundle> {
  const records = ordered(input.records);
  const conflicts = ordered(input.conflicts);
  const payloadText = JSON.stringify({ records: records.tables, conflicts: conflicts.tables });
  const header: BundleHeader = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    kind: input.kind,
    appVersion: input.appVersion ?? APP_VERSION,
    device: { id: input.device.id, label: input.device.label.slice(0, 60) },
    processId: input.processId,
    exportSeq: input.exportSeq,
    exportedAt: input.exportedAt,
    range: input.range,
    counts: { records: records.counts, conflicts: conflicts.counts },
    sources: input.sources ?? [],
    sha256: await sha256Hex(payloadText),
  };
  const total = Object.values(records.counts).reduce((a, b) => a + b, 0);
  return { text: `{"header":${JSON.stringify(header)},"payload":${payloadText}}`, header, total };
}

/**
 * The encrypted envelope's JSON text. With the bundle's header, the envelope carries the readable
 * header a sync service needs (docs/FORMAT.md, "Encryption"); without, it is the older envelope.
 */
export async function encryptBundleText(
  text: string,
  passphrase: string,
  header?: BundleHeader,
): Promise<string> {
  return JSON.stringify(await encryptText(text, passphrase, header ? envelopeHeaderOf(header) : undefined));
}

/** "Tablet Trajekt 2" → "tablet-trajekt-2" (letters without accents, digits, dashes). */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'apparaat';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local date as yyyy-mm-dd. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * File names people can tell apart:
 *   buurtstem_<device-label>_<yyyy-mm-dd>_<export number>.json          new changes
 *   buurtstem_<device-label>_<yyyy-mm-dd>_<export number>_alles.json    everything
 *   buurtstem_publicatie_<device-label>_<yyyy-mm-dd>_<number>.json      coordinator's publication
 * and `.json.enc` instead of `.json` when the file is encrypted.
 */
export function bundleFileName(opts: {
  kind: BundleKind;
  deviceLabel: string;
  date: Date;
  exportSeq: number;
  everything?: boolean;
  encrypted?: boolean;
}): string {
  const parts = ['buurtstem'];
  if (opts.kind === 'publish') parts.push('publicatie');
  if (opts.kind === 'merged') parts.push('samengevoegd');
  parts.push(slugify(opts.deviceLabel), localDate(opts.date), pad(opts.exportSeq, 3));
  if (opts.everything) parts.push('alles');
  return `${parts.join('_')}.json${opts.encrypted ? '.enc' : ''}`;
}
