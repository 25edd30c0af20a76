import { useEffect } from 'preact/hooks';
import { reportFailure } from '../db/leaving';
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

/**
 * Run a background step of start-up (a module to load, the service worker, the device record)
 * and report its failure, unless the page was being left: leaving aborts the module loads and
 * fetches still in flight, and Firefox rejects their `import()` ("error loading dynamically
 * imported module", after beforeunload and before pagehide). That is not a failure of the app; it runs again on the next page. Every
 * other failure is reported as an error (engines.spec counts them).
 */
export function inBackground(what: string, step: () => Promise<unknown>): void {
  let running: Promise<unknown>;
  try {
    running = step();
  } catch (e) {
    running = Promise.reject(e);
  }
  running.catch((e: unknown) => reportFailure(what, e));
}

/** Run `fn` when the browser is idle (soon anyway), one task at a time. */
export function whenIdle(fn: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 200);
}

/**
 * Fetch the code of screens the user is likely to open next (`files`: built JS chunks and CSS,
 * relative to this chunk, src/app/chunkFiles.ts) in idle time, so they open at once. Fetched only,
 * not run: `<link rel=modulepreload>` puts each module, parsed, in the page's module map, and the
 * screen's own `import()` runs it on the tap. Running them here (as an `import()` did) evaluated zod
 * and the screens' modules in long tasks while the first screen was still settling (issue 12: total
 * blocking time). The service worker precaches everything as well, for offline use.
 */
export function preloadWhenIdle(files: readonly string[], base: string = import.meta.url): void {
  if (files.length === 0 || typeof document === 'undefined') return;
  whenIdle(() => {
    for (const file of files) {
      const link = document.createElement('link');
      const css = file.endsWith('.css');
      // CSS: into the HTTP cache only (the screen's own stylesheet link then finds it there).
      link.rel = css ? 'prefetch' : 'modulepreload';
      if (css) link.as = 'style';
      link.href = new URL(file, base).href;
      document.head.appendChild(link);
    }
  });
}
