/**
 * What the facilitator should do so the browser keeps the data, per engine (pure: the status bar
 * passes in what the browser says). Safari (every browser on an iPad is WebKit) may wipe a site's
 * data after 7 days without use unless the app is on the home screen; Firefox asks the user before
 * it keeps data for good; Chromium decides by itself (installing the app helps).
 */
export type Engine = 'webkit' | 'firefox' | 'chromium';

export type StorageAdvice =
  /** The browser keeps the data for good. */
  | 'persisted'
  /** Safari/iPad, in a browser tab: add the app to the home screen. */
  | 'homeScreen'
  /** Safari/iPad, opened from the home screen: the 7-day rule does not apply. */
  | 'homeScreenDone'
  /** Firefox: allow "gegevens bewaren" when Firefox asks. */
  | 'firefoxAllow'
  /** Chromium and others: the browser may clear data when the device is full; install the app. */
  | 'install';

/** Days of unexported changes after which the status bar reminds the facilitator to export. */
export const EXPORT_REMINDER_DAYS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The engine behind a user agent. iPadOS presents itself as a Mac ("Macintosh") with touch points;
 * every browser on iOS/iPadOS is WebKit, also when it says CriOS or FxiOS.
 */
export function engineOf(userAgent: string, maxTouchPoints = 0): Engine {
  const ios = /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  if (ios) return 'webkit';
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/AppleWebKit\//.test(userAgent) && !/Chrome\/|Chromium\/|Android/.test(userAgent)) return 'webkit';
  return 'chromium';
}

export function storageAdvice(s: { engine: Engine; persisted: boolean; standalone: boolean }): StorageAdvice {
  if (s.persisted) return 'persisted';
  if (s.engine === 'webkit') return s.standalone ? 'homeScreenDone' : 'homeScreen';
  if (s.engine === 'firefox') return 'firefoxAllow';
  return 'install';
}

/**
 * Whole days the oldest unexported change has waited, when that is more than `days` (a reminder is
 * due); undefined when nothing waits or not for that long (also for an unreadable or future time).
 */
export function exportOverdueDays(
  oldestUnexportedMs: number | undefined,
  nowMs: number,
  days = EXPORT_REMINDER_DAYS,
): number | undefined {
  if (oldestUnexportedMs === undefined || !Number.isFinite(oldestUnexportedMs)) return undefined;
  const waited = Math.floor((nowMs - oldestUnexportedMs) / DAY_MS);
  return waited > days ? waited : undefined;
}
