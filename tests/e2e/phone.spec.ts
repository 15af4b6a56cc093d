import { bar, expect, test } from './fixtures'

const PHONE = { width: 390, height: 844 }

test.describe('on a phone the chart comes first', () => {
  test('the landing’s bars are on the first screen, the claim card after the chart', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE)
    await page.goto('./')
    const tops = await page
      .locator('.compare-chart svg [data-market]')
      .evaluateAll((marks) => marks.map((m) => m.getBoundingClientRect().top))
    expect(tops.length).toBeGreaterThan(3)
    // Every segment's top edge is on the first screen: the stacks are seen, not only their tips.
    expect(Math.max(...tops)).toBeLessThan(PHONE.height)
    const chart = await page.locator('.compare-chart').boundingBox()
    const claim = await page.locator('.claim-card').boundingBox()
    expect((claim?.y ?? 0) > (chart?.y ?? Number.POSITIVE_INFINITY)).toBe(true)
  })

  test('a shared link opens on its chart: the settings and tools fold behind a button each', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE)
    await page.goto('./?view=ranking&year=2024')
    // The first bar is on the first screen (polled: the chart redraws once it has measured its
    // width, replacing its bars).
    await expect
      .poll(async () => (await bar(page, 'ireland').boundingBox())?.y ?? Number.POSITIVE_INFINITY)
      .toBeLessThan(PHONE.height)
    await expect(page.getByLabel('Metric')).toBeHidden()
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden()

    // Chart settings: open, change the metric, the chart and the address follow; the fold is
    // not in the address.
    const settings = page.getByRole('button', { name: 'Chart settings' })
    await expect(settings).toHaveAttribute('aria-expanded', 'false')
    await settings.click()
    await expect(settings).toHaveAttribute('aria-expanded', 'true')
    await expect(page).toHaveURL(/\?view=ranking&year=2024$/)
    await page.getByLabel('Metric').selectOption('take_up')
    await expect(page).toHaveURL(/metric=take_up/)
    await settings.click()
    await expect(page.getByLabel('Metric')).toBeHidden()

    const tools = page.getByRole('button', { name: 'Data, theme, language, sharing' })
    await tools.click()
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()

    // The tabs scroll sideways, and their faded edge says so.
    const tabs = page.locator('.view-tabs')
    const { overflows, mask } = await tabs.evaluate((e) => ({
      overflows: e.scrollWidth > e.clientWidth,
      mask: getComputedStyle(e).maskImage,
    }))
    expect(overflows).toBe(true)
    expect(mask).toContain('gradient')
  })

  test('on a wide screen nothing is folded', async ({ page }) => {
    await page.goto('./?view=ranking')
    await expect(page.getByLabel('Metric')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Chart settings' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Data, theme, language, sharing' })).toBeHidden()
  })
})

test.describe('the selected tab is in view', () => {
  /** How much of the selected tab shows inside the tab bar, left of its faded edge. */
  const selectedTabShows = (page: import('./fixtures').Page) =>
    page.evaluate(() => {
      const bar = document.querySelector('.view-tabs')?.getBoundingClientRect()
      const tab = document.querySelector('.view-tab[aria-selected="true"]')?.getBoundingClientRect()
      if (!bar || !tab) return false
      return tab.left >= bar.left - 0.5 && tab.right <= bar.right - 40
    })

  for (const view of ['sources', 'coverage', 'map', 'table'] as const)
    test(`on a phone, a link to ${view} shows its tab`, async ({ page }) => {
      await page.setViewportSize(PHONE)
      await page.goto(`./?view=${view}`)
      await expect(page.locator('.view-tab[aria-selected="true"]')).toHaveAttribute(
        'id',
        `tab-${view}`,
      )
      await expect.poll(() => selectedTabShows(page)).toBe(true)
    })

  test('on a phone, the arrow keys walk the tabs and each one comes into the bar', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE)
    await page.goto('./')
    await page.getByRole('tab', { name: 'Compare' }).focus()
    for (const name of ['Ranking', 'Trend', 'Pipeline', 'Sources', 'Coverage', 'Map', 'Table']) {
      await page.keyboard.press('ArrowRight')
      await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
      await expect.poll(() => selectedTabShows(page)).toBe(true)
    }
    // Back to the first: the bar scrolls back, and the page itself did not move sideways.
    await page.keyboard.press('Home')
    await expect.poll(() => selectedTabShows(page)).toBe(true)
    expect(await page.evaluate(() => window.scrollX)).toBe(0)
  })
})

test.describe('phones use the width', () => {
  const charts = {
    ranking: '.ranking-chart',
    sources: '.sources-chart',
    pipeline: '.pipeline-chart',
  } as const
  for (const [view, selector] of Object.entries(charts))
    for (const width of [390, 1280])
      test(`${view} at ${width} px: the plot takes at least half the chart, names and values clear of the marks`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 844 })
        await page.goto(`./?view=${view}`)
        const chart = page.locator(`${selector} svg.recharts-surface`).first()
        await expect(chart).toBeVisible()
        // A chart draws its axis and its marks in tasks after its frame: read it once drawn.
        await expect(
          page.locator(`${selector} .recharts-xAxis .recharts-cartesian-axis-line`).first(),
        ).toBeAttached()
        await expect
          .poll(() => page.locator(`${selector} .market-tick`).count())
          .toBeGreaterThan(10)
        const boxes = await page.locator(selector).evaluate((root) => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect()
            return { x: r.x, y: r.y, w: r.width, h: r.height }
          }
          const svg = root.querySelector('svg.recharts-surface') as SVGSVGElement
          return {
            chart: box(svg),
            axis: box(
              root.querySelector('.recharts-xAxis .recharts-cartesian-axis-line') as Element,
            ),
            names: [...root.querySelectorAll('.market-tick')].map((e) => ({
              text: e.textContent ?? '',
              ...box(e),
            })),
            marks: [
              ...root.querySelectorAll(
                '.recharts-bar-rectangle path, path.recharts-rectangle, path.source-mark',
              ),
            ]
              .map(box)
              .filter((b) => b.w > 0 && b.h > 0),
            values: [...root.querySelectorAll('.bar-label')].map(box),
          }
        })
        expect(boxes.axis.w).toBeGreaterThanOrEqual(boxes.chart.w / 2)
        expect(boxes.names.length).toBeGreaterThan(10)
        expect(boxes.marks.length).toBeGreaterThan(10)
        const meets = (a: (typeof boxes.marks)[0], b: (typeof boxes.marks)[0]) =>
          a.x < b.x + b.w - 0.5 &&
          b.x < a.x + a.w - 0.5 &&
          a.y < b.y + b.h - 0.5 &&
          b.y < a.y + a.h - 0.5
        for (const name of boxes.names) {
          // Every name is whole inside the chart and crosses no bar or mark.
          expect(name.x, name.text).toBeGreaterThanOrEqual(boxes.chart.x - 0.5)
          expect(name.x + name.w, name.text).toBeLessThanOrEqual(
            boxes.chart.x + boxes.chart.w + 0.5,
          )
          expect(
            boxes.marks.filter((m) => meets(name, m)),
            `${name.text} crosses a mark`,
          ).toEqual([])
        }
        for (const value of boxes.values)
          expect(value.x + value.w).toBeLessThanOrEqual(boxes.chart.x + boxes.chart.w + 0.5)
      })
})
