import { bar, expect, type Page, test } from './fixtures'

/** The drawn width of an element, once it is on screen. */
const widthOf = async (page: Page, selector: string) => {
  await expect(page.locator(selector)).toBeVisible()
  return (await page.locator(selector).boundingBox())?.width ?? 0
}

test.describe('views reachable by tab and URL', () => {
  test('every tab opens its view, keyboard arrows move between tabs, and the URL follows', async ({
    page,
  }) => {
    await page.goto('./')
    const tabs = page.getByRole('tab')
    await expect(tabs).toHaveText([
      'Compare',
      'Ranking',
      'Trend',
      'Pipeline',
      'Sources',
      'Coverage',
      'Map',
      'Table',
    ])
    await page.getByRole('tab', { name: 'Trend' }).click()
    await expect(page).toHaveURL(/\?view=trend$/)
    await expect(page.getByRole('heading', { level: 2 })).toContainText('over time')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('tab', { name: 'Pipeline' })).toBeFocused()
    await expect(page).toHaveURL(/\?view=pipeline$/)
    await page.goBack()
    await expect(page.getByRole('tab', { name: 'Trend' })).toHaveAttribute('aria-selected', 'true')
  })
})

test('a tab answers the tap before its view is drawn, and the view it leaves stays whole meanwhile', async ({
  page,
}) => {
  await page.goto('./')
  await expect(page.locator('#view-panel svg [data-market]').first()).toBeVisible()
  // What the panel held the moment the tab showed itself chosen.
  await page.evaluate(() => {
    const tab = document.getElementById('tab-ranking') as HTMLElement
    new MutationObserver((_, observer) => {
      if (tab.getAttribute('aria-selected') !== 'true') return
      const panel = document.getElementById('view-panel')
      tab.dataset.panelWhenChosen = `${panel?.getAttribute('aria-labelledby')} ${panel?.querySelectorAll('svg [data-market]').length}`
      observer.disconnect()
    }).observe(tab, { attributes: true, attributeFilter: ['aria-selected'] })
  })
  const marks = await page.locator('#view-panel svg [data-market]').count()
  await page.getByRole('tab', { name: 'Ranking' }).click()
  await expect(page.locator('#view-panel')).toHaveAttribute('aria-labelledby', 'tab-ranking')
  await expect(page.locator('#view-panel svg [data-market]').first()).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Ranking' })).toHaveAttribute(
    'data-panel-when-chosen',
    `tab-compare ${marks}`,
  )
})

