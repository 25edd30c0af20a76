/**
 * Whether the page is being left (a reload, another address). Firefox aborts the page's module
 * loads between beforeunload and pagehide, and an `import()` or a read that needed one then fails:
 * that is not a failure of the app, and start-up (src/app/startup.ts `inBackground`) and live
 * reads (src/db/liveState.ts) do not report it. Beside the live reads, which ask it first; no
 * imports (no Dexie), so start-up asks it without loading the database.
 */
let leaving = false;

export function isLeaving(): boolean {
  return leaving;
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
