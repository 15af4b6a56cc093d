import { readFileSync } from 'node:fs'
import { RELEASE } from '../../scripts/datasetRelease'
import { bar, expect, test } from './fixtures'

/** The bundled release a link without `ds=` opens on. */
const V = RELEASE.version

test.describe('shareable views', () => {
  test('a long shared link sets every control', async ({ page }) => {
    await page.goto(
      './?view=ranking&markets=singapore,johor,london,frankfurt&metric=take_up&year=2024&pick=max&unit=gw&scale=log&theme=dark&lang=en&utm_source=newsletter',
    )
    await expect(page.getByRole('tab', { name: 'Ranking' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(page.getByLabel('Metric')).toHaveValue('take_up')
    await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2024')
    await expect(page.getByLabel('Where sources disagree, draw')).toHaveValue('max')
    await expect(page.getByRole('radio', { name: 'GW' })).toBeChecked()
    await expect(page.getByRole('radio', { name: 'Log' })).toBeChecked()
    const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8'))
    const bundledMarkets = catalog.datasets
      .filter((d: { version: string }) => d.version === V)
      .flatMap((d: { markets: unknown[] }) => d.markets).length
    await expect(page.locator('.market-picker summary')).toContainText(`4 of ${bundledMarkets}`)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Take-up by market, 2024')
    await expect(page).toHaveTitle('Take-up by market, 2024 · Megawatt Atlas')
    // Record: Johor's 2024 take-up has no figure; Frankfurt none; London none in 2024: only the chosen ones with figures.
    await expect(page.locator('.chart-frame__missing')).toBeVisible()

    await page.getByRole('tab', { name: 'Trend' }).click()
    await expect(page).toHaveURL(/utm_source=newsletter$/)
    await page.goto('./?view=trend&markets=singapore&from=2022&to=2024&groups=A:singapore+london')
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2022')
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('2024')
  })

  test('back and forward step through settled changes, one entry each', async ({ page }) => {
    await page.goto('./?view=ranking')
    const title = page.getByRole('heading', { level: 2 })
    await page.getByLabel('Metric').selectOption('planned')
    await page.getByRole('radio', { name: 'GW' }).check()
    await page.getByRole('tab', { name: 'Sources' }).click()
    await expect(page).toHaveURL(/\?view=sources&metric=planned&unit=gw$/)
    await page.goBack()
    await expect(page).toHaveURL(/\?view=ranking&metric=planned&unit=gw$/)
    await page.goBack()
    await expect(page).toHaveURL(/\?view=ranking&metric=planned$/)
    await expect(title).toHaveText(/^Planned by market/)
    await page.goBack()
    await expect(page).toHaveURL(/\?view=ranking$/)
    await page.goForward()
    await page.goForward()
    await page.goForward()
    await expect(page).toHaveURL(/\?view=sources&metric=planned&unit=gw$/)
    await expect(title).toContainText('every source’s figure')
  })

  test('Copy link gives a link pinned to the data versions that reopens the same view', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('./?view=ranking&markets=singapore,london&year=2024')
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied, pinned to these data versions.')).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(
      new RegExp(
        `\\?view=ranking&markets=singapore,london&year=2024&ds=(europe|sea)@${V},(europe|sea)@${V}$`,
      ),
    )
    const other = await context.newPage()
    await other.goto(link)
    await expect(other.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2024',
    )
    await expect(other.locator('.bar-label')).toHaveText(
      await page.locator('.bar-label').allTextContents(),
    )
  })

  test('a link pinned to a version no longer bundled opens on the current one and says so', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&markets=singapore&ds=sea@2024.01')
    await expect(
      page.getByText(`version 2024.01 of Southeast Asia is no longer bundled; showing sea@${V}`),
    ).toBeVisible()
    await expect(bar(page, 'singapore')).toHaveCount(1)
  })

  test('hostile links render as text and leave the page working', async ({ page }) => {
    page.on('dialog', () => {
      throw new Error('a script from the URL ran')
    })
    const payload = encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')
    await page.goto(
      `./?groups=${payload}:singapore+malaysia;B:london&year=2024&year=2023&markets=singapore&metric=${'x'.repeat(10_000)}`,
    )
    const title = page.getByRole('heading', { level: 2 })
    await expect(title).toContainText('<script>alert(1)</script><img src=x')
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    await expect(page.getByText('year is given 2 times; the first one counts')).toBeVisible()
    await expect(page.getByText(/a group name was cut to 60 characters/)).toHaveCount(0)
    await expect(page.getByText(/metric must be one of/)).toBeVisible()
    // The 10,000-character value is shown shortened, and the chart still draws.
    const notice = page.locator('.notice', { hasText: 'metric=' })
    expect((await notice.textContent())?.length ?? 0).toBeLessThan(400)
    await expect(page.locator('.compare-chart path.recharts-rectangle').first()).toBeVisible()
    await page.getByRole('button', { name: 'Dismiss notice about metric' }).click()
    await expect(notice).toHaveCount(0)
  })
})
