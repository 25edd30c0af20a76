/**
 * When the tablet hands in by itself (issue 15 item 5): after a meeting is closed, when kiosk mode
 * ends, every few minutes, when the browser comes online, and on "Nu synchroniseren". A failed
 * round waits (back-off, ./engine.ts) before the next automatic one. Work runs in idle time, one
 * small slice at a time, and waits while the user is typing. Started only when sync is set up
 * (src/db/syncStatus.ts): before that this module is not even loaded, and no request leaves.
 */
import { getKioskMode } from '../../db/kioskState';
import { watch } from '../../db/live';
import { closedMeetingCount } from '../../db/meetings';
import { getSyncState } from '../../db/syncStatus';
import { createSyncApi } from './api';
import { type RoundDeps, type RoundResult, runRound } from './engine';

export const INTERVAL_MS = 3 * 60_000;
/** After the last key press or input, wait this long before the next slice of work. */
export const TYPING_QUIET_MS = 1_500;

export type Reason = 'start' | 'interval' | 'online' | 'meetingClosed' | 'kioskEnded' | 'manual' | 'retry';

export interface SchedulerEnv {
  now: () => number;
  online: () => boolean;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Run `fn` when the browser is idle (requestIdleCallback), soon anyway. */
  idle: (fn: () => void) => void;
  /** Time of the last key press or input (ms), for "not while typing". */
  lastInputAt: () => number;
  random: () => number;
  api: RoundDeps['api'];
  /** Subscribe to events that call for a round; returns the unsubscribe. */
  listen: (kick: (r: Reason) => void) => () => void;
}

export class SyncScheduler {
  private running: Promise<RoundResult | null> | null = null;
  private again = false;
  private timer: unknown = null;
  private stopped = false;
  private unlisten: (() => void) | null = null;
  /** Every round's reason, in order (tests and the screen's "last reason" read it). */
  readonly reasons: Reason[] = [];

  constructor(private readonly env: SchedulerEnv) {}

  start(): void {
    this.unlisten = this.env.listen((r) => void this.request(r));
    void this.request('start');
  }

  stop(): void {
    this.stopped = true;
    this.unlisten?.();
    if (this.timer !== null) this.env.clearTimer(this.timer);
    this.timer = null;
  }

  /** Wait for idle time and for the user to stop typing; one slice of work may then run. */
  readonly slice = async (): Promise<void> => {
    for (;;) {
      await new Promise<void>((resolve) => this.env.idle(resolve));
      const quiet = this.env.now() - this.env.lastInputAt();
      if (quiet >= TYPING_QUIET_MS) return;
      await new Promise<void>((resolve) => this.env.setTimer(resolve, TYPING_QUIET_MS - quiet));
    }
  };

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.env.clearTimer(this.timer);
    this.timer = this.env.setTimer(() => {
      this.timer = null;
      void this.request('retry');
    }, ms);
  }

  /**
   * Ask for a round. Automatic reasons respect the back-off and being offline; "manual" does not
   * wait for the back-off. A request during a round runs one more round after it.
   */
  async request(reason: Reason): Promise<RoundResult | null> {
    if (this.stopped) return null;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const manual = reason === 'manual';
    if (!manual) {
      if (!this.env.online()) return null;
      const state = await getSyncState();
      if (state.revoked) return null;
      const wait = (state.nextAttemptAt ?? 0) - this.env.now();
      if (wait > 0) {
        this.schedule(wait);
        return null;
      }
    }
    this.reasons.push(reason);
    this.running = runRound(
      { api: this.env.api, slice: this.slice, now: this.env.now, random: this.env.random },
      { manual },
    );
    let result: RoundResult | null = null;
    try {
      result = await this.running;
    } finally {
      this.running = null;
    }
    if (result && !result.ok && !result.revoked) {
      const state = await getSyncState();
      if (state.nextAttemptAt) this.schedule(Math.max(0, state.nextAttemptAt - this.env.now()));
    } else if (this.again) {
      this.again = false;
      void this.request('retry');
    }
    return result;
  }
}

/** The browser's events: online, a timer, a meeting closed, kiosk mode ended. */
export function browserListen(kick: (r: Reason) => void): () => void {
  const onOnline = () => kick('online');
  window.addEventListener('online', onOnline);
  const interval = setInterval(() => kick('interval'), INTERVAL_MS);
  let closed: number | undefined;
  const stopClosed = watch(closedMeetingCount, (n) => {
    if (closed !== undefined && n > closed) kick('meetingClosed');
    closed = n;
  });
  let kiosk: boolean | undefined;
  const stopKiosk = watch(
    async () => (await getKioskMode()) !== null,
    (on) => {
      if (kiosk === true && !on) kick('kioskEnded');
      kiosk = on;
    },
  );
  return () => {
    window.removeEventListener('online', onOnline);
    clearInterval(interval);
    stopClosed();
    stopKiosk();
  };
}

let lastInput = 0;
function trackInput(): void {
  const mark = () => {
    lastInput = Date.now();
  };
  document.addEventListener('input', mark, { capture: true, passive: true });
  document.addEventListener('keydown', mark, { capture: true, passive: true });
}

export function browserEnv(): SchedulerEnv {
  return {
    now: () => Date.now(),
    online: () => navigator.onLine,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    idle: (fn) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => fn(), { timeout: 2000 })
        : setTimeout(fn, 50),
    lastInputAt: () => lastInput,
    random: Math.random,
    api: (config) => createSyncApi(config.server, config.token),
    listen: browserListen,
  };
}

let current: SyncScheduler | null = null;
let tracking = false;

/** Start (or restart after a new set-up) the app's one scheduler. */
export function startScheduler(env: SchedulerEnv = browserEnv()): SyncScheduler {
  if (!tracking) {
    tracking = true;
    trackInput();
  }
  current?.stop();
  current = new SyncScheduler(env);
  current.start();
  return current;
}

export function stopScheduler(): void {
  current?.stop();
  current = null;
}

/** "Nu synchroniseren" (and the coordinator's "Ophalen"): a round now, whatever the back-off. */
export function syncNow(): Promise<RoundResult | null> {
  return (current ?? startScheduler()).request('manual');
}
