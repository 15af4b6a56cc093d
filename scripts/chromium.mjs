/**
 * Debian's Chromium as the browser tests and the benchmark launch it: never a downloaded browser,
 * and none of its background traffic (updates, sync, QUIC) to disturb requests or timings.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
