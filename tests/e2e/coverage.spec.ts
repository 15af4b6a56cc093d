import { isTotal, type RecordRow, recordRows, shownName } from '../helpers/recordRows'
import { download, expect, type Page, test } from './fixtures'

const operational = recordRows().filter((r) => r.metric === 'operational' && !isTotal(r))
const rowsOf = (name: string) => operational.filter((r) => shownName(r) === name)
const yearsOf = (rows: RecordRow[]) => [...new Set(rows.map((r) => Number(r.year)))]
const publishersIn = (rows: RecordRow[]) => new Set(rows.map((r) => r.publisher)).size

/** The grid's cell of one market and year, found by the market's name as the grid writes it. */
async function cell(page: Page, name: string, year: number) {
  const label = page.locator('svg.chart-surface text.coverage-market', { hasText: name }).first()
  const id = await label.getAttribute('data-market')
  return page.locator(`svg.chart-surface g.coverage-cell[data-market="${id}"][data-year="${year}"]`)
}

test.describe('coverage', () => {
  test('each cell holds a figure the record gives for that market and year, shaded by its publishers', async ({
    page,
  }) => {
    // Markets chosen from the record itself: the longest series, a market with a single figure,
    // and the market-year with the most publishers.
    const names = [...new Set(operational.map(shownName))]
    const longest = names.sort(
      (a, b) => yearsOf(rowsOf(b)).length - yearsOf(rowsOf(a)).length || a.localeCompare(b),
    )[0] as string
    const single = names.filter((n) => rowsOf(n).length === 1).sort()[0] as string
    const busiest = [...operational].sort(
      (a, b) =>
        publishersIn(rowsOf(shownName(b)).filter((r) => r.year === b.year)) -
        publishersIn(rowsOf(shownName(a)).filter((r) => r.year === a.year)),
    )[0] as RecordRow
    await page.goto('./?view=coverage')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity: what is known, market by year',
    )
    const years = (await page.locator('svg.chart-surface .coverage-year').allTextContents()).map(
      Number,
    )
    for (const name of [longest, single, shownName(busiest)]) {
      const rows = rowsOf(name)
      for (const year of yearsOf(rows)) expect(years, `${name} ${year}`).toContain(year)
      for (const year of years) {
        const inYear = rows.filter((r) => Number(r.year) === year)
        const target = await cell(page, name, year)
        await expect(target, `${name} ${year}`).toHaveAttribute(
          'data-publishers',
          String(publishersIn(inYear)),
        )
        if (inYear.length === 0) {
          await expect(target).toHaveClass(/is-empty/)
          continue
        }
        const shown = Number((await target.textContent())?.replace(/[^\d.]/g, ''))
        expect(
          inYear.map((r) => Number(r.value_mw)),
          `${name} ${year}`,
        ).toContain(shown)
      }
    }
  })

  test('a click on a cell lists every figure of that market and year; the grid follows the metric', async ({
    page,
  }) => {
    await page.goto('./?view=coverage&markets=singapore,malaysia,london')
    const figures = rowsOf('Singapore').filter((r) => r.year === '2024')
    await (await cell(page, 'Singapore', 2024)).click()
    const details = page.getByRole('region', {
      name: `Singapore: ${figures.length} figures for 2024`,
    })
    await expect(details).toBeVisible()
    await expect(details).toContainText('The cell shows the figure for the most recent period')
    await expect(details.getByRole('link')).toHaveCount(figures.length)

    await page.getByLabel('Metric').selectOption('vacancy_pct')
    await expect(page).toHaveURL(
      /\?view=coverage&markets=singapore,malaysia,london&metric=vacancy_pct$/,
    )
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Vacancy rate: what is known, market by year',
    )
    await expect(page.locator('svg.chart-surface .coverage-value').first()).toContainText('%')
    await page.goBack()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity: what is known, market by year',
    )
  })

  test('the arrow keys walk the cells, Enter opens one, Escape closes the card', async ({
    page,
  }) => {
    await page.goto('./?view=coverage&markets=indonesia,singapore')
    const grid = page.getByRole('group', { name: /arrow keys move between cells/ })
    await grid.focus()
    const card = page.locator('.hover-card')
    // The walk starts on the first row's latest year.
    await page.keyboard.press('ArrowDown')
    await expect(card).toContainText('Indonesia')
    await page.keyboard.press('Home')
    await expect(card).toContainText('no sourced figure')
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowDown')
    await expect(card).toContainText('Singapore')
    // Singapore 2025: C&W's 1,002 MW for H1 2025 (record row 220) is the most recent.
    await expect(card).toContainText('1,002 MW')
    await expect(card).toContainText('2025 ·')
    await page.keyboard.press('Enter')
    const figures = rowsOf('Singapore').filter((r) => r.year === '2025')
    await expect(
      page.getByRole('region', { name: `Singapore: ${figures.length} figures for 2025` }),
    ).toBeVisible()
    await grid.focus()
    await page.keyboard.press('Escape')
    await expect(card).toHaveCount(0)
  })

  test('downloads: the SVG holds the grid, its legend and source line; the CSV one row per filled cell', async ({
    page,
  }) => {
    await page.goto('./?view=coverage&markets=singapore,london')
    await expect(page.locator('svg.chart-surface .coverage-cell').first()).toBeVisible()
    const svg = (await download(page, 'SVG')).bytes.toString('utf8')
    const words = svg
      .replace(/<style>.*?<\/style>/s, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
    expect(words).toContain('Operational capacity: what is known, market by year')
    for (const text of ['Singapore', 'London', '1,002', '4 or more publishers', 'no figure'])
      expect(words).toContain(text)
    expect(svg).not.toContain('var(--')
    const filled = await page.locator('svg.chart-surface .coverage-cell:not(.is-empty)').count()
    const csv = (await download(page, 'CSV of this chart')).bytes.toString('utf8')
    const lines = csv.trimEnd().split('\r\n')
    expect(lines).toHaveLength(filled + 1)
    expect(lines[0]).toMatch(/,"drawn","note","scope","event_kind","event_title"$/)
  })

  test('embedded, in Portuguese and dark: the grid with its words, no controls', async ({
    page,
  }) => {
    await page.goto('./?view=coverage&markets=singapore,london&embed=1&lang=pt-BR&theme=dark')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      /: o que se sabe, mercado por ano$/,
    )
    await expect(page.locator('svg.chart-surface .coverage-cell').first()).toBeVisible()
    await expect(page.locator('.controls, .view-bar, .export-menu')).toHaveCount(0)
    await expect(page.locator('.swatch-legend')).toContainText('4 ou mais editores')
  })
})

test('on a desktop the grid uses its card’s width; on a phone it scrolls to the latest years', async ({
  page,
}) => {
  await page.goto('./?view=coverage')
  const chart = page.locator('.coverage-chart')
  await expect(chart.locator('svg.chart-surface')).toBeVisible()
  const card = await chart.boundingBox()
  const grid = await chart.locator('svg.chart-surface').boundingBox()
  expect(grid?.width ?? 0).toBeGreaterThan((card?.width ?? 0) * 0.9)
  expect(grid?.width ?? 0).toBeLessThanOrEqual((card?.width ?? 0) + 1)
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(chart.locator('.coverage-year').last()).toBeInViewport()
})
