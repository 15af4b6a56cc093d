/**
 * Issue 30's attacks, each made as a stranger's link or a careless host would make it: the page
 * must keep answering and keep the reader's work.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { download, expect, test } from './fixtures'

const panel = (page: import('@playwright/test').Page) => page.locator('.user-data')
async function upload(page: import('@playwright/test').Page, name: string, text: string) {
  if ((await panel(page).getAttribute('open')) === null)
    await panel(page).locator('summary').click()
  await page
    .getByLabel(/Drop a CSV or JSON file here/)
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })
}
/** The record's Sydney row (public/examples/my-figures.csv), its market renamed. */
const sydneyAs = (market: string) => {
  const [header, , sydney] = readFileSync('public/examples/my-figures.csv', 'utf8').split('\n')
  return `${header}\n${sydney?.replace(/^Sydney,/, `${market},`)}\n`
}

const heading = (page: import('@playwright/test').Page) =>
  page.locator('#root .chart-frame__title').first()

test.describe('a hostile link', () => {
  test('a group name cut mid-emoji: cut by whole characters, every control still answers', async ({
    page,
  }) => {
    const letters = 'a'.repeat(59)
    // 59 letters and one emoji are 60 characters: kept whole, no notice.
    await page.goto(`./?groups=${letters}%F0%9F%98%80:singapore;B:london`)
    await expect(heading(page)).toContainText(`${letters}\u{1F600}`)
    await expect(page.getByText(/a group name was cut/)).toHaveCount(0)
    // Two emoji make 61: the second goes whole, never half of it.
    await page.goto(`./?groups=${letters}%F0%9F%98%80%F0%9F%98%80:singapore;B:london`)
    await expect(page.getByText('a group name was cut to 60 characters')).toBeVisible()
    await expect(heading(page)).toContainText(`${letters}\u{1F600}:`)
    // The controls write the address: once, a half emoji made every one of them throw.
    await page.getByRole('tab', { name: 'Ranking' }).click()
    await expect(page).toHaveURL(/view=ranking/)
    await expect(page).toHaveURL(new RegExp(`groups=${letters}%F0%9F%98%80:singapore`))
    await page.getByRole('tab', { name: 'Compare' }).click()
    await expect(heading(page)).toContainText(`${letters}\u{1F600}:`)
  })

  test('3,000 repeated keys: one notice says how many, and the chart stays near the top', async ({
    page,
  }) => {
    // Longer than a server takes in a request line: the link is followed within the page.
    await page.goto('./?view=ranking')
    await page.evaluate(() => {
      history.pushState(null, '', `?view=ranking${'&year=2024'.repeat(3000)}`)
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await expect(heading(page)).toHaveText('Operational capacity by market, 2024')
    const notices = page.locator('.notice')
    await expect(notices).toHaveCount(1)
    await expect(notices).toContainText('year is given 3,000 times; the first one counts')
    const top = await page.locator('#root .chart-frame').first().boundingBox()
    expect(top?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(800)
  })
})

test('Back during a play stops it: the entry Back lands on keeps its year', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto('./?view=ranking&year=2019')
  await expect(heading(page)).toHaveText('Operational capacity by market, 2019')
  // An entry before the play's own: Back from the play lands on 2019's.
  await page.getByRole('button', { name: 'Next year' }).click()
  await expect(page).toHaveURL(/year=2020/)
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(page).toHaveURL(/year=2022/, { timeout: 5000 })
  await page.goBack()
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  const landed = new URL(page.url()).searchParams.get('year')
  expect(landed).toBe('2020')
  await expect(heading(page)).toHaveText(`Operational capacity by market, ${landed}`)
  // Two more seconds: a play still running would have moved it on.
  await page.waitForTimeout(2200)
  expect(new URL(page.url()).searchParams.get('year')).toBe(landed)
  await expect(heading(page)).toHaveText(`Operational capacity by market, ${landed}`)
})

test.describe('"ignored" means ignored', () => {
  test('pick= of a publisher the data lacks draws the default pick, as the notice says', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&pick=foo')
    await expect(page.locator('.notice', { hasText: 'no publisher with the id foo' })).toBeVisible()
    await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
    const fallback = await page.context().newPage()
    await fallback.goto('./?view=ranking')
    await expect(fallback.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
    expect(await page.locator('#root .chart-frame svg rect[data-market]').count()).toBe(
      await fallback.locator('#root .chart-frame svg rect[data-market]').count(),
    )
  })

  test('claim= of a claim the data lacks shows the default claim, as the notice says', async ({
    page,
  }) => {
    await page.goto('./?claim=foo')
    await expect(page.locator('.notice', { hasText: 'no claim with the id foo' })).toBeVisible()
    const title = await heading(page).textContent()
    await page.goto('./')
    await expect(heading(page)).toHaveText(title ?? '')
    expect(title).toMatch(/Southeast Asia/)
  })
})

test.describe('a hostile file', () => {
  test('a control character in a name is dropped on the way in: the SVG is XML, the PNG draws', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await upload(page, 'controls.csv', sydneyAs('Qu\u0000een\u0007stown'))
    await expect(page.getByText(/^Added controls/)).toBeVisible()
    await expect(
      page.locator('#root .chart-frame [data-market="queenstown"]').first(),
    ).toBeVisible()
    await expect(page.locator('.figures-table')).toContainText('Queenstown')
    const svg = (await download(page, 'SVG')).bytes
    expect(svg.includes(0)).toBe(false)
    // librsvg refuses a file that is not well-formed XML.
    const drawn = execFileSync('rsvg-convert', ['--format=png'], { input: svg })
    expect(drawn.subarray(1, 4).toString('latin1')).toBe('PNG')
    const png = await download(page, 'PNG 1x')
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  })

  test('a market named "Constructor" is a market like any other', async ({ page }) => {
    await page.goto('./?view=ranking')
    await upload(page, 'objects.csv', sydneyAs('Constructor'))
    await expect(page.getByText(/^Added objects: 1 market, 1 figure/)).toBeVisible()
    await expect(
      page.locator('#root .chart-frame [data-market="constructor"]').first(),
    ).toBeVisible()
  })
})

test.describe('a browser that will not keep things', () => {
  /** This origin's storage quota lowered to nothing, as a full disk would leave it. */
  async function fillStorage(page: import('@playwright/test').Page) {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(page.url()).origin,
      quotaSize: 1,
    })
  }

  test('a file the browser cannot keep is not said to be added, and is not there after a reload', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await fillStorage(page)
    await upload(page, 'full.csv', sydneyAs('Queenstown'))
    await expect(
      page.getByText('Not added: this browser’s storage for this page is full. Nothing was kept.'),
    ).toBeVisible()
    await expect(page.getByText(/^Added full/)).toHaveCount(0)
    await expect(page.locator('#root .chart-frame [data-market="queenstown"]')).toHaveCount(0)
    await page.reload()
    await expect(page.locator('.user-data summary')).toHaveText('Your data')
  })

  test('"Add to report" on a full disk says it was not added', async ({ page }) => {
    await page.goto('./?view=ranking')
    await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
    await fillStorage(page)
    const menu = page.locator('#root .chart-frame .export-menu').first()
    await menu.locator('summary').click()
    await menu.getByRole('button', { name: 'Add to report' }).click()
    await expect(
      menu.getByText(/not added to the report: this browser’s storage for this page is full/),
    ).toBeVisible()
    await expect(menu.getByText(/to your report \(/)).toHaveCount(0)
  })

  test('a kept file that no longer reads is listed with why, and can be removed', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    // A file kept by an older page, in a form this one no longer reads.
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('megawatt-atlas', 1)
          open.onupgradeneeded = () => open.result.createObjectStore('user-datasets')
          open.onsuccess = () => {
            const tx = open.result.transaction('user-datasets', 'readwrite')
            tx.objectStore('user-datasets').put(
              { schema: 'megawatt-atlas/dataset@1', id: 'user-old', title: 'Old figures' },
              'user-old',
            )
            tx.oncomplete = () => done()
            tx.onabort = () => fail(tx.error)
          }
        }),
    )
    await page.reload()
    await expect(page.locator('.user-data summary')).toHaveText('Your data (1)')
    await panel(page).locator('summary').click()
    const row = page.locator('.user-data__broken')
    await expect(row).toContainText('Old figures')
    await expect(row).toContainText('kept from before, no longer readable:')
    await page.getByRole('button', { name: 'Remove Old figures' }).click()
    await expect(page.locator('.user-data summary')).toHaveText('Your data')
    await page.reload()
    await expect(page.locator('.user-data summary')).toHaveText('Your data')
  })
})

