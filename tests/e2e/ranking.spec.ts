import {
  bar,
  barLabelsTopDown,
  barWidth,
  expect,
  openMarketPicker,
  tableRow,
  test,
} from './fixtures'

test.describe('ranking', () => {
  test('opens on operational capacity for 2025, bars sized by the record’s numbers', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2025',
    )
    // Record rows 230, 362, 47, 220 and 268: London 1,400 MW (Knight Frank, Q3 2025), Germany
    // "over 1.3 GW" (GDA, 2025), Malaysia "about 1,025" (JLL, end-2025), Singapore 1,002 MW
    // (Cushman & Wakefield, H1 2025), Frankfurt 964 MW (JLL, Q1 2025).
    const ranked = ['1,400', '>1,300', '~1,025', '1,002', '964']
    await expect
      .poll(async () => (await barLabelsTopDown(page)).filter((label) => ranked.includes(label)))
      .toEqual(ranked)
    await expect.poll(async () => (await barLabelsTopDown(page))[0]).toBe('1,400')
    const london = await barWidth(page, 'london')
    expect((await barWidth(page, 'singapore')) / london).toBeCloseTo(1002 / 1400, 2)
    expect((await barWidth(page, 'frankfurt')) / london).toBeCloseTo(964 / 1400, 2)
    // Bars are coloured by region (Okabe–Ito blue for Southeast Asia, vermillion for Europe).
    await expect(bar(page, 'singapore')).toHaveAttribute('fill', '#0072B2')
    await expect(bar(page, 'london')).toHaveAttribute('fill', '#D55E00')
    await expect(tableRow(page, 'singapore')).toContainText('1,002 MW')
    await expect(tableRow(page, 'london')).toContainText('Knight Frank')
  })

  test('a bar’s tooltip names the value, period, publisher, basis and the other sources', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&markets=singapore,london,johor')
    await bar(page, 'singapore').hover()
    const tooltip = page.locator('.figure-tooltip')
    await expect(tooltip).toBeVisible()
    await expect(tooltip).toContainText('1,002 MW')
    await expect(tooltip).toContainText('H1 2025')
    await expect(tooltip).toContainText('Cushman & Wakefield')
    await expect(tooltip).toContainText('IT load')
    await expect(tooltip).toContainText('4 other sources for this market and year.')
    await expect(tooltip).not.toContainText('Caveat')
    // Row 516: DC Byte's 580 MW for Johor (mid-2025), with the record's caveat about its date.
    await bar(page, 'johor').hover()
    await expect(tooltip).toContainText('580 MW')
    await expect(tooltip).toContainText('DC Byte')
    await expect(tooltip).toContainText('part of Malaysia')
    await expect(tooltip).toContainText('Countsscope not stated')
    await expect(tooltip).toContainText('Caveat')
    await expect(tooltip).toContainText('mid-2025 is inferred')
  })

  test('the keyboard reads the bars one by one and Enter opens all figures', async ({ page }) => {
    await page.goto('./?view=ranking&markets=singapore,london,johor')
    const chart = page.getByRole('group', { name: /arrow keys read each market/ })
    await chart.focus()
    await page.keyboard.press('ArrowDown')
    const card = page.locator('.figure-tooltip')
    // Bars run from the largest down: London's 1,400 MW first, Johor's 500 MW last.
    await expect(card).toContainText('London')
    await expect(card).toContainText('1,400 MW')
    await page.keyboard.press('End')
    await expect(card).toContainText('Johor')
    await expect(bar(page, 'johor')).toHaveAttribute('stroke', 'var(--text)')
    await expect(bar(page, 'london')).toHaveAttribute('stroke', 'none')
    await page.keyboard.press('ArrowUp')
    await expect(card).toContainText('Singapore')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: 'Singapore: 5 figures for 2025' })).toBeVisible()
    await chart.focus()
    await page.keyboard.press('Escape')
    await expect(card).toHaveCount(0)
  })

  test('a click on a bar lists every figure with its link, the drawn one marked', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&markets=singapore')
    await bar(page, 'singapore').click()
    const details = page.getByRole('region', { name: 'Singapore: 5 figures for 2025' })
    await expect(details).toBeVisible()
    await expect(details.locator('li.is-drawn')).toContainText('1,002 MW')
    // Row 79, Moody's "estimated 1.0 GW", carries the record's caveat.
    await expect(details.locator('li', { hasText: "Moody's Ratings" })).toContainText(
      "Caveat: Moody's report; the page gives no date",
    )
    await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/.+/)
    await expect(details).toContainText(
      'The bar shows the figure for the most recent period (from a named publisher where there is one).',
    )
  })

  test('filters change chart and URL, survive a reload, and back/forward walk through them', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await page.getByLabel('Metric').selectOption('take_up')
    await expect(page).toHaveURL(/\?view=ranking&metric=take_up$/)
    await page.getByLabel('Year', { exact: true }).selectOption('2024')
    await expect(page).toHaveURL(/\?view=ranking&metric=take_up&year=2024$/)
    await page.getByLabel('Where sources disagree, draw').selectOption({ label: 'Highest' })
    await expect(page).toHaveURL(/\?view=ranking&metric=take_up&year=2024&pick=max$/)
    const title = page.getByRole('heading', { level: 2 })
    await expect(title).toHaveText('Take-up by market, 2024')
    // Record row 39: Knight Frank, Malaysia's annual take-up of 429 MW in 2024.
    await expect(tableRow(page, 'malaysia')).toContainText('429 MW')

    await page.reload()
    await expect(title).toHaveText('Take-up by market, 2024')
    await expect(page.getByLabel('Metric')).toHaveValue('take_up')
    await expect(page.getByLabel('Where sources disagree, draw')).toHaveValue('max')

    await page.goBack()
    await expect(page).toHaveURL(/\?view=ranking&metric=take_up&year=2024$/)
    await page.goBack()
    await expect(title).toHaveText(/^Take-up by market, \d{4}$/)
    await expect(page).toHaveURL(/\?view=ranking&metric=take_up$/)
    await page.goForward()
    await expect(title).toHaveText('Take-up by market, 2024')
  })

  test('the market picker searches, chooses a whole region, and writes the choice to the URL', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await openMarketPicker(page)
    await page.getByRole('button', { name: 'Choose none of Europe' }).click()
    await expect(bar(page, 'london')).toHaveCount(0)
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await expect(page).toHaveURL(/markets=[a-z-,]+/)
    expect(new URL(page.url()).searchParams.get('markets')?.split(',')).not.toContain('london')

    await page.getByPlaceholder('Search markets').fill('lond')
    await page.getByRole('checkbox', { name: 'London' }).check()
    await expect(bar(page, 'london')).toHaveCount(1)
    await expect(page.getByRole('checkbox', { name: 'Paris' })).toHaveCount(0)
  })

  test('a publisher pick draws only that publisher’s figures', async ({ page }) => {
    await page.goto('./?view=ranking&markets=singapore,indonesia,thailand,malaysia&pick=jll')
    // Record rows 80, 17, 84, 47: JLL's 2025 figures (1,000, 270, 140 MW; Malaysia's latest is about 1,025).
    await expect.poll(() => barLabelsTopDown(page)).toEqual(['~1,025', '1,000', '270', '140'])
    await expect(
      page.getByRole('heading', { level: 2 }).locator('xpath=following-sibling::p'),
    ).toContainText("only JLL's figures")
  })

  test('a link with bad values opens the default view and says what it ignored', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&year=abc&metric=watts&markets=singapore,atlantis')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2025',
    )
    await expect(
      page.getByText('ignored: year must be a four-digit year; showing 2025.'),
    ).toBeVisible()
    await expect(page.getByText(/metric=watts\s*ignored/)).toBeVisible()
    await expect(page.getByText('ignored: no market with the id atlantis.')).toBeVisible()
    await expect(bar(page, 'singapore')).toHaveCount(1)
  })

  test('the published build works from a sub-path, loading its data relative to the page', async ({
    page,
  }) => {
    const dataRequests: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/data/')) dataRequests.push(new URL(r.url()).pathname)
    })
    await page.goto('/published/under/a/sub-path/?view=ranking&markets=singapore,london')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2025',
    )
    await expect(bar(page, 'london')).toHaveCount(1)
    expect(dataRequests.length).toBeGreaterThan(0)
    for (const path of dataRequests)
      expect(path).toMatch(/^\/published\/under\/a\/sub-path\/data\//)
  })

  test('screenshot at 1280x800', async ({ page }) => {
    await page.goto('./?view=ranking')
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await page.screenshot({ path: 'test-results/screenshots/ranking-1280x800.png' })
    await bar(page, 'singapore').hover()
    await page.screenshot({ path: 'test-results/screenshots/ranking-tooltip.png' })
  })

  test('a year without figures says so, draws no bar and offers the nearest years that have some', async ({
    page,
  }) => {
    // The record has operational figures from 2019 to 2026; none for 2018.
    await page.goto('./?view=ranking&year=2018')
    await expect(page.getByRole('status').filter({ hasText: 'in 2018' })).toContainText(
      'None of the chosen markets has a sourced figure for this metric in 2018.',
    )
    await expect(page.locator('.recharts-bar-rectangle')).toHaveCount(0)
    const nearest = page.getByRole('button', { name: /^2019 \(/ })
    await expect(nearest).toBeVisible()
    await nearest.click()
    await expect(page).toHaveURL(/year=2019/)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2019',
    )
    await expect(page.locator('.recharts-bar-rectangle')).not.toHaveCount(0)
  })
})
