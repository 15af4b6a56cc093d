/**
 * npm run bench: builds the app and a bare page (Vite + React + Recharts + TanStack Query drawing
 * the same ranking from the same files, nothing else), serves both on the bundled data and on a
 * synthetic stress catalog (60,000 observations), and prints one table of sizes and times in
 * headless Chromium, each beside the bare page's and the budget. Figures, not test assertions.
 */
import { execSync, spawn } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright'
import { lighthouse } from './benchLighthouse.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { withoutCopy } from './prerenderLanding.mjs'
import { writeImportCsv, writeStressData } from './stressDataset.mjs'
import { until, watchPlainLoad, watchTakeover } from './takeoverWatch.mjs'

const OUT = '.bench'
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const ms = (t) => `${t.toFixed(t < 100 ? 1 : 0)} ms`
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length

// 1. Builds: the app, the bare page, and both again on the stress catalog.
rmSync(OUT, { recursive: true, force: true })
console.log('Building the app and the bare page…')
execSync(`npx vite build --logLevel warn --outDir ${OUT}/app`, { stdio: 'inherit' })
execSync(
  `npx vite build bench/bare --config bench/bare/vite.config.ts --outDir ../../${OUT}/bare --emptyOutDir`,
  { stdio: 'inherit' },
)
cpSync('public/data', `${OUT}/bare/data`, { recursive: true })
cpSync(`${OUT}/app`, `${OUT}/app-stress`, { recursive: true })
cpSync(`${OUT}/bare`, `${OUT}/bare-stress`, { recursive: true })
rmSync(`${OUT}/app-stress/data`, { recursive: true })
rmSync(`${OUT}/bare-stress/data`, { recursive: true })
const stressCount = writeStressData(`${OUT}/app-stress/data`)
// The landing drawn into the HTML shows the bundled data, not the stress data.
writeFileSync(
  `${OUT}/app-stress/index.html`,
  withoutCopy(readFileSync(`${OUT}/app-stress/index.html`, 'utf8')),
)
cpSync(`${OUT}/app-stress/data`, `${OUT}/bare-stress/data`, { recursive: true })

const importFile = `${OUT}/import-5mb.csv`
const importCsv = writeImportCsv(importFile)

const SITES = { app: 4181, bare: 4182, 'app-stress': 4183, 'bare-stress': 4184 }
const servers = Object.entries(SITES).map(([dir, port]) =>
  spawn('node', ['scripts/serveStatic.mjs', `${OUT}/${dir}`, String(port)], { stdio: 'ignore' }),
)
await new Promise((r) => setTimeout(r, 600))
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })

const BAR = '.recharts-bar-rectangle'
/** What shows that a view has drawn its chart: its first mark. */
const DRAWN = {
  compare: BAR,
  ranking: BAR,
  trend: '.trend-dot',
  pipeline: BAR,
  sources: '.source-mark',
  coverage: '.coverage-cell',
  map: 'circle.map-circle',
  table: '.figures-table tbody tr',
}

