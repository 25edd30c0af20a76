/** How the benches start Debian's Chromium: as the tests do (scripts/browsers.mjs); headless by the caller. */
import { chromiumLaunch } from '../scripts/browsers.mjs';

export const CHROMIUM = chromiumLaunch();
