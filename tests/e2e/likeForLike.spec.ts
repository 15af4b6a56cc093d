import { expect, type Page, test } from './fixtures'

/** "at least about 1,845 MW" -> 1845. */
const firstNumber = (text: string) => Number((/[\d,.]+/.exec(text)?.[0] ?? '').replace(/,/g, ''))

/** Every figure in the table view for these markets and year: publisher, market and value. */
async function tableFigures(page: Page, markets: string[], year: number) {
  await page.goto(`./?view=table&markets=${markets.join(',')}&year=${year}`)
  const table = page.locator('.figures-table').first()
  await expect(table.locator('tbody tr').first()).toBeVisible()
  const headers = (await table.locator('thead th').allTextContents()).map((h) =>
    h.replace(/[↑↓⇅]/g, '').trim(),
  )
  const col = (name: string) => headers.findIndex((h) => h.startsWith(name))
  const rows = await table.locator('tbody tr').evaluateAll(
    (trs, [p, f]) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')
        return {
          market: tr.getAttribute('data-market') ?? '',
          publisher: cells[p as number] ?? '',
          figure: cells[f as number] ?? '',
        }
      }),
    [col('Publisher'), col('Figure')],
  )
  return rows.map((r) => ({ ...r, value: firstNumber(r.figure) }))
}

test.describe('like for like: the claim by whose numbers', () => {
  test('the claim card says whether the headline is like for like, and tables each publisher’s totals from its own figures', async ({
    page,
  }) => {
    const members = ['singapore', 'malaysia', 'thailand', 'indonesia', 'london', 'frankfurt']
    const figures = await tableFigures(page, members, 2025)
    await page.goto('./')
    const card = page.getByRole('complementary', { name: 'The claim checked' })
    await expect(card).toContainText('Not like for like: the headline adds 6 figures')
    await expect(card).toContainText('the closest, JLL, the claim’s own source, covers 5')
    await card.getByText('By whose numbers').click()
    const table = card.locator('table[data-by="publisher"]')
    await expect(table).toBeVisible()
    const rows = table.locator('tbody tr')
    expect(await rows.count()).toBeGreaterThan(3)
    for (const row of await rows.all()) {
      const publisher = (await row.getAttribute('data-by')) ?? ''
      for (const cell of await row.locator('td[data-group]').all()) {
        const parts = await cell.locator('[data-market]').evaluateAll((spans) =>
          spans.map((s) => ({
            market: s.getAttribute('data-market') ?? '',
            value: Number(s.getAttribute('data-value')),
          })),
        )
        if (parts.length === 0) continue
        // Each figure added is one the table view lists for that publisher and market.
        for (const part of parts)
          expect(
            figures.some(
              (f) =>
                f.publisher === publisher && f.market === part.market && f.value === part.value,
            ),
            `${publisher} ${part.market} ${part.value}`,
          ).toBe(true)
        const total = firstNumber((await cell.locator('.claim-check__total').textContent()) ?? '')
        expect(total).toBeCloseTo(
          parts.reduce((s, p) => s + p.value, 0),
          6,
        )
      }
      // A publisher lacking members is listed, marked incomplete, its missing members named.
      const coverage = await row.locator('td').nth(-2).textContent()
      const covered = await row.locator('[data-market]').count()
      if (covered < members.length) expect(coverage).toMatch(/^incomplete: no figure for /)
    }
    const jll = table.locator('tr[data-by="JLL"]')
    await expect(jll.locator('td').nth(-2)).toHaveText('incomplete: no figure for London')
    await expect(jll.locator('td[data-group="London + Frankfurt"] .claim-check__total')).toHaveText(
      /^at least /,
    )
    await expect(card.locator('table[data-by="scope"] tbody tr').first()).toBeVisible()
  })

  test('the 2024 title adds "over 1,000" and "about 845" as a lower bound, never "about"', async ({
    page,
  }) => {
    await page.goto('./?year=2024')
    const title = page.getByRole('heading', { level: 2 })
    await expect(title).toContainText('at least')
    await expect(title).toContainText('no ratio to London + Frankfurt can be given')
    await expect(title).not.toContainText(/about [\d.]+x/)
  })
})

