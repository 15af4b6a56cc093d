import { RELEASE } from '../../scripts/datasetRelease'
import { bar, expect, type Page, test } from './fixtures'

/** The bundled release a link without `ds=` opens on. */
const V = RELEASE.version

const SEA = `**/data/sea@${V}.json`

async function expectRegionFailure(page: Page, message: RegExp | string) {
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'Southeast Asia could not be loaded; its markets are missing from the chart.',
  )
  await expect(alert).toContainText(message)
  // The other regions still draw, and the user's choices stay in the URL.
  await expect(bar(page, 'london')).toHaveCount(1)
  await expect(page).toHaveURL(/markets=singapore,london/)
}

test('a slow start shows a line at once, then says what it waits for, then draws', async ({
  page,
}) => {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/data/catalog.json', async (route) => {
    await held
    await route.continue()
  })
  // The app's script is held too until the line has been seen: on a loaded machine the page
  // could otherwise replace it before the first look.
  let releaseScript: () => void = () => undefined
  const scriptHeld = new Promise<void>((resolve) => {
    releaseScript = resolve
  })
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await scriptHeld
    await route.continue()
  })
  await page.goto('./?view=ranking&markets=singapore,london', { waitUntil: 'commit' })
  // index.html's own line, before any script has run…
  await expect(page.getByRole('status').first()).toContainText('Megawatt Atlas')
  releaseScript()
  // …then the page's loading state once the data is late…
  await expect(page.getByText('Loading datasets…')).toBeVisible()
  release()
  // …and the chart when it arrives.
  await expect(bar(page, 'london')).toHaveCount(1)
  await expect(page.locator('.boot-status')).toHaveCount(0)
})

test.describe('network faults on one region', () => {
  test.use({ expectedErrors: [/Failed to load resource/] })

  test('5xx: says so, keeps the rest, and a retry brings the region back', async ({ page }) => {
    await page.route(SEA, (route) => route.fulfill({ status: 503, body: 'down' }))
    await page.goto('./?view=ranking&markets=singapore,london')
    await expectRegionFailure(page, 'the server answered 503')
    await page.unroute(SEA)
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('offline: the request fails, the message says the network failed', async ({ page }) => {
    await page.route(SEA, (route) => route.abort('internetdisconnected'))
    await page.goto('./?view=ranking&markets=singapore,london')
    await expectRegionFailure(page, `Could not reach sea@${V}.json: the network request failed.`)
  })

  test('malformed JSON and schema-invalid data are rejected with what is wrong', async ({
    page,
  }) => {
    await page.route(SEA, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"schema": "megawatt-atlas/dataset@1", "markets": [',
      }),
    )
    await page.goto('./?view=ranking&markets=singapore,london')
    await expectRegionFailure(page, `sea@${V}.json is not valid JSON.`)
    await page.unroute(SEA)
    await page.route(SEA, async (route) => {
      const json = await (await route.fetch()).json()
      json.observations[0].value = 'lots'
      await route.fulfill({ json })
    })
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('alert')).toContainText(
      `sea@${V}.json is not a valid Megawatt Atlas file.`,
    )
    await expect(page.getByRole('alert')).toContainText(/observation 1 \(.+\): value: /)
  })
})

test.describe('a request that never answers', () => {
  test.setTimeout(60_000)
  test('times out with a message and a retry, the rest still drawn', async ({ page }) => {
    await page.route(SEA, () => undefined)
    await page.goto('./?view=ranking&markets=singapore,london')
    await expect(bar(page, 'london')).toHaveCount(1)
    // Two tries of 10 seconds each (the app retries once), then the message and a retry.
    await expect(page.getByRole('alert')).toContainText(
      `sea@${V}.json did not answer within 10 seconds.`,
      {
        timeout: 40_000,
      },
    )
    await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible()
  })
})

test('text from a dataset is shown as text, in the page and in the CSV', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a script from a dataset ran')
  })
  await page.goto('./?view=ranking&year=2025')
  await page.locator('.user-data summary').click()
  await page
    .getByLabel(/Drop a CSV or JSON file here/)
    .setInputFiles('tests/e2e/files/hostile-figures.csv')
  await expect(page.getByText(/^Added hostile-figures/)).toBeVisible()
  await page.locator('.user-data summary').click()
  const row = page.locator('.figures-table tr', { hasText: '<img src=x onerror=alert(1)>' })
  await expect(row).toContainText('=HYPERLINK("http://evil")')
  await expect(row.getByRole('link')).toHaveText('<b>bold</b> report')
  await expect(page.locator('img[src="x"], .figures-table b, svg[onload]')).toHaveCount(0)
  // The axis wraps the long name onto two lines, as text.
  await expect(page.locator('.ranking-chart')).toContainText(/<img src=x\s*onerror=alert\(1\)>/)
})

test.describe('Content-Security-Policy', () => {
  test.use({ expectedErrors: [/Content Security Policy/] })

  test('forbids inline script and other origins', async ({ page }) => {
    await page.goto('./?view=ranking')
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain("'unsafe-eval'")
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    // An injected inline script is refused by the browser.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ran).toBe(false)
  })
})

/** Until the worker has stored the page, its scripts and its data. */
/**
 * Waits until the offline cache holds the page and every script, style and fetch it loaded.
 * (Polled from here: waitForFunction takes an async predicate's promise for a yes at once.)
 */