// Records when the first mark (`drawn`) is in the page, from navigation start, every long task
// after, and the largest contentful paint. A mark in the page's HTML (the prerendered landing)
// is seen at the first paint, not when the parser reaches it.
const WATCH = (drawn) => {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration)
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcp = e.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  // The landing's copy is in every page's HTML, hidden where it does not fit (a query): a mark
  // in it counts only while it is shown, else a link's "first chart" was the hidden copy's.
  const shown = (mark) =>
    !mark.closest('#prerender') || !document.documentElement.classList.contains('no-prerender')
  new MutationObserver((_, observer) => {
    if ([...document.querySelectorAll(drawn)].some(shown)) {
      window.__markAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

/**
 * Until the app's own `drawn` is in the page and a painted copy (the landing's, or a view's own
 * address's) has given way: the copy's controls are inert, and its title never changes.
 */
const appDrawn = (page, drawn) =>
  page.waitForFunction(
    (drawn) => document.querySelector(drawn) && !document.getElementById('prerender'),
    drawn,
    { timeout: 60_000 },
  )

async function firstChartOnce(url, drawn = BAR) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.addInitScript(WATCH, drawn)
  const cdp = await context.newCDPSession(page)
  await page.goto(url)
  const time = await until(
    cdp,
    `(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]
      return window.__markAt && paint ? Math.max(window.__markAt, paint.startTime) : null
    })()`,
  )
  // The largest paint settles once the page has drawn what it draws first.
  await page.waitForTimeout(500)
  const lcp = await page.evaluate(() => window.__lcp ?? 0)
  await context.close()
  return { time, lcp }
}

/**
 * Median first-chart times of the app and the bare page, their cold loads taken in turns so a
 * machine that slows down during the run slows both alike.
 */
async function firstChart(appUrl, bareUrl, runs = 10, drawn = BAR) {
  const times = { app: [], bare: [], appLcp: [], bareLcp: [] }
  for (let i = 0; i < runs; i++) {
    const app = await firstChartOnce(appUrl, drawn)
    const bare = await firstChartOnce(bareUrl)
    times.app.push(app.time)
    times.appLcp.push(app.lcp)
    times.bare.push(bare.time)
    times.bareLcp.push(bare.lcp)
  }
  return {
    app: median(times.app),
    bare: median(times.bare),
    lcp: { app: median(times.appLcp), bare: median(times.bareLcp) },
  }
}

/** Median time from a metric change to the redrawn chart, and the longest task meanwhile. */
async function filterChange(url, runs = 20, drawn = '.recharts-bar-rectangle') {
  const page = await browser.newPage()
  await page.addInitScript(WATCH, drawn)
  await page.goto(url)
  await appDrawn(page, drawn)
  const times = []
  let longest = 0
  for (let i = 0; i < runs; i++) {
    const metric = i % 2 === 0 ? 'take_up' : 'operational'
    const result = await page.evaluate(async (metric) => {
      window.__longTasks = []
      const select = [...document.querySelectorAll('select')].find((s) =>
        [...s.options].some((o) => o.value === 'take_up'),
      )
      const title = () => document.querySelector('.chart-frame__title')?.textContent ?? ''
      const before = title()
      const start = performance.now()
      select.value = metric
      select.dispatchEvent(new Event('change', { bubbles: true }))
      await new Promise((resolve) => {
        const check = () =>
          title() !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check)
        check()
      })
      const elapsed = performance.now() - start
      await new Promise((r) => setTimeout(r, 50))
      return { elapsed, longest: Math.max(0, ...window.__longTasks) }
    }, metric)
    times.push(result.elapsed)
    longest = Math.max(longest, result.longest)
  }
  await page.close()
  return { median: median(times), longest }
}

/**
 * One step of the timeline (back a year, then forward, in turns), with its motion: median time
 * from the click to the redrawn chart, and the longest task meanwhile (the motion included).
 */
async function timelineStep(url, runs = 20) {
  const page = await browser.newPage()
  await page.addInitScript(WATCH, BAR)
  await page.goto(url)
  await appDrawn(page, '.timeline')
  const times = []
  let longest = 0
  for (let i = 0; i < runs; i++) {
    const result = await page.evaluate(
      async (label) => {
        window.__longTasks = []
        const title = () => document.querySelector('.chart-frame__title')?.textContent ?? ''
        const before = title()
        const start = performance.now()
        document.querySelector(`.timeline [aria-label="${label}"]`).click()
        await new Promise((resolve) => {
          const check = () =>
            title() !== before
              ? requestAnimationFrame(() => resolve())
              : requestAnimationFrame(check)
          check()
        })
        const elapsed = performance.now() - start
        // The motion runs 600 ms: its tasks count too.
        await new Promise((r) => setTimeout(r, 700))
        return { elapsed, longest: Math.max(0, ...window.__longTasks) }
      },
      i % 2 === 0 ? 'Previous year' : 'Next year',
    )
    times.push(result.elapsed)
    longest = Math.max(longest, result.longest)
  }
  await page.close()
  return { median: median(times), longest }
}

/** The gzip size of the scripts and styles a page actually loads. */
async function loadedSize(url, dir, drawn = '.recharts-bar-rectangle') {
  const page = await browser.newPage()
  const files = new Set()
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname
    // Files by their path in the build: assets/… and the landing's check beside index.html.
    if (/\.(js|css)$/.test(path)) files.add(path.slice(1))
  })
  await page.goto(url)
  // The app's own chart, not a copy drawn into the HTML: every script it needs is in.
  await appDrawn(page, drawn)
  await page.waitForTimeout(300)
  await page.close()
  const sizes = { js: 0, css: 0, files }
  for (const f of files) sizes[f.endsWith('.js') ? 'js' : 'css'] += gz(join(dir, f))
  return sizes
}