test.describe('scope, series and level in the URL', () => {
  test('scope=colocation draws only colocation figures, and the link survives a reload', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&year=2025')
    const labels = async () => (await page.locator('.market-tick').allTextContents()).join('|')
    const before = await labels()
    await page.getByLabel('Figures that count').selectOption('colocation')
    await expect(page).toHaveURL(/scope=colocation/)
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible()
    await expect.poll(labels).not.toBe(before)
    // Every figure drawn is a colocation figure: the hover card says what each counts.
    await page.locator('.recharts-rectangle[data-market]').first().hover()
    await expect(page.locator('.figure-tooltip').first()).toContainText('Countscolocation')
    const after = await labels()
    await page.reload()
    await expect(page.getByLabel('Figures that count')).toHaveValue('colocation')
    await expect.poll(labels).toBe(after)
    await page.getByLabel('Figures that count').selectOption('any')
    await expect(page).not.toHaveURL(/scope=/)
  })

  test('a bad scope= is ignored with a notice, and the view stays', async ({ page }) => {
    await page.goto('./?view=ranking&scope=everything')
    await expect(
      page.locator('.notice').filter({ hasText: 'scope=everything ignored' }),
    ).toBeVisible()
    await expect(page.getByLabel('Figures that count')).toHaveValue('any')
  })

  test('the trend follows one publisher by default; with series=latest a change of source is a dotted join with no growth rate across it', async ({
    page,
  }) => {
    await page.goto('./?view=trend&markets=dublin&from=2020&to=2025')
    await expect(page.getByRole('radio', { name: 'One publisher' })).toBeChecked()
    await expect(page.locator('.chart-legend')).toContainText('Dublin (JLL)')
    await expect(page.locator('.chart-frame__summary')).toContainText(
      'computed from the two figures shown',
    )
    await page.getByRole('radio', { name: 'Most recent figure' }).check()
    await expect(page).toHaveURL(/series=latest/)
    const dotted = page.locator('.trend-chart path.recharts-curve[stroke-dasharray="2 4"]')
    await expect(dotted.first()).toBeVisible()
    await expect(
      page.getByText(/no growth rate for 2020–2024: the line changes publisher or scope/),
    ).toBeVisible()
    await page.getByRole('radio', { name: 'One publisher' }).check()
    await expect(page).not.toHaveURL(/series=/)
    await expect(dotted).toHaveCount(0)
  })

  test('a link pinned to a release before 2027.01 keeps drawing the most recent figure each year', async ({
    page,
  }) => {
    await page.goto('./?view=trend&markets=dublin&ds=sea@2026.12.1,europe@2026.12.1,apac@2026.12.1')
    await expect(page.getByRole('radio', { name: 'Most recent figure' })).toBeChecked()
    await expect(page).not.toHaveURL(/series=/)
  })

  test('the ranking tells countries from cities, and level=metro hides Germany', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&year=2025')
    const germany = page.locator('.market-tick[data-market="germany"]')
    await expect(germany).toHaveText('Germany (country)')
    await expect(page.locator('.recharts-rectangle[data-market="germany"]')).toHaveAttribute(
      'data-level',
      'country',
    )
    await expect(page.locator('.market-tick[data-market="frankfurt"]')).toHaveText('Frankfurt')
    await page.getByLabel('Market level').selectOption('metro')
    await expect(page).toHaveURL(/level=metro/)
    await expect(germany).toHaveCount(0)
    await expect(page.locator('.market-tick[data-market="frankfurt"]')).toBeVisible()
    // A city-state is a city too.
    await expect(page.locator('.market-tick[data-market="singapore"]')).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Market level')).toHaveValue('metro')
    await expect(germany).toHaveCount(0)
  })
})

test.describe('screenshots of what this changed', () => {
  for (const [name, url, width, height] of [
    ['claim-check', './', 1280, 800],
    ['claim-check-phone', './', 390, 844],
    ['trend-breaks', './?view=trend&series=latest', 1280, 800],
    ['trend-breaks-phone', './?view=trend&series=latest', 390, 844],
    ['ranking-levels', './?view=ranking', 1280, 800],
    ['ranking-levels-phone', './?view=ranking', 390, 844],
  ] as const)
    test(`screenshot: ${name}`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.goto(url)
      await expect(page.locator('.chart-frame').first()).toBeVisible()
      const open = page.getByText('By whose numbers')
      if (await open.count()) await open.click()
      await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
    })
})
