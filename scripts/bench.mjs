/**
 * npm run bench: builds the app and prints what users feel, in one table.
 * - gzip sizes of what the first view loads, and of every chunk;
 * - in headless Chromium on the production build: navigation to first chart drawn (median of
 *   10 cold loads) and filter change to chart updated (median of 20).
 * Figures, not assertions: compare them with the budgets in the README.
 */
import { execSync, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright'

const PORT = 4180
const DIST = 'dist'
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

execSync('npx vite build --logLevel warn', { stdio: 'inherit' })

// What the first view loads: the entry script and the chunks index.html preloads, plus CSS.
const html = readFileSync(join(DIST, 'index.html'), 'utf8')
const firstViewFiles = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
)
const firstJs = firstViewFiles
  .filter((f) => f.endsWith('.js'))
  .reduce((n, f) => n + gz(join(DIST, f)), 0)
const firstCss = firstViewFiles
  .filter((f) => f.endsWith('.css'))
  .reduce((n, f) => n + gz(join(DIST, f)), 0)
const chunks = readdirSync(join(DIST, 'assets')).map((f) => ({
  f,
  size: gz(join(DIST, 'assets', f)),
  first: firstViewFiles.includes(`assets/${f}`),
}))
const bundleText = chunks.map(({ f }) => readFileSync(join(DIST, 'assets', f), 'utf8')).join('\n')
const mocksInBundle = /mockServiceWorker|setupWorker|msw/.test(bundleText)

const server = spawn('node', ['scripts/serveStatic.mjs', DIST, String(PORT)], { stdio: 'ignore' })
await new Promise((r) => setTimeout(r, 500))
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const url = `http://127.0.0.1:${PORT}/`

// Records when the first bar appears, measured from navigation start.
const WATCH_FIRST_BAR = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('.recharts-bar-rectangle')) {
      window.__firstChart = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

const firstChart = []
for (let i = 0; i < 10; i++) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.addInitScript(WATCH_FIRST_BAR)
  await page.goto(url)
  firstChart.push(await page.waitForFunction(() => window.__firstChart).then((h) => h.jsonValue()))
  await context.close()
}

const page = await browser.newPage()
await page.goto(url)
await page.waitForSelector('.recharts-bar-rectangle')
const filterChange = []
for (let i = 0; i < 20; i++) {
  const metric = i % 2 === 0 ? 'take_up' : 'operational'
  filterChange.push(
    await page.evaluate(async (metric) => {
      const select = [...document.querySelectorAll('select')].find(
        (s) => s.labels?.[0]?.textContent === 'Metric',
      )
      const title = () => document.querySelector('.chart-frame__title')?.textContent ?? ''
      const before = title()
      const start = performance.now()
      select.value = metric
      select.dispatchEvent(new Event('change', { bubbles: true }))
      await new Promise((resolve) => {
        const check = () =>
          title() !== before ? requestAnimationFrame(resolve) : requestAnimationFrame(check)
        check()
      })
      return performance.now() - start
    }, metric),
  )
}
await browser.close()
server.kill()

const rows = [
  ['first view JS (gzip)', kb(firstJs)],
  ['first view CSS (gzip)', kb(firstCss)],
  ['navigation → first chart, median of 10', `${median(firstChart).toFixed(0)} ms`],
  ['filter change → chart updated, median of 20', `${median(filterChange).toFixed(1)} ms`],
  ['mocks in the production bundle', mocksInBundle ? 'YES (fix it)' : 'no'],
  ...chunks
    .sort((a, b) => b.size - a.size)
    .map(({ f, size, first }) => [`chunk ${f}${first ? '' : ' (lazy)'}`, kb(size)]),
]
const width = Math.max(...rows.map(([k]) => k.length))
console.log(`\n| ${'measure'.padEnd(width)} | value |\n| ${'-'.repeat(width)} | ----- |`)
for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v} |`)