const everythingStored = (page: Page) =>
  expect
    .poll(
      () =>
        page.evaluate(async () => {
          const stored = (await (await caches.open('megawatt-atlas-v1')).keys()).map((r) => r.url)
          const needed = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((e) => ['script', 'link', 'fetch'].includes(e.initiatorType))
            .map((e) => e.name)
          return (
            needed.every((url) => stored.includes(url)) && stored.includes(window.location.href)
          )
        }),
      { timeout: 20_000 },
    )
    .toBe(true)

/** `vite preview` serving the build under test on a port of its own: it sends `Vary: Origin`. */
const PREVIEW_PORT = 4391
let preview: import('node:child_process').ChildProcess | undefined
async function startPreview(): Promise<void> {
  const { spawn } = await import('node:child_process')
  preview = spawn(
    'node_modules/.bin/vite',
    [
      'preview',
      '--outDir',
      'dist',
      '--port',
      String(PREVIEW_PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  )
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${PREVIEW_PORT}/`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('vite preview did not start')
}

test.describe('offline', () => {
  test.use({
    serviceWorkers: 'allow',
    expectedErrors: [
      /Refused to execute inline script|Failed to load resource|net::ERR_INTERNET_DISCONNECTED/,
    ],
  })

  test('a reload while offline still shows the last view', async ({ page, context }) => {
    await page.goto('./?view=ranking&markets=singapore,london')
    await expect(bar(page, 'singapore')).toHaveCount(1)
    // Once the worker controls the page, a second visit's requests all pass through it.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await page.reload()
    await expect(bar(page, 'singapore')).toHaveCount(1)
    // The worker stores responses as they pass; wait until the scripts and the data are in.
    await everythingStored(page)
    await context.setOffline(true)
    await page.reload()
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await expect(bar(page, 'london')).toHaveCount(1)
    await context.setOffline(false)
  })

  test("a stored view's code that will not run is fetched afresh on Try again", async ({
    page,
  }) => {
    await page.goto('./?view=ranking&markets=singapore,london')
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await page.reload()
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await everythingStored(page)
    // The ranking's stored code, damaged (as a write cut short on a full disk leaves it). The
    // page's hand-over may still be storing it afresh: damaged again until the damage stays.
    const chunk = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((name) => /\/RankingView-[\w-]+\.js$/.test(name)),
    )
    expect(chunk).toBeDefined()
    const damagedStays = await page.evaluate(async (url) => {
      const cache = await caches.open('megawatt-atlas-v1')
      for (let i = 0; i < 20; i++) {
        const cut = new Response('export const cut = (', {
          headers: { 'content-type': 'text/javascript' },
        })
        await cache.put(url, cut)
        await new Promise((r) => setTimeout(r, 1000))
        if ((await (await cache.match(url))?.text())?.startsWith('export const cut')) return true
      }
      return false
    }, chunk as string)
    expect(damagedStays).toBe(true)
    await page.goto('./?view=compare&markets=singapore,london')
    await page.getByRole('tab', { name: 'Ranking' }).click()
    await expect(page.getByRole('alert')).toContainText('could not be loaded')
    // Try again fetches it afresh: the worker forgot its stored code when the import failed.
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(bar(page, 'singapore')).toHaveCount(1)
  })

  test.describe('on vite preview', () => {
    test.beforeAll(startPreview)
    test.afterAll(() => preview?.kill())
    test.use({ allowedOrigins: [`http://127.0.0.1:${PREVIEW_PORT}`] })

    test('offline straight after a first visit, on a host that sends Vary: Origin', async ({
      page,
      context,
    }) => {
      const site = `http://127.0.0.1:${PREVIEW_PORT}`
      const vary = await fetch(`${site}/`, { headers: { origin: site } })
      expect(vary.headers.get('vary')).toContain('Origin')
      await page.goto(`${site}/?view=ranking&markets=singapore,london`)
      await expect(bar(page, 'singapore')).toHaveCount(1)
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      // What the first visit loaded before the worker ran is handed over; wait until it is stored.
      await everythingStored(page)
      await context.setOffline(true)
      await page.reload()
      await expect(bar(page, 'singapore')).toHaveCount(1)
      await expect(bar(page, 'london')).toHaveCount(1)
      await context.setOffline(false)
    })
  })
})

test('keyboard only: choose markets, change the metric, export a PNG', async ({ page }) => {
  await page.goto('./?view=ranking')
  await expect(bar(page, 'singapore')).toHaveCount(1)
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return `${el?.tagName ?? ''} ${el?.getAttribute('aria-label') ?? ''} ${el?.textContent?.trim().slice(0, 40) ?? ''}`
    })
  async function tabTo(pattern: RegExp, max = 60) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab')
      if (pattern.test(await focused())) return
    }
    throw new Error(`never reached ${pattern} by Tab; last focus: ${await focused()}`)
  }
  await tabTo(/^SUMMARY .*Markets/)
  await page.keyboard.press('Enter')
  await expect(page.getByPlaceholder('Search markets')).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.type('lond')
  await tabTo(/^BUTTON Choose none of Europe/)
  await page.keyboard.press('Enter')
  await expect(bar(page, 'london')).toHaveCount(0)
  // The focus ring is visible where the keyboard is.
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineStyle,
  )
  expect(outline).not.toBe('none')
  await tabTo(/^SELECT /)
  await tabTo(/^SUMMARY .*Download/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'PNG 1x' })).toBeVisible()
  await tabTo(/^BUTTON .*PNG 1x/)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  expect(download.suggestedFilename()).toBe('operational-capacity-by-market-2025.png')
})