test.describe('trend', () => {
  test('one point per year with a figure, gaps for the rest, bounds marked', async ({ page }) => {
    await page.goto('./?view=trend&markets=singapore,paris&from=2020&to=2026&series=latest')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity over time, 2020–2026',
    )
    const singapore = page.locator('.trend-dot[data-line="singapore"]')
    // Record: "about 1,000" (end-2021, row 418), 876 (H2 2022), 962 (H2 2023), "surpass 1,000"
    // (H2 2024), 1,002 (H1 2025); none in 2020 or 2026.
    await expect(singapore).toHaveCount(5)
    await expect(singapore.nth(0)).toHaveAttribute('data-qualifier', 'about')
    await expect(singapore.nth(3)).toHaveAttribute('data-qualifier', 'at_least')
    await expect(singapore.nth(4)).toHaveAttribute('data-qualifier', 'exact')
    // Row 418's caveat, in the hover card of its point.
    await singapore.nth(0).hover()
    await expect(page.locator('.figure-tooltip')).toContainText(
      'Caveat: as of 2021, written reply of 11 Jan 2022',
    )
    // Paris: 2020 and 2022–2025, no 2021 figure: no piece of its line passes 2021, nor drops to zero.
    await expect(page.locator('.trend-dot[data-line="paris"]')).toHaveCount(5)
    const x2021 = Number(
      await page
        .locator('.trend-chart .recharts-cartesian-axis-tick-value[orientation="bottom"]')
        .filter({ hasText: /^2021$/ })
        .getAttribute('x'),
    )
    const xs = (
      await page
        .locator('.recharts-line-curve[name="Paris"]')
        .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''))
    ).flatMap((d) => [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1])))
    expect(xs.length).toBeGreaterThan(0)
    expect(xs.some((x) => Math.abs(x - x2021) < 1)).toBe(false)
  })

  test('the year range, the unit and the legend change what is drawn', async ({ page }) => {
    await page.goto('./?view=trend&markets=singapore,london')
    await page.getByLabel('From').selectOption('2024')
    await expect(page).toHaveURL(/from=2024/)
    await expect(page.locator('.trend-dot[data-line="singapore"]')).toHaveCount(2)
    await page.getByText('GW', { exact: true }).click()
    await expect(page).toHaveURL(/unit=gw/)
    await expect(page.locator('.trend-chart')).toContainText('GW')
    // The legend's button ("London (its publisher)"), not London's event markers ("London, 2022: …").
    await page.getByRole('button', { name: /^London \(/ }).click()
    await expect(page.getByRole('button', { name: /^London \(/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await expect(page.locator('.trend-dot[data-line="london"]')).toHaveCount(0)
  })

  test('change since the first figure: each line from 100, growth rates that say where they come from', async ({
    page,
  }) => {
    // CBRE's own series (colocation throughout): London 711 (2020, row 464), 956 (2023, row
    // 296), 1,062 (2024, row 291); Paris 204 (2020, row 467), 373 (2023), 524.3 (2024).
    await page.goto('./?view=trend&markets=london,paris&from=2020&to=2025&pick=cbre')
    await page.getByText('Change since first', { exact: true }).click()
    await expect(page).toHaveURL(/change=index/)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity, change since the first figure, 2020–2025',
    )
    await expect(page.locator('.trend-chart')).toContainText('Index (first figure = 100)')
    // Both lines start in 2020: both at 100, one height.
    const first = (line: string) =>
      page.locator(`.trend-dot[data-line="${line}"]`).first().getAttribute('cy')
    expect(await first('london')).toBe(await first('paris'))
    await page.locator('.trend-dot[data-line="london"]').last().hover()
    const card = page.locator('.figure-tooltip')
    await expect(card).toContainText(`index ${Math.round((1062 / 711) * 100)}`)
    await expect(card).toContainText(
      `+${Math.round((1062 / 956 - 1) * 100)}% a year, 2023–2024, computed from the two figures shown`,
    )
    await expect(page.locator('.chart-frame__summary')).toContainText(
      `London: 711 MW in 2020 to 1,062 MW in 2024 (3 years with a figure). Growth: +${Math.round(((1062 / 711) ** (1 / 4) - 1) * 100)}% a year, 2020–2024, computed from the two figures shown.`,
    )
    await page.goBack()
    await expect(page).not.toHaveURL(/change=/)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity over time, 2020–2025',
    )
    await page.goto('./?view=trend&change=percent')
    await expect(page.locator('.notices')).toContainText('change')
    await expect(page.getByRole('radio', { name: 'As published' })).toBeChecked()
  })
})

test.describe('pipeline', () => {
  test('operational, under construction and planned stacked per market', async ({ page }) => {
    // One publisher's stages: BMI's 2024 Johor figures (release 2027.01) are dated by year only.
    await page.goto('./?view=pipeline&markets=johor,singapore&year=2024&pick=cushman-wakefield')
    const stage = (market: string, s: string) =>
      `.pipeline-chart path[data-market="${market}"][data-stage="${s}"]`
    // Johor H2 2024 (C&W, record rows 26-28): 401 operational, 226 under construction, 822 planned.
    // Polled: the chart may still settle its width just after the first bars appear.
    const ratio = async (s: string) =>
      (await widthOf(page, stage('johor', s))) /
      (await widthOf(page, stage('johor', 'operational')))
    await expect.poll(() => ratio('under_construction')).toBeCloseTo(226 / 401, 1)
    await expect.poll(() => ratio('planned')).toBeCloseTo(822 / 401, 1)
    await page.locator(stage('johor', 'planned')).hover()
    await expect(page.locator('.figure-tooltip')).toContainText('Planned')
    await expect(page.locator('.figure-tooltip')).toContainText('822 MW')
  })
})

test.describe('sources', () => {
  test('every source’s figure per market, the drawn one marked', async ({ page }) => {
    await page.goto('./?view=sources&markets=singapore&year=2024')
    // Singapore 2024 in the record: 717 (Structure Research), 718 (CBRE), 780, 881, 973, 985,
    // 988, 1,000 (C&W H2), 1,000 (techstories), 1,400 (IMDA).
    await expect(page.locator('.source-mark[data-market="singapore"]')).toHaveCount(10)
    await expect(page.locator('.source-mark[data-drawn="true"]')).toHaveCount(1)
    await expect(page.locator('.chart-frame__summary')).toHaveText(
      'Singapore: 10 figures from 717 MW to 1,400 MW.',
    )
    const drawnRow = page.locator('.figures-table tr.is-drawn')
    await expect(drawnRow).toContainText('over 1,000 MW')
    await expect(drawnRow).toContainText('Cushman & Wakefield')
    // Row 72's caveat, in the table's Note column and in its mark's hover card.
    const moodys = page.locator('.figures-table tr', { hasText: "Moody's Ratings" })
    await expect(moodys).toContainText('read from a copy of this page at qa.sbr.com.sg')
    await expect(page.getByRole('columnheader', { name: /^Note/ })).toBeAttached()
  })
})

test.describe('table', () => {
  test('every figure with its source, sortable by any column', async ({ page }) => {
    await page.goto('./?view=table&markets=singapore,malaysia&year=2025')
    const rows = page.locator('.table-view .figures-table tbody tr')
    // 2025 operational in the record: Singapore 5 figures, Malaysia 3 figures.
    await expect(rows).toHaveCount(8)
    await page.getByRole('button', { name: /^Figure/ }).click()
    await expect(page.getByRole('columnheader', { name: /Figure/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    await expect(rows.first()).toContainText('1,260 MW')
    await page.getByRole('button', { name: /^Figure/ }).click()
    await expect(rows.first()).toContainText('522 MW')
  })
})

test.describe('caveats', () => {
  test('a table has a Note column only where one of its figures carries a caveat', async ({
    page,
  }) => {
    // Record rows 230 (London) and 220 (Singapore) have no note; row 268 (Frankfurt) has one.
    await page.goto('./?view=ranking&markets=london,singapore')
    await expect(page.locator('.figures-table tr[data-market="london"]')).toBeVisible()
    await expect(page.getByRole('columnheader', { name: /^Note/ })).toHaveCount(0)
    await page.goto('./?view=ranking&markets=london,singapore,frankfurt')
    await expect(page.locator('.figures-table tr[data-market="frankfurt"]')).toContainText(
      'the sentence names no source',
    )
    await expect(page.getByRole('columnheader', { name: /^Note/ })).toHaveCount(1)
    await expect(page.getByRole('columnheader', { name: /Caveat/ })).toHaveCount(0)
  })
})

test.describe('shared controls', () => {
  test('a legend toggles a region’s bars, GW and log scale redraw the ranking', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await page.getByRole('button', { name: 'Europe' }).click()
    await expect(bar(page, 'london')).toHaveCount(0)
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await page.getByText('GW', { exact: true }).click()
    await expect(page.locator('.bar-label')).toContainText(['1.002'])
    await page.getByText('Log', { exact: true }).click()
    await expect(page).toHaveURL(/unit=gw&scale=log/)
    await expect(
      page.locator('.ranking-chart .recharts-cartesian-axis-tick-value').first(),
    ).toBeVisible()
  })
})

test.describe('tables fit or say they scroll', () => {
  for (const width of [1280, 390])
    test(`at ${width} px the table view stays in its box, shows it scrolls, and pins the market`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 })
      await page.goto('./?view=table')
      const frame = page.locator('.table-view .table-frame')
      const scroller = frame.locator('.table-scroll')
      await expect(scroller).toBeVisible()
      // The page itself never scrolls sideways: the table scrolls inside its box.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0)
      const box = await frame.boundingBox()
      const view = await page.locator('.table-view').boundingBox()
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(
        (view?.x ?? 0) + (view?.width ?? 0) + 1,
      )
      // It says there is more to the right, and none to the left.
      await expect(frame).toHaveClass(/has-more-right/)
      await expect(frame).not.toHaveClass(/has-more-left/)
      const market = page.locator('.table-view .figures-table tbody tr').first().locator('th')
      const before = await market.boundingBox()
      await scroller.evaluate((e) => e.scrollTo({ left: e.scrollWidth }))
      await expect(frame).toHaveClass(/has-more-left/)
      await expect(frame).not.toHaveClass(/has-more-right/)
      // The market's name stays in place while the rest scrolls under it.
      expect((await market.boundingBox())?.x).toBeCloseTo(before?.x ?? -1, 0)
      await expect(market).toBeVisible()
      // The caption does not say the heading above it again.
      await expect(page.locator('.table-view .figures-table caption')).toHaveClass(
        /visually-hidden/,
      )
      // Rows are read across, not down: long text wraps at a readable width.
      const heights = await page
        .locator('.table-view .figures-table tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => r.getBoundingClientRect().height).sort((a, b) => a - b),
        )
      expect(heights[Math.floor(heights.length / 2)]).toBeLessThan(width < 600 ? 170 : 130)
    })

  test('the landing’s table has one Note column (group notes and caveats), reachable by scrolling', async ({
    page,
  }) => {
    await page.goto('./?year=2024')
    await expect(page.getByRole('columnheader', { name: /^Note/ })).toHaveCount(1)
    await expect(page.getByRole('columnheader', { name: /Caveat/ })).toHaveCount(0)
    const title = await page.getByRole('heading', { level: 2 }).textContent()
    const caption = await page.locator('.figures-table caption').textContent()
    expect(caption).not.toContain(title ?? '')
    const scroller = page.locator('.table-scroll').first()
    await scroller.scrollIntoViewIfNeeded()
    await scroller.evaluate((e) => e.scrollTo({ left: e.scrollWidth }))
    await expect(page.getByRole('columnheader', { name: /^Note/ })).toBeInViewport()
  })
})

