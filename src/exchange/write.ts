/**
 * Writing a bundle file: header with counts and the SHA-256 of the payload, the payload itself,
 * and the file name people can tell apart. Pure (no Dexie, no DOM).
 */
import { version } from '../../package.json';
import { unlinkableOrder } from '../domain/contact';
import { localDay } from '../domain/day';
import type { Version } from '../domain/merge';
import { fromUtf8, utf8 } from './bytes';
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
import { Sha256 } from './sha256';

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

/**
 * The bundle's JSON text: `{"header":…,"payload":{"records":…,"conflicts":…}}`. The one writer of
 * the format is BundleStream; this hands it every table at once and joins its pieces.
 */
export async function buildBundleText(input: BundleInput): Promise<BuiltBundle> {
  const stream = new BundleStream();
  for (const t of EXCHANGE_TABLES) stream.add(t, input.records[t] ?? []);
  stream.conflicts();
  for (const t of EXCHANGE_TABLES) stream.add(t, input.conflicts[t] ?? []);
  const built = stream.finish(input);
  return { text: built.text(), header: built.header, total: built.total };
}

function headerOf(
  input: Omit<BundleInput, 'records' | 'conflicts'>,
  records: Partial<Record<ExchangeTable, number>>,
  conflicts: Partial<Record<ExchangeTable, number>>,
  sha256: string,
): BundleHeader {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    kind: input.kind,
    appVersion: input.appVersion ?? APP_VERSION,
    device: { id: input.device.id, label: input.device.label.slice(0, 60) },
    processId: input.processId,
    exportSeq: input.exportSeq,
    exportedAt: input.exportedAt,
    range: input.range,
    counts: { records, conflicts },
    sources: input.sources ?? [],
    sha256,
  };
}

/** A text piece is turned into bytes and hashed once it is this long. */
const PIECE = 1 << 16;
/** A slice whose JSON is at least this long goes into bytes on its own (see `add`). */
const DIRECT = 1 << 12;

/**
 * The bundle file (buildBundleText is this with every table at once), written piece by piece: the caller hands over the records of
 * each table in EXCHANGE_TABLES order, in as many slices as it reads them, and the payload is
 * turned into UTF-8 bytes and hashed as it goes, so no text of the whole file is ever made. The
 * result is byte for byte the JSON.stringify of the whole bundle, checksum included
 * (tests/unit/exchange.stream.test.ts).
 */
export class BundleStream {
  private readonly sha = new Sha256();
  private readonly pieces: Uint8Array<ArrayBuffer>[] = [];
  private text = '';
  private section: 'records' | 'conflicts' = 'records';
  /** The table whose array is open, and whether the section has had a table yet. */
  private open: ExchangeTable | undefined;
  private anyTable = false;
  private readonly counts = {
    records: {} as Partial<Record<ExchangeTable, number>>,
    conflicts: {} as Partial<Record<ExchangeTable, number>>,
  };
  private last = -1;

  constructor() {
    this.write('{"records":{');
  }

  private write(s: string): void {
    this.text += s;
    if (this.text.length >= PIECE) this.flush();
  }

  private flush(): void {
    if (!this.text) return;
    this.push(utf8(this.text));
    this.text = '';
  }

  private push(bytes: Uint8Array<ArrayBuffer>): void {
    this.sha.update(bytes);
    this.pieces.push(bytes);
  }

  /**
   * Versions of `table` in the current section (records, then conflicts after `conflicts()`).
   * Tables come in EXCHANGE_TABLES order; one table may come in several slices, one after the other.
   * Contacts must come in one slice (the contact rule orders them all).
   */
  add(table: ExchangeTable, versions: readonly Version[]): void {
    if (!versions.length) return;
    const order = EXCHANGE_TABLES.indexOf(table);
    if (order < this.last) throw new Error(`bundle stream: ${table} out of order`);
    const list = table === 'contacts' ? unlinkableOrder(versions as Version[]) : versions;
    const counts = this.counts[this.section];
    if (this.open !== table) {
      if (counts[table]) throw new Error(`bundle stream: ${table} again`);
      this.closeTable();
      this.write(`${this.anyTable ? ',' : ''}${JSON.stringify(table)}:[`);
      this.anyTable = true;
      this.open = table;
      this.last = order;
    }
    const n = counts[table] ?? 0;
    // The slice as one JSON array, its brackets dropped: the same text as each version's JSON
    // joined by commas (records are plain objects), in one native call instead of one per record.
    const body = JSON.stringify(list);
    if (body.length < DIRECT) this.write(`${n ? ',' : ''}${body.slice(1, -1)}`);
    else {
      // A large slice straight into bytes, without joining it to the text before it: one copy
      // (the UTF-8 encoding) instead of two (flattening the joined text, then encoding it; in a
      // profile of the export the flattening took 255 ms beside 321 ms for the encoding, issue 12).
      // Its '[' becomes the ',' after the table's earlier rows, or is left out, and its ']' is
      // left out; both are one byte.
      this.flush();
      const bytes = utf8(body);
      if (n) bytes[0] = 0x2c;
      this.push(bytes.subarray(n ? 0 : 1, bytes.length - 1));
    }
    counts[table] = n + list.length;
  }

  private closeTable(): void {
    if (this.open) this.write(']');
    this.open = undefined;
  }

  /** The records are done: what follows are the conflicts' versions. */
  conflicts(): void {
    if (this.section === 'conflicts') return;
    this.closeTable();
    this.write('},"conflicts":{');
    this.section = 'conflicts';
    this.anyTable = false;
    this.last = -1;
  }

  /**
   * The whole file as byte pieces (for a Blob or File) with its header; `text()` makes the one
   * text of it only when a caller needs that (encryption, the sync outbox).
   */
  finish(input: Omit<BundleInput, 'records' | 'conflicts'>): StreamedBundle {
    this.conflicts();
    this.closeTable();
    this.write('}}');
    this.flush();
    const header = headerOf(input, this.counts.records, this.counts.conflicts, this.sha.hex());
    const pieces = [utf8(`{"header":${JSON.stringify(header)},"payload":`), ...this.pieces, utf8('}')];
    const total = Object.values(this.counts.records).reduce((a, b) => a + b, 0);
    return {
      pieces,
      header,
      total,
      text: () => {
        let out = '';
        for (const p of pieces) out += fromUtf8(p);
        return out;
      },
    };
  }
}

export interface StreamedBundle {
  /** The file's bytes, in order. */
  pieces: Uint8Array<ArrayBuffer>[];
  header: BundleHeader;
  total: number;
  /** The file as one text (made when asked). */
  text: () => string;
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
  parts.push(slugify(opts.deviceLabel), localDay(opts.date), pad(opts.exportSeq, 3));
  if (opts.everything) parts.push('alles');
  return `${parts.join('_')}.json${opts.encrypted ? '.enc' : ''}`;
}
