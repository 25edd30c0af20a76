/**
 * Hybrid logical clock (HLC). Every change gets a stamp that is
 *   - ordered like wall-clock time when clocks are right,
 *   - always later than every stamp this device has seen (so a tablet whose clock runs behind
 *     still produces stamps that win over what it imported), and
 *   - unique per device, because the device id is the last part (the tie-breaker in merges).
 *
 * A stamp is a string that sorts correctly as text: `<ms 15 digits>.<counter 4 base36>.<deviceId>`.
 * A tablet whose clock runs far ahead cannot poison the merge: `receive` refuses stamps more than
 * MAX_DRIFT_MS ahead of the receiver's clock (the importer reports them as absurd dates).
 */
import { byCode } from './order';

export type Hlc = string;

export interface HlcParts {
  ms: number;
  counter: number;
  deviceId: string;
}

export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;
const MS_WIDTH = 15;
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;

export const HLC_PATTERN = /^\d{15}\.[0-9a-z]{4}\.[A-Za-z0-9_-]{1,64}$/;

export function formatHlc({ ms, counter, deviceId }: HlcParts): Hlc {
  return `${String(ms).padStart(MS_WIDTH, '0')}.${counter.toString(36).padStart(COUNTER_WIDTH, '0')}.${deviceId}`;
}

export function parseHlc(stamp: Hlc): HlcParts {
  if (!HLC_PATTERN.test(stamp)) throw new Error(`Ongeldige klokwaarde: ${stamp}`);
  const [ms, counter, deviceId] = stamp.split('.') as [string, string, string];
  return { ms: Number(ms), counter: Number.parseInt(counter, 36), deviceId };
}

/** The next stamp for a local change. */
export function tick(last: Hlc | undefined, nowMs: number, deviceId: string): Hlc {
  const prev = last ? parseHlc(last) : { ms: 0, counter: 0 };
  if (nowMs > prev.ms) return formatHlc({ ms: nowMs, counter: 0, deviceId });
  if (prev.counter >= MAX_COUNTER) return formatHlc({ ms: prev.ms + 1, counter: 0, deviceId });
  return formatHlc({ ms: prev.ms, counter: prev.counter + 1, deviceId });
}

/**
 * Advance the local clock past a stamp received from another device, so every later local change
 * sorts after it. Returns null when the remote stamp is implausibly far in the future.
 */
export function receive(last: Hlc | undefined, remote: Hlc, nowMs: number, deviceId: string): Hlc | null {
  const r = parseHlc(remote);
  if (r.ms > nowMs + MAX_DRIFT_MS) return null;
  const l = last ? parseHlc(last) : { ms: 0, counter: 0 };
  const ms = Math.max(l.ms, r.ms, nowMs);
  let counter = 0;
  if (ms === l.ms && ms === r.ms) counter = Math.max(l.counter, r.counter) + 1;
  else if (ms === l.ms) counter = l.counter + 1;
  else if (ms === r.ms) counter = r.counter + 1;
  if (counter > MAX_COUNTER) return formatHlc({ ms: ms + 1, counter: 0, deviceId });
  return formatHlc({ ms, counter, deviceId });
}

/** Compare two stamps: negative when a is older, positive when a is newer. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return byCode(a, b);
}

export function hlcToDate(stamp: Hlc): Date {
  return new Date(parseHlc(stamp).ms);
}
