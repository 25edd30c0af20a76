/** Types of scripts/browsers.mjs for the TypeScript tests that import it. */
export interface BrowserPaths {
  chromium: string;
  firefox: string;
  webkitDriver: string;
  miniBrowser: string;
  xvfbRun: string;
  xauth: string;
}
export function browserPaths(): BrowserPaths;
export function chromiumLaunch(): { executablePath: string; args: string[] };
export function missingPackages(): string[];
export function ensureBrowsers(): boolean;