/**
 * A user's 5 MB CSV imported through the "Your data" panel: from picking the file to the note
 * that it was added, and the longest main-thread task meanwhile (the reading runs in a worker).
 */
async function largeImport(url, file) {
  const page = await browser.newPage()
  await page.addInitScript(WATCH, BAR)
  await page.goto(url)
  await appDrawn(page, BAR)
  await page.locator('.user-data summary').click()
  const input = page.getByLabel(/Drop a CSV or JSON file here/)
  await input.waitFor({ state: 'attached' })
  await page.evaluate(() => {
    window.__longTasks = []
    window.__importStart = performance.now()
  })
  await input.setInputFiles(file)
  await page.getByText(/^Added /).waitFor({ timeout: 120_000 })
  // The chart redraws with the new markets after the note: its tasks count too.
  await page.waitForTimeout(1000)
  const result = await page.evaluate(() => ({
    elapsed: performance.now() - window.__importStart,
    longest: Math.max(0, ...window.__longTasks),
  }))
  await page.close()
  return result
}

async function pngExport(url) {
  const times = []
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ acceptDownloads: true })
    await page.goto(url)
    await appDrawn(page, BAR)
    await page.locator('.chart-frame .export-menu summary').click()
    const start = Date.now()
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG 2x' }).click(),
    ])
    times.push(Date.now() - start)
    await page.close()
  }
  return median(times)
}

const app = (port, query = '?view=ranking') => `http://127.0.0.1:${port}/${query}`
console.log('Measuring in headless Chromium…')
// The first view is the landing: the address with no query, what every visitor without a link gets.
const appSize = await loadedSize(app(SITES.app, ''), `${OUT}/app`)
const bareSize = await loadedSize(app(SITES.bare, ''), `${OUT}/bare`)
const first = await firstChart(app(SITES.app, ''), app(SITES.bare, ''))
// Every view's own address, and the landing embedded: so no view grows unseen.
const perView = []
for (const [query, drawn] of [
  ...Object.entries(DRAWN).map(([view, drawn]) => [`?view=${view}`, drawn]),
  ['?embed=1', BAR],
]) {
  console.log(`  ${query}…`)
  const size = await loadedSize(app(SITES.app, query), `${OUT}/app`, drawn)
  // Nine pairs: with five, a row's ratio moved by ±0.15 between runs of one build.
  const time = await firstChart(app(SITES.app, query), app(SITES.bare, ''), 9, drawn)
  perView.push({ query, jsOnly: size.js, time })
}
const change = {
  app: await filterChange(app(SITES.app)),
  bare: await filterChange(app(SITES.bare, '')),
}
const stressFirst = await firstChart(app(SITES['app-stress']), app(SITES['bare-stress'], ''), 5)
const stressChange = {
  app: await filterChange(app(SITES['app-stress']), 10),
  bare: await filterChange(app(SITES['bare-stress'], ''), 10),
}
const step = await timelineStep(app(SITES.app))
const stressStep = await timelineStep(app(SITES['app-stress']), 10)
const MAP_DRAWN = 'circle.map-circle'
const mapSize = await loadedSize(app(SITES.app, '?view=map'), `${OUT}/app`, MAP_DRAWN)
// What only the map loads: its code, d3-geo and the country shapes.
const mapOwn = [...mapSize.files]
  .filter((f) => f.endsWith('.js') && !appSize.files.has(f))
  .reduce((sum, f) => sum + gz(`${OUT}/app/${f}`), 0)
