import { useEffect } from 'preact/hooks';
import type { Problem } from '../domain/validation';
import { createStore, useStore } from '../ui/store';

/**
 * What start-up does after the first screen is on screen (issue 12): the first paint needs only the
 * frame, the database and the screen's own code. Everything else waits until that screen has
 * painted: the configuration check of a fresh device (it needs zod), registering the service
 * worker, the sync scheduler, and then, in idle time, fetching the code of the likely next screens.
 */

export interface StartupState {
  /** True while a fresh device checks and stores the configuration shipped next to the app. */
  configPending: boolean;
  /** Problems found in that configuration (shown on the home screen). */
  problems: Problem[];
}

const state = createStore<StartupState>({ configPending: false, problems: [] });

export function setStartupState(patch: Partial<StartupState>): void {
  state.set({ ...state.get(), ...patch });
}

export function startupProblems(): Problem[] {
  return state.get().problems;
}

/** The start-up state, re-rendering when the configuration check ends. */
export function useStartup(): StartupState {
  return useStore(state);
}

let painted: (() => void) | undefined;
/** Resolves once the first screen (the route's own component, not the loading line) has painted. */
export const firstScreenPainted = new Promise<void>((resolve) => {
  painted = resolve;
});

let framePainted: (() => void) | undefined;
/**
 * Resolves once the first route component has painted, complete or not (a screen that reads its
 * data after it mounts is still loading): the app frame's own database reads (kiosk mode, status
 * bar) and Dexie itself wait for it, so the first paint needs only the frame and the screen's code.
 */
export const firstFramePainted = new Promise<void>((resolve) => {
  framePainted = resolve;
});

/** A frame after the commit the browser has painted it; the timeout lets the paint's own task end first. */
function afterPaint(fn: () => void): void {
  const after = () => setTimeout(fn, 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(after);
  else after();
}

/** Called by the first screen that mounts (src/app/lazy.tsx) once it is complete. */
export function markFirstScreen(): void {
  markFrame();
  const done = painted;
  if (!done) return;
  painted = undefined;
  afterPaint(done);
}

function markFrame(): void {
  const done = framePainted;
  if (!done) return;
  framePainted = undefined;
  afterPaint(done);
}

/** Set when the screen on display says itself when it is complete (useFirstScreenReady). */
let screenSignals = false;

/**
 * For a screen that reads its data after it mounts: deferred start-up work waits until `ready`
 * (everything read and on screen), not just until the screen's code mounted.
 */
export function useFirstScreenReady(ready: boolean): void {
  screenSignals = true;
  useEffect(() => {
    if (ready) markFirstScreen();
  }, [ready]);
}

/** Called when a route's component mounted (src/app/lazy.tsx): enough for a screen without data. */
export function markScreenMounted(): void {
  markFrame();
  if (!screenSignals) markFirstScreen();
}

/** Run `fn` when the browser is idle (soon anyway), one task at a time. */
export function whenIdle(fn: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 200);
}

/**
 * Fetch the code of screens the user is likely to open next, one at a time in idle time, so they
 * open at once (the service worker precaches everything as well, for offline use). `load` is the
 * route's loader: it fetches the chunk with its dependencies and texts.
 */
export function preloadWhenIdle(loads: readonly (() => Promise<unknown>)[]): void {
  const next = (i: number) => {
    if (i >= loads.length) return;
    whenIdle(() => {
      void loads[i]!().then(
        () => next(i + 1),
        () => next(i + 1),
      );
    });
  };
  next(0);
}
