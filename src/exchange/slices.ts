/**
 * The bytes of a bundle file as BundleStream hands them over, slice by slice (src/exchange/write.ts):
 * each slice is encoded as UTF-8 and hashed, in order, by a sink. The sink in this thread
 * (`localSink`) and the one in a worker (src/exchange/sliceWorker.ts, for exporting everything:
 * src/exchange/workerSink.ts) run the same code, `sliceServer`. Pure (no DOM, no Dexie).
 */
import { utf8 } from './bytes';
import { Sha256 } from './sha256';

/** One slice of a table: `head` (the characters between tables, may be empty) and the slice's JSON array. */
export interface SliceRequest {
  kind: 'slice';
  head: string;
  body: string;
  /** The table's first slice: its `[` opens the table's array; otherwise it becomes the `,` after the previous slice. */
  first: boolean;
}

/** The end of the payload: its last characters; the answer carries the payload's SHA-256. */
export interface TailRequest {
  kind: 'tail';
  tail: string;
}

export type SinkRequest = SliceRequest | TailRequest;

export interface SinkReply {
  bytes: Uint8Array<ArrayBuffer>;
  /** With the tail's bytes: the SHA-256 of every byte so far, as 64 lowercase hex digits. */
  sha256?: string;
}

/** The payload as byte pieces in order and its SHA-256. */
export interface SinkResult {
  pieces: Uint8Array<ArrayBuffer>[];
  sha256: string;
}

/** Where BundleStream's slices go. */
export interface SliceSink {
  slice(head: string, body: string, first: boolean): void;
  finish(tail: string): SinkResult | Promise<SinkResult>;
}

const encoder = new TextEncoder();
const COMMA = 0x2c;

/**
 * A slice's bytes: `head`, then the JSON array `body` without its closing `]` (the table closes
 * later) and, unless `first`, with its `[` turned into the `,` after the previous slice. The
 * array text is encoded as it came from JSON.stringify, one flat text, with no text made of it.
 */
export function encodeSlice(head: string, body: string, first: boolean): Uint8Array<ArrayBuffer> {
  // A little more than the length (mostly Latin text); the worst case only when that is not enough.
  let buf = new Uint8Array(Math.ceil(body.length * 1.1) + head.length * 3 + 16);
  let at = encoder.encodeInto(head, buf).written;
  let r = encoder.encodeInto(body, buf.subarray(at));
  if (r.read < body.length) {
    buf = new Uint8Array(body.length * 3 + head.length * 3);
    at = encoder.encodeInto(head, buf).written;
    r = encoder.encodeInto(body, buf.subarray(at));
  }
  if (!first) buf[at] = COMMA;
  return buf.subarray(0, at + r.written - 1);
}

/**
 * Encode and hash requests in order; `reply` gets each one's bytes (and the digest with the
 * tail's). `sha` may already hold the pieces before these.
 */
export function sliceServer(
  reply: (r: SinkReply, transfer: Transferable[]) => void,
  sha = new Sha256(),
): (m: SinkRequest) => void {
  return (m) => {
    const bytes = m.kind === 'slice' ? encodeSlice(m.head, m.body, m.first) : utf8(m.tail);
    sha.update(bytes);
    reply(m.kind === 'tail' ? { bytes, sha256: sha.hex() } : { bytes }, [bytes.buffer]);
  };
}

/**
 * The sink in this thread: the pieces are encoded and hashed as the slices come. `before`: pieces
 * made elsewhere that come first (a worker that stopped: its pieces are hashed here again).
 */
export function localSink(before: readonly Uint8Array<ArrayBuffer>[] = []): SliceSink {
  const pieces = [...before];
  const sha = new Sha256();
  for (const p of before) sha.update(p);
  let sha256 = '';
  const serve = sliceServer((r) => {
    pieces.push(r.bytes);
    if (r.sha256) sha256 = r.sha256;
  }, sha);
  return {
    slice: (head, body, first) => serve({ kind: 'slice', head, body, first }),
    finish: (tail) => {
      serve({ kind: 'tail', tail });
      return { pieces, sha256 };
    },
  };
}