const mapChange = await filterChange(app(SITES.app, '?view=map'), 20, MAP_DRAWN)
const png = await pngExport(app(SITES.app))
const imported = await largeImport(app(SITES.app), importFile)
// The landing on a phone's CPU (4x slower) at a phone's and a desktop's width, three loads each:
// the longest task from the first paint until a tapped tab has answered and drawn its view.
const takeover = {}
for (const [name, viewport] of [
  ['390x844', { width: 390, height: 844 }],
  ['1280x800', { width: 1280, height: 800 }],
]) {
  const runs = []
  const bare = []
  // In turns with the bare page, so both meet the machine in the same state.
  for (let i = 0; i < 3; i++) {
    let context = await browser.newContext({ viewport })
    runs.push(await watchTakeover(await context.newPage(), app(SITES.app, '')))
    await context.close()
    context = await browser.newContext({ viewport })
    bare.push(await watchPlainLoad(await context.newPage(), app(SITES.bare, '')))
    await context.close()
  }
  takeover[name] = runs
  takeover[name].bare = bare
}
await browser.close()
console.log('Lighthouse (mobile), the landing and the bare page in turns…')
const lab = await lighthouse(app(SITES.app, ''), app(SITES.bare, ''))
for (const s of servers) s.kill()

const assets = readdirSync(`${OUT}/app/assets`)
const bundleText = assets
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(`${OUT}/app/assets/${f}`, 'utf8'))
  .join('\n')
const mocksInBundle =
  /setupWorker|mockServiceWorker|msw\/browser/.test(bundleText) ||
  existsSync(`${OUT}/app/mockServiceWorker.js`)
const lazy = assets.filter((f) => f.endsWith('.js') && !appSize.files.has(`assets/${f}`))

