/**
 * How the benches start Debian's Chromium (CHROMIUM_PATH to use another): headless by the caller,
 * no sandbox or GPU (a container), and nothing of its own on the network while it measures.
 */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
