import { readdirSync, readFileSync } from 'node:fs'
import { download, expect, newestDatasets, type Page, tableRow, test } from './fixtures'

const circle = (page: Page, market: string) =>
  page.locator(`circle.map-circle[data-market="${market}"]`)
const radius = async (page: Page, market: string) =>
  Number(await circle(page, market).getAttribute('r'))

test.describe('map', () => {
  test('draws one circle per placed city market with a figure, its area in proportion to the figure', async ({
    page,
  }) => {
    await page.goto('./?view=map')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity on the map, 2025',
    )
    const expected = newestDatasets().flatMap((d) =>
      d.markets.filter(
        (m) =>
          m.lat !== undefined &&
          d.observations.some(
            (o) => o.market === m.id && o.metric === 'operational' && o.year === 2025,
          ),
      ),
    )
    await expect(page.locator('circle.map-circle')).toHaveCount(expected.length)
    // Record rows 230 and 220: London 1,400 MW (Knight Frank), Singapore 1,002 MW (Cushman &
    // Wakefield), in two panels at one scale: the areas keep the ratio of the figures.
    await expect(circle(page, 'london')).toHaveAttribute('data-value', '1400')
    await expect(circle(page, 'singapore')).toHaveAttribute('data-value', '1002')
    const ratio = (await radius(page, 'london')) ** 2 / (await radius(page, 'singapore')) ** 2
    expect(ratio).toBeCloseTo(1400 / 1002, 3)
    await expect(page.locator('[data-panel="europe"] circle[data-market="london"]')).toHaveCount(1)
    await expect(
      page.locator('[data-panel="southeast-asia"] circle[data-market="singapore"]'),
    ).toHaveCount(1)
    // Malaysia's own total shades its shape; Johor, inside it, is a circle on top.
    await expect(page.locator('path.map-country[data-market="malaysia"]').first()).toBeVisible()
    await expect(circle(page, 'johor')).toBeVisible()
    await expect(page.locator('.chart-frame__summary')).toContainText(
      'Singapore’s 1,002 MW is the largest circle in Southeast Asia; London’s 1,400 MW in Europe',
    )
    await expect(page.locator('.chart-frame__missing')).toContainText('Amsterdam')
    await expect(tableRow(page, 'london')).toContainText('Knight Frank')
  })

  test('the size legend draws three reference circles at the map’s own scale', async ({ page }) => {
    await page.goto('./?view=map')
    const legend = page.getByTestId('map-size-legend')
    const sizes = legend.locator('.map-legend__size')
    await expect(sizes).toHaveCount(3)
    await expect(sizes.locator('text')).toHaveText(['1,000', '500', '100'])
    const thousand = Number(await sizes.first().locator('circle').getAttribute('r'))
    expect(thousand / (await radius(page, 'london'))).toBeCloseTo(Math.sqrt(1000 / 1400), 3)
  })

  test('hover and the keyboard read the markets largest first; Enter lists all figures of one', async ({
    page,
  }) => {
    await page.goto('./?view=map')
    const card = page.locator('.figure-tooltip')
    // Johor's smaller circle lies on Singapore's (Johor Bahru is across the strait): Singapore
    // answers on its ring outside Johor's.
    const box = await circle(page, 'singapore').boundingBox()
    await circle(page, 'singapore').hover({
      position: { x: (box?.width ?? 0) * 0.95, y: (box?.height ?? 0) / 2 },
    })
    await expect(card).toContainText('Singapore')
    await expect(card).toContainText('1,002 MW')
    await expect(card).toContainText('Cushman & Wakefield')
    await page.mouse.move(0, 0)
    await expect(card).toHaveCount(0)

    await page.getByRole('group', { name: /Map: arrow keys/ }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(card).toContainText('London')
    await page.keyboard.press('ArrowDown')
    // Germany's total, a shaded shape, comes second: over 1,300 MW.
    await expect(card).toContainText('Germany')
    await expect(card).toContainText('over 1,300 MW')
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('region', { name: /^Germany: \d+ figures? for 2025$/ }),
    ).toBeVisible()
  })

  test('year and metric change the circles; the link keeps them', async ({ page }) => {
    await page.goto('./?view=map')
    await page.getByLabel('Year', { exact: true }).selectOption('2023')
    await expect(page).toHaveURL(/view=map.*year=2023|year=2023.*view=map/)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity on the map, 2023',
    )
    await page.reload()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity on the map, 2023',
    )
    await page.getByLabel('Metric').selectOption('planned')
    await expect(page.getByRole('heading', { level: 2 })).toContainText('on the map')
    await expect(page).toHaveURL(/metric=planned/)
  })

  test('exports the map: PNG, an SVG holding the panels, circles and title, and the CSV of what is drawn', async ({
    page,
  }) => {
    await page.goto('./?view=map')
    await expect(circle(page, 'london')).toBeVisible()
    const png = await download(page, 'PNG 2x')
    expect(png.name).toBe('operational-capacity-on-the-map-2025@2x.png')
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG')
    const svg = (await download(page, 'SVG')).bytes.toString('utf8')
    expect(svg).toContain('Operational capacity on the map, 2025')
    expect(svg.match(/<circle[^>]*data-market="london"/g)).toHaveLength(1)
    expect(svg).toContain('Circle area (MW)')
    expect(svg).not.toMatch(/var\(--/)
    // The CSV: one row per market drawn (circles and shaded countries), each with its source.
    const csv = (await download(page, 'CSV of this chart')).bytes
      .toString('utf8')
      .trimEnd()
      .split('\r\n')
    const drawn = await page
      .locator('circle.map-circle, path.map-country')
      .evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-market'))).size)
    expect(csv).toHaveLength(drawn + 1)
    // Record row 230: London, Knight Frank, Q3 2025, 1,400 MW.
    expect(csv.find((l) => l.startsWith('"","London","london",'))).toMatch(
      /^"","London","london","operational",2025,"Q3 2025",1400,"MW","","it_load","Knight Frank",/,
    )
    const { mkdirSync, writeFileSync } = await import('node:fs')
    mkdirSync('test-results/screenshots', { recursive: true })
    writeFileSync('test-results/screenshots/export-map.svg', svg)
    writeFileSync('test-results/screenshots/export-map@2x.png', png.bytes)
  })

  test('embeds the map alone, with its link back', async ({ page }) => {
    await page.goto('./?view=map&embed=1')
    await expect(circle(page, 'london')).toBeVisible()
    await expect(page.locator('.controls')).toHaveCount(0)
    await expect(page.getByRole('link', { name: /Megawatt Atlas/ })).toHaveAttribute(
      'href',
      /view=map/,
    )
  })

  for (const year of [2022, 2024, 2025])
    test(`in ${year}, pointing at any circle's centre shows that market; smaller circles lie on top`, async ({
      page,
    }) => {
      await page.goto(`./?view=map&year=${year}`)
      const circles = page.locator('circle.map-circle')
      await expect(circles.first()).toBeVisible()
      const card = page.locator('.figure-tooltip')
      const drawn = await circles.evaluateAll((all) =>
        all.map((c) => {
          const box = c.getBoundingClientRect()
          return {
            market: c.getAttribute('data-market') ?? '',
            panel: c.closest('[data-panel]')?.getAttribute('data-panel') ?? '',
            r: Number(c.getAttribute('r')),
            x: box.x + box.width / 2,
            y: box.y + box.height / 2,
          }
        }),
      )
      // Within a panel, no circle is drawn above a smaller one.
      for (const [i, c] of drawn.entries()) {
        const later = drawn.slice(i + 1).filter((d) => d.panel === c.panel)
        expect(
          later.every((d) => d.r <= c.r),
          `${c.market} is drawn above a larger circle`,
        ).toBe(true)
      }
      const overlapping = drawn.filter((c) =>
        drawn.some(
          (d) => d !== c && d.panel === c.panel && Math.hypot(d.x - c.x, d.y - c.y) < d.r + c.r,
        ),
      )
      expect(overlapping.length).toBeGreaterThan(1)
      for (const [i, c] of drawn.entries()) {
        // Scrolled into view, its centre found anew; a circle sharing its centre with a smaller
        // one (a city and its greater area) is pointed at on its ring instead.
        await circles.nth(i).scrollIntoViewIfNeeded()
        const box = await circles.nth(i).boundingBox()
        const inner = drawn.filter(
          (d) =>
            d !== c && d.panel === c.panel && d.r < c.r && Math.hypot(d.x - c.x, d.y - c.y) < 1,
        )
        const ring = Math.max(0, ...inner.map((d) => d.r))
        const scale = (box?.width ?? 0) / (2 * c.r)
        await page.mouse.move(
          (box?.x ?? 0) + (box?.width ?? 0) / 2 + ((ring + c.r) / 2) * scale * (ring > 0 ? 1 : 0),
          (box?.y ?? 0) + (box?.height ?? 0) / 2,
        )
        await expect(card, `pointing at ${c.market}`).toBeVisible()
        const name = await card
          .locator('.figure-tooltip__market')
          .evaluate((p) => p.firstChild?.textContent ?? '')
        expect(name, `pointing at ${c.market}`).toBe(MARKET_NAMES.get(c.market))
        await page.mouse.move(0, 0)
        await expect(card).toHaveCount(0)
      }
    })
})

/** Every bundled market's name by id, read from the shipped files. */
const MARKET_NAMES = new Map(
  readdirSync('public/data')
    .filter((f) => /^[a-z]+@[\d.]+\.json$/.test(f))
    .flatMap((f) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8')).markets)
    .map((m: { id: string; name: string }) => [m.id, m.name]),
)