/**
 * A host of its own for the bomb: a browser decompresses only what a real server sends. 200 MB of
 * one letter, about 200 kB on the wire, sent without a Content-Length.
 */
const BOMB_PORT = 4392
let bombServer: import('node:http').Server | undefined
test.beforeAll(async () => {
  const { createServer } = await import('node:http')
  const { gzipSync } = await import('node:zlib')
  const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 'a'))
  bombServer = createServer((_, response) => {
    response.writeHead(200, {
      'content-type': 'text/csv',
      'content-encoding': 'gzip',
      'access-control-allow-origin': '*',
    })
    response.end(bomb)
  })
  await new Promise<void>((ready) => bombServer?.listen(BOMB_PORT, '127.0.0.1', ready))
})
test.afterAll(() => {
  bombServer?.close()
})

test.describe("a link's data download has limits", () => {
  const HOST = '198.51.100.9'
  const record = readFileSync('record/capacity-figures.csv', 'utf8').split('\n')
  test.use({ allowedOrigins: [`http://${HOST}`, `http://127.0.0.1:${BOMB_PORT}`] })

  test('a redirect to another host is not followed: nothing is asked of it, the reader is told', async ({
    page,
  }) => {
    const asked: string[] = []
    await page.route(`http://${HOST}/**`, (route) => {
      asked.push(route.request().url())
      return route.fulfill({ status: 200, body: `${record[0]}\n${record[29]}\n` })
    })
    // Same origin, so no question is asked; its answer sends the fetch to another host.
    await page.route('**/go.json', (route) =>
      route.fulfill({ status: 302, headers: { location: `http://${HOST}/track.csv` } }),
    )
    await page.goto('./?view=ranking&data=go.json')
    await expect(page.getByRole('alert')).toContainText(
      'the address answered with a redirect, which is not followed',
    )
    expect(asked).toEqual([])
    await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
  })

  test('a host that never answers: Cancel stops the wait and says so, Retry asks again', async ({
    page,
  }) => {
    let asked = 0
    await page.route('**/hang.csv', () => {
      asked++
      // Never answered.
    })
    await page.goto('./?view=ranking&data=hang.csv')
    const loading = page.locator('.load-state:not(.load-state--error)', {
      hasText: 'the dataset at hang.csv',
    })
    await expect(loading).toBeVisible()
    await loading.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('alert')).toContainText('the import was cancelled')
    await expect(loading).toHaveCount(0)
    await page
      .getByRole('alert')
      .getByRole('button', { name: /Retry|Try again/ })
      .click()
    await expect(loading).toBeVisible()
    // The loading line is drawn before the request reaches the route: wait for it.
    await expect.poll(() => asked).toBe(2)
  })

  test('a host that never answers is given up on after 20 seconds', async ({ page }) => {
    await page.clock.install()
    let asked: () => void = () => undefined
    const requested = new Promise<void>((done) => {
      asked = done
    })
    await page.route('**/hang.csv', () => asked())
    await page.goto('./?view=ranking&data=hang.csv')
    // The wait starts with the request: only then does the time count.
    await requested
    await expect(
      page.locator('.load-state:not(.load-state--error)', { hasText: 'the dataset at hang.csv' }),
    ).toBeVisible()
    await page.clock.runFor(21_000)
    await expect(page.getByRole('alert')).toContainText(
      'the host did not send it within 20 seconds',
    )
  })

  test('a small gzip that expands far past the limit stops at the limit', async ({ page }) => {
    await page.goto(`./?view=ranking&data=http://127.0.0.1:${BOMB_PORT}/bomb.csv`)
    await page.getByRole('button', { name: 'Load' }).click()
    await expect(page.getByRole('alert')).toContainText(
      'it is larger than the limit of 5.0 MB; the download was stopped there',
      { timeout: 15_000 },
    )
    await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
  })
})

test('a file of 20,000 markets is refused with a reason, and the page keeps answering', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const [header] = readFileSync('public/examples/my-figures.csv', 'utf8').split('\n')
  // Short rows (about 2 MB in all): the file is within the size limit, not the markets'.
  const rows = Array.from(
    { length: 20_000 },
    (_, i) =>
      `Market ${i},Australia,Asia Pacific (other),2025,H1 2025,operational,733,IT load,C&W,Update,https://example.org/x,733MW In Operation`,
  )
  await page.goto('./?view=ranking')
  await upload(page, 'crowded.csv', `${header}\n${rows.join('\n')}\n`)
  await expect(
    page.getByText(
      'it holds 20,000 markets; a file may hold 500, so that every chart stays readable and quick',
    ),
  ).toBeVisible({ timeout: 60_000 })
  await expect(page.locator('.user-data summary')).toHaveText('Your data')
  await page.getByRole('tab', { name: 'Trend' }).click()
  await expect(page.locator('#root .trend-dot').first()).toBeVisible()
})
