/**
 * The slice sink of a large export (everything on the device): the slices are encoded and hashed
 * in a worker (src/exchange/sliceWorker.ts) while this thread reads and serialises the next
 * ones. The file is the same bytes as with the sink in this thread (src/exchange/slices.ts runs
 * in both). Where no worker can run, or one fails on the way, the export goes on in this thread:
 * the slices not yet answered are kept until they are, so nothing is lost.
 */
import { localSink, type SinkReply, type SinkRequest, type SinkResult, type SliceSink } from './slices';

class WorkerSink implements SliceSink {
  private worker: Worker | undefined;
  private readonly pieces: Uint8Array<ArrayBuffer>[] = [];
  /** Sent to the worker, not yet answered (in order). */
  private readonly waiting: SinkRequest[] = [];
  private local: SliceSink | undefined;
  private done: { resolve(r: SinkResult): void; reject(e: unknown): void } | undefined;

  constructor(make: () => Worker) {
    try {
      const w = make();
      w.onmessage = (e: MessageEvent<SinkReply>) => this.answer(e.data);
      w.onerror = (e) => {
        e.preventDefault();
        this.inThisThread();
      };
      w.onmessageerror = () => this.inThisThread();
      this.worker = w;
    } catch {
      this.inThisThread();
    }
  }

  private answer(r: SinkReply): void {
    if (this.local) return;
    this.waiting.shift();
    this.pieces.push(r.bytes);
    if (r.sha256 === undefined) return;
    this.stop();
    this.done?.resolve({ pieces: this.pieces, sha256: r.sha256 });
  }

  /** Go on without the worker: what it answered is hashed again here, what it did not is done here. */
  private inThisThread(): void {
    if (this.local) return;
    this.stop();
    const local = localSink(this.pieces);
    this.local = local;
    for (const m of this.waiting.splice(0)) {
      if (m.kind === 'slice') local.slice(m.head, m.body, m.first);
      else this.settle(local.finish(m.tail));
    }
  }

  private settle(r: SinkResult | Promise<SinkResult>): void {
    Promise.resolve(r).then(
      (x) => this.done?.resolve(x),
      (e: unknown) => this.done?.reject(e),
    );
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private send(m: SinkRequest): void {
    if (this.local) throw new Error('slice sink: sent after falling back');
    this.waiting.push(m);
    try {
      this.worker!.postMessage(m);
    } catch {
      this.inThisThread();
    }
  }

  slice(head: string, body: string, first: boolean): void {
    if (this.local) this.local.slice(head, body, first);
    else this.send({ kind: 'slice', head, body, first });
  }

  finish(tail: string): Promise<SinkResult> {
    if (this.local) return Promise.resolve(this.local.finish(tail));
    const result = new Promise<SinkResult>((resolve, reject) => {
      this.done = { resolve, reject };
    });
    this.send({ kind: 'tail', tail });
    return result;
  }
}

/** The sink for a large export: in a worker where the browser has them, else in this thread. */
export function workerSink(make?: () => Worker): SliceSink {
  if (!make && typeof Worker === 'undefined') return localSink();
  return new WorkerSink(
    make ?? (() => new Worker(new URL('./sliceWorker.ts', import.meta.url), { type: 'module' })),
  );
}
