/**
 * What this machine's Chromium needs to run headless, shared by the browser suite (tests/e2e/browser.ts)
 * and the Lighthouse benchmark (scripts/bench/lighthouse.ts): no sandbox as root, no calls home.
 * Each adds its own `--headless` form (playwright's and chrome-launcher's differ).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
