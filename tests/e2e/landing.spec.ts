import type { Browser, BrowserContextOptions, Page as RawPage } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * The landing (the address with no query) is drawn into index.html at build time
 * (scripts/prerenderLanding.mjs): its chart shows before any script has run, and the app takes
 * over without moving a bar. Visitors it does not fit never see it.
 */

const MARKS = '#prerender svg [data-market]'

/** A page whose app script arrives late, so what shows before the app runs can be looked at. */
async function withAppHeldBack(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options })
  const page = await context.newPage()
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return { page, context, release }
}

/** Where each drawn bar is, by market, rounded to the pixel. */
const barPlaces = (page: RawPage, scope: string) =>
  page.locator(`${scope} svg [data-market]`).evaluateAll((marks) =>
    marks
      .filter((m) => m.getBoundingClientRect().width > 0)
      .map((m) => {
        const r = m.getBoundingClientRect()
        return `${(m as SVGElement).dataset.market} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`
      }),
  )

test('the landing HTML already holds the chart the app draws: its title and every bar', async ({
  page,
  request,
}) => {
  const html = await (await request.get('./')).text()
  await page.goto('./')
  const title = (await page.locator('.chart-frame__title').textContent()) ?? ''
  const markets = await page
    .locator('#root svg [data-market]')
    .evaluateAll((marks) => [...new Set(marks.map((m) => (m as SVGElement).dataset.market))])
  expect(markets.length).toBeGreaterThan(3)
  const prerendered = html.slice(html.indexOf('id="prerender"'), html.indexOf('id="root"'))
  expect(prerendered).toContain(title)
  for (const market of markets) expect(prerendered).toContain(`data-market="${market}"`)
})

test('without JavaScript the landing shows its chart, title and summary', async ({ browser }) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport })
    const page = await context.newPage()
    await page.goto('./')
    await expect(page.locator('#prerender .chart-frame__title')).toBeVisible()
    await expect(page.locator('#prerender .chart-frame__summary')).toBeVisible()
    // One drawing of the chart shows, the one drawn for this width, at its full width.
    const shown = page.locator('#prerender svg.recharts-surface:visible')
    await expect(shown).toHaveCount(1)
    await expect(shown).toHaveClass(viewport.width < 600 ? /prerender-narrow/ : /prerender-wide/)
    const box = await page.locator('#prerender .chart-frame').boundingBox()
    const chart = await shown.boundingBox()
    expect(chart?.width).toBeGreaterThan((box?.width ?? 0) * 0.8)
    await expect(page.locator(`${MARKS}:visible`).first()).toBeVisible()
    await context.close()
  }
})

test('the app takes over the drawn landing without moving a bar', async ({ browser }) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const { page, context, release } = await withAppHeldBack(browser, { viewport })
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto('./', { waitUntil: 'commit' })
    await expect(page.locator(`${MARKS}:visible`).first()).toBeVisible()
    const before = await barPlaces(page, '#prerender')
    expect(before.length).toBeGreaterThan(3)
    release()
    await expect(page.locator('#prerender')).toHaveCount(0)
    await expect(page.locator('#root')).toBeVisible()
    expect(await barPlaces(page, '#root')).toEqual(before)
    expect(errors).toEqual([])
    await context.close()
  }
})

test('a link with a query, a Portuguese browser or a dark preference never sees the English light landing', async ({
  browser,
}, testInfo) => {
  const visitors: Array<[string, string, BrowserContextOptions, RegExp]> = [
    ['a link to the trend', './?view=trend&year=2020', {}, /Trend/],
    ['a Portuguese browser', './', { locale: 'pt-BR' }, /Comparar/],
    ['a dark preference', './', { colorScheme: 'dark' }, /Compare/],
  ]
  for (const [who, url, options, tab] of visitors) {
    const { page, context, release } = await withAppHeldBack(browser, options)
    await page.goto(url, { waitUntil: 'commit' })
    // The first paint, before the app has run: no prerendered landing, the loading line instead.
    await expect(page.locator('.boot-status')).toBeVisible()
    await expect(page.locator('#prerender')).toBeHidden()
    await testInfo.attach(`first paint: ${who}`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    })
    release()
    await expect(page.locator('#prerender')).toHaveCount(0)
    await expect(page.getByRole('tab', { selected: true })).toHaveText(tab)
    await context.close()
  }
})

// A view's own address (what a tab's link is) has a copy of its own, drawn at a desktop's width
// and fetched by landing-check.js.
for (const view of ['ranking', 'trend', 'pipeline', 'sources', 'coverage', 'map'])
  test(`a link to the ${view} view alone shows its painted copy on a desktop, and the app takes over without moving a mark`, async ({
    browser,
  }) => {
    const { page, context, release } = await withAppHeldBack(browser, {
      viewport: { width: 1280, height: 800 },
    })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`./?view=${view}`, { waitUntil: 'commit' })
    // Before any of the app's script has run: the copy is the view's, not the landing's.
    await expect(page.locator(`${MARKS}`).first()).toBeVisible()
    await expect(page.locator('#prerender [role=tab][aria-selected=true]')).toHaveText(
      new RegExp(view, 'i'),
    )
    const title = await page.locator('#prerender .chart-frame__title').textContent()
    const before = await barPlaces(page, '#prerender')
    expect(before.length).toBeGreaterThan(3)
    release()
    await expect(page.locator('#prerender')).toHaveCount(0)
    await expect(page.locator('#root .chart-frame__title')).toHaveText(title ?? '')
    expect(await barPlaces(page, '#root')).toEqual(before)
    expect(errors).toEqual([])
    await context.close()
  })