test.describe('names in sentences', () => {
  test('the summaries say “the Philippines’”, “Paris’”, never “’s” after an s', async ({
    page,
  }) => {
    await page.goto('./?view=map&year=2026')
    const summary = page.locator('.chart-frame__summary')
    await expect(summary).toContainText('the Philippines’ about 150 MW')
    await page.goto('./?view=ranking&year=2026')
    await expect(summary).toContainText('The Philippines (about 150 MW')
    for (const year of [2024, 2025]) {
      await page.goto(`./?view=map&year=${year}`)
      await expect(summary).not.toHaveText(/s’s /)
      await expect(summary).toContainText('’s ')
    }
  })
})

test.describe('charts read with the keyboard', () => {
  for (const [query, chart, first] of [
    // The trend walks the years, each card every line's figure that year.
    [
      './?view=trend&markets=singapore&from=2021&to=2025&series=latest',
      '.trend-chart',
      /^2021Singapore: about 1,000 MW/,
    ],
    // The pipeline walks each market's stages; Johor's first is its operational figure (C&W H2 2024).
    [
      './?view=pipeline&markets=johor&year=2024&pick=cushman-wakefield',
      '.pipeline-chart',
      /^Johor · part of Malaysia401 MWOperational/,
    ],
    // The sources view walks every source's mark.
    ['./?view=sources&markets=singapore&year=2024', '.sources-chart', /^Singapore[\d,]+ MW/],
  ] as const)
    test(`${chart}: the arrow keys read each figure in a card, Escape closes it`, async ({
      page,
    }) => {
      await page.goto(query)
      const frame = page.locator(chart)
      await expect(frame.locator('svg').first()).toBeVisible()
      await frame.focus()
      await page.keyboard.press('ArrowRight')
      const card = frame.locator('.hover-card')
      await expect(card).toBeVisible()
      await expect(card).toHaveText(first)
      await page.keyboard.press('ArrowRight')
      await expect(card).not.toHaveText(first)
      await page.keyboard.press('Escape')
      await expect(card).toHaveCount(0)
    })
})