const ratio = (a, b) => `${(a / b).toFixed(2)}x`
const check = (ok) => (ok ? 'ok' : 'OVER BUDGET')
const rows = [
  [
    'landing (no query): JS (gzip)',
    kb(appSize.js),
    kb(bareSize.js),
    ratio(appSize.js, bareSize.js),
    '≤ 1.15x bare',
    check(appSize.js <= 1.15 * bareSize.js),
  ],
  ['landing: CSS (gzip)', kb(appSize.css), kb(bareSize.css), '', '', ''],
  [
    'landing: first chart, median of 10 cold loads',
    ms(first.app),
    ms(first.bare),
    ratio(first.app, first.bare),
    '≤ 1.3x bare (goal 1.0x)',
    check(first.app <= 1.3 * first.bare),
  ],
  [
    'landing: largest contentful paint, median of 10',
    ms(first.lcp.app),
    ms(first.lcp.bare),
    ratio(first.lcp.app, first.lcp.bare),
    '< bare',
    check(first.lcp.app < first.lcp.bare),
  ],
  ...perView.map(({ query, jsOnly, time }) => {
    // Every view's own address is a first view for whoever follows a link to it.
    return [
      `${query}: JS (gzip) · first chart, median of 9`,
      `${kb(jsOnly)} · ${ms(time.app)}`,
      `${kb(bareSize.js)} · ${ms(time.bare)}`,
      `${ratio(jsOnly, bareSize.js)} · ${ratio(time.app, time.bare)}`,
      '≤ 1.15x · ≤ 1.15x',
      check(jsOnly <= 1.15 * bareSize.js && time.app <= 1.15 * time.bare),
    ]
  }),
  [
    'ranking: filter change → chart, median of 20',
    ms(change.app.median),
    ms(change.bare.median),
    ratio(change.app.median, change.bare.median),
    '≤ 50 ms',
    check(change.app.median <= 50),
  ],
  [
    `stress (${stressCount.toLocaleString('en')} obs): first chart, median of 5`,
    ms(stressFirst.app),
    ms(stressFirst.bare),
    ratio(stressFirst.app, stressFirst.bare),
    '',
    '',
  ],
  [
    'stress: filter change → chart, median of 10',
    ms(stressChange.app.median),
    ms(stressChange.bare.median),
    ratio(stressChange.app.median, stressChange.bare.median),
    '≤ 150 ms',
    check(stressChange.app.median <= 150),
  ],
  [
    'stress: longest task during filter changes',
    ms(stressChange.app.longest),
    ms(stressChange.bare.longest),
    '',
    '≤ 200 ms',
    check(stressChange.app.longest <= 200),
  ],
  [
    'timeline step → chart (ranking), median of 20',
    ms(step.median),
    '',
    '',
    '≤ 50 ms',
    check(step.median <= 50),
  ],
  [
    'timeline: longest task during steps',
    ms(step.longest),
    '',
    '',
    '≤ 200 ms',
    check(step.longest <= 200),
  ],
  [
    'stress: timeline step → chart, median of 10',
    ms(stressStep.median),
    '',
    '',
    '≤ 150 ms',
    check(stressStep.median <= 150),
  ],
  [
    'stress: longest task during steps',
    ms(stressStep.longest),
    '',
    '',
    '≤ 200 ms',
    check(stressStep.longest <= 200),
  ],
  [
    'map: its own code and geography (gzip)',
    kb(mapOwn),
    '',
    '',
    '≤ 80 kB',
    check(mapOwn <= 80 * 1024),
  ],
  [
    'map: filter change → map, median of 20',
    ms(mapChange.median),
    '',
    '',
    '≤ 50 ms',
    check(mapChange.median <= 50),
  ],
  ['map: longest task during filter changes', ms(mapChange.longest), '', '', '', ''],
  ...Object.entries(takeover).flatMap(([size, runs]) => {
    const longest = runs.map((r) => r.longest)
    const painted = runs.every((r) => r.lastLcp?.painted)
    return [
      [
        `landing at ${size}, CPU 4x: longest task, first paint → a tapped tab's view drawn (3 loads; bare page: → its chart + 1 s)`,
        longest.map(ms).join(', '),
        runs.bare.map((b) => ms(b.longest)).join(', '),
        ratio(Math.max(...longest), Math.max(...runs.bare.map((b) => b.longest))),
        '≤ 200 ms',
        check(Math.max(...longest) <= 200),
      ],
      [
        `landing at ${size}, CPU 4x: what each load's longest task was (its long frame's parts)`,
        runs.map((r) => r.cause).join('; '),
        runs.bare.map((b) => b.cause).join('; '),
        '',
        '',
        '',
      ],
      [
        `landing at ${size}, CPU 4x: largest paint (3 loads)`,
        runs.map((r) => `${ms(r.lastLcp?.time ?? 0)} ${r.lastLcp?.tag ?? '?'}`).join(', '),
        '',
        '',
        'painted by the HTML',
        check(painted),
      ],
    ]
  }),
  ...Object.entries(lab).flatMap(([method, { app: a, bare: b }]) => {
    const range = (f, fmt) => f.all.map(fmt).join(' / ')
    const s = (t) => `${(t / 1000).toFixed(2)} s`
    return [
      [
        `Lighthouse mobile, ${method}: score`,
        range(a.score, String),
        range(b.score, String),
        ratio(a.score.median, b.score.median),
        '',
        '',
      ],
      [
        `Lighthouse ${method}: LCP`,
        range(a.lcp, s),
        range(b.lcp, s),
        ratio(a.lcp.median, b.lcp.median),
        '≤ bare',
        check(a.lcp.median <= b.lcp.median),
      ],
      [
        `Lighthouse ${method}: TBT`,
        range(a.tbt, ms),
        range(b.tbt, ms),
        ratio(a.tbt.median, b.tbt.median),
        '≤ bare',
        check(a.tbt.median <= b.tbt.median),
      ],
      [
        `Lighthouse ${method}: CLS`,
        range(a.cls, (v) => v.toFixed(3)),
        range(b.cls, (v) => v.toFixed(3)),
        '',
        '',
        '',
      ],
      [
        `Lighthouse ${method}: Speed Index`,
        range(a.si, s),
        range(b.si, s),
        ratio(a.si.median, b.si.median),
        '',
        '',
      ],
    ]
  }),
  ['export a 2x PNG, median of 5', ms(png), '', '', '', ''],
  [
    `import a ${(importCsv.bytes / 1e6).toFixed(2)} MB CSV (${importCsv.rows.toLocaleString('en')} rows): to "Added"`,
    ms(imported.elapsed),
    '',
    '',
    '',
    '',
  ],
  [
    'import: longest main-thread task',
    ms(imported.longest),
    '',
    '',
    '≤ 200 ms',
    check(imported.longest <= 200),
  ],
  [
    'mocks in the production bundle',
    mocksInBundle ? 'YES' : 'no',
    '',
    '',
    'none',
    check(!mocksInBundle),
  ],
  ...lazy.map((f) => [
    `lazy chunk ${f.replace(/-[\w-]{8}\.js$/, '.js')}`,
    kb(gz(`${OUT}/app/assets/${f}`)),
    '',
    '',
    '',
    '',
  ]),
]
const header = ['measure', 'app', 'bare page', 'ratio', 'budget', '']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
console.log(
  `\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}`,
)