test("a view's copy is only for the view alone, on a desktop, in English and light: others see the app draw theirs", async ({
  browser,
}) => {
  const visitors: Array<[string, string, BrowserContextOptions]> = [
    ['a phone', './?view=ranking', { viewport: { width: 390, height: 844 } }],
    ['a narrow window', './?view=ranking', { viewport: { width: 1000, height: 800 } }],
    ['a link with a year', './?view=ranking&year=2020', {}],
    ['a Portuguese browser', './?view=ranking', { locale: 'pt-BR' }],
    ['a dark preference', './?view=ranking', { colorScheme: 'dark' }],
  ]
  for (const [who, url, options] of visitors) {
    const { page, context, release } = await withAppHeldBack(browser, options)
    const asked: string[] = []
    page.on('request', (r) => asked.push(new URL(r.url()).pathname))
    await page.goto(url, { waitUntil: 'commit' })
    await expect(page.locator('.boot-status'), who).toBeVisible()
    await expect(page.locator('#prerender'), who).toBeHidden()
    expect(
      asked.filter((path) => path.includes('/painted/')),
      who,
    ).toEqual([])
    release()
    await expect(page.getByRole('tab', { selected: true }), who).toHaveText(/Ranking|Classificação/)
    await expect(page.locator('#prerender'), who).toHaveCount(0)
    await context.close()
  }
})

test('a copy that fails to arrive leaves the app to draw the view, with no error', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.route(/\/painted\//, (route) => route.fulfill({ status: 503, body: 'down' }))
  await page.goto('./?view=ranking')
  await expect(page.locator('#root [data-market]').first()).toBeVisible()
  await expect(page.locator('#prerender')).toHaveCount(0)
  await expect(page.getByRole('tab', { selected: true })).toHaveText('Ranking')
  expect(errors).toEqual([])
  await context.close()
})

test('a copy that arrives after the app has begun drawing is not shown', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/painted\//, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('./?view=ranking')
  await expect(page.locator('#root [data-market]').first()).toBeVisible()
  release()
  await page.waitForResponse(/\/painted\//)
  await page.waitForTimeout(300)
  await expect(page.locator('#prerender')).toHaveCount(0)
  await expect(page.locator('#root')).toBeVisible()
  await context.close()
})

test("the app's scripts and data load after the drawn landing is painted, and at once when it is not shown", async ({
  browser,
}) => {
  /** When the entry script and a data file were asked for, and when the page first painted. */
  const timings = (page: RawPage) =>
    page.evaluate(() => {
      const start = (pattern: RegExp) =>
        performance.getEntriesByType('resource').find((r) => pattern.test(r.name))?.startTime ??
        Number.NaN
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      return {
        entry: start(/\/assets\/index-[\w-]+\.js$/),
        data: start(/\/data\/catalog\.json$/),
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        parsed: nav.domInteractive,
      }
    })
  for (const [url, options, drawn] of [
    ['./', {}, true],
    ['./?view=ranking', {}, false],
    ['./', { colorScheme: 'dark' as const }, false],
  ] as const) {
    const context = await browser.newContext({ serviceWorkers: 'block', ...options })
    const page = await context.newPage()
    await page.goto(url)
    await expect(page.locator('#prerender')).toHaveCount(0)
    await expect(page.locator('#root svg [data-market]').first()).toBeVisible()
    const t = await timings(page)
    if (drawn) {
      // The copy's stylesheet and font had the connection to themselves until it was painted.
      expect(t.entry).toBeGreaterThanOrEqual(t.painted)
      expect(t.data).toBeGreaterThanOrEqual(t.painted)
    } else {
      // No copy to paint first: the app's loads start from the head, before the body is parsed.
      expect(t.entry).toBeLessThan(t.parsed)
      expect(t.data).toBeLessThan(t.parsed)
    }
    await context.close()
  }
})

test("an address's view loads its own modules and words with the app's, and no other view's", async ({
  browser,
}) => {
  for (const [query, own, foreign] of [
    // The map and the table draw no Recharts chart: the chart library stays on the server.
    [
      '?view=map',
      [/MapView-/, /messages\.en\.map-/, /messages\.en\.more-/],
      /CartesianChart-|CompareView-|messages\.en\.(landing|trend)-/,
    ],
    [
      '?view=table',
      [/TableView-/, /messages\.en\.more-/],
      /CartesianChart-|MapView-|messages\.en\.(landing|map)-/,
    ],
    [
      '?view=trend',
      [/TrendView-/, /messages\.en\.trend-/, /messages\.en\.more-/],
      /MapView-|CompareView-|messages\.en\.(landing|map|panels)-/,
    ],
    [
      '',
      [/CompareView-/, /messages\.en\.landing-/],
      /MapView-|TrendView-|messages\.en\.(more|trend|panels)-/,
    ],
  ] as const) {
    const context = await browser.newContext({ serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(`./${query}`)
    await expect(page.locator('#prerender')).toHaveCount(0)
    await expect(page.getByRole('tab', { selected: true })).toBeVisible()
    const { scripts, preloaded } = await page.evaluate(() => ({
      scripts: performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => /\.js$/.test(name)),
      preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
        (link) => link.href,
      ),
    }))
    // Preloaded from the head's list (the view's words too), not asked for once the app's code
    // has run.
    for (const module of own)
      expect(
        preloaded.filter((href) => module.test(href)),
        `${query}: ${module}`,
      ).toHaveLength(1)
    expect(
      scripts.filter((name) => foreign.test(name)),
      query,
    ).toEqual([])
    await context.close()
  }
})
