/**
 * Reporting a failure of a background step, unless the page is being left (a reload, another
 * address). Firefox aborts the page's module loads between beforeunload and pagehide, and an
 * `import()` or a read that needed one then fails: that is not a failure of the app. Used by
 * start-up (src/app/startup.ts `inBackground`) and the live reads (src/db/live.ts,
 * src/db/liveState.ts). Beside the live reads; no imports (no Dexie), so start-up uses it without
 * loading the database.
 */
let leaving = false;

/** Logs `what` and the error (engines.spec counts console errors), except while leaving. */
export function reportFailure(what: string, e: unknown): void {
  if (!leaving) console.error(what, e);
}

if (typeof window !== 'undefined') {
  for (const e of ['beforeunload', 'pagehide'] as const) {
    window.addEventListener(e, () => {
      leaving = true;
    });
  }
  // Back from the back-forward cache, or still here after all (a navigation that did not happen).
  for (const e of ['pageshow', 'pointerdown', 'keydown'] as const) {
    window.addEventListener(
      e,
      () => {
        leaving = false;
      },
      { capture: true, passive: true },
    );
  }
}
