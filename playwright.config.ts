import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'

// Another port lets two runs share a machine (E2E_PORT=4174 npm test).
const PORT = Number(process.env.E2E_PORT ?? 4173)

/** Browser tests drive Debian's Chromium (never a downloaded browser) against the production build. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // A bound that ends a hang, not a budget: two runs at once took 52 s for an export read back by LibreOffice.
  timeout: 90_000,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    // The offline cache is tested on its own; elsewhere requests must reach the routes and server.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /takeover\.spec\.ts$/ },
    // Timed against a slowed CPU: run alone, once the others are done, not beside them.
    {
      name: 'slowed CPU',
      use: { browserName: 'chromium' },
      testMatch: /takeover\.spec\.ts$/,
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    command: `npm run build && node scripts/serveStatic.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
