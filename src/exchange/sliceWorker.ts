/**
 * The worker that encodes and hashes an export's slices (src/exchange/workerSink.ts): the page
 * reads and serialises the records, this thread turns them into the file's bytes and its
 * SHA-256 meanwhile. One worker per export; the bytes go back transferred, not copied.
 */
import { type SinkRequest, sliceServer } from './slices';

const serve = sliceServer((reply, transfer) => postMessage(reply, { transfer }));
addEventListener('message', (e: MessageEvent<SinkRequest>) => serve(e.data));
