import { expect, type Page, test } from './fixtures'

/** The numbers an axis writes, in order ("1,500" -> 1500). */
const tickValues = (page: Page, chart: string, orientation: 'left' | 'bottom' | 'top') =>
  page
    .locator(`${chart} .recharts-cartesian-axis-tick-value[orientation="${orientation}"]`)
    .allTextContents()
    .then((texts) => texts.map((t) => Number(t.replace(/,/g, ''))).filter(Number.isFinite))

const isNice = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step))
  return [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9)
}

for (const [view, chart, orientation] of [
  ['./', '.compare-chart', 'left'],
  // The ranking's axis is above its rows: it stays put while a year's rows come and go.
  ['./?view=ranking', '.ranking-chart, [data-testid="ranking-chart"]', 'top'],
  ['./?view=trend', '.trend-chart', 'left'],
  ['./?view=sources', '.sources-chart', 'bottom'],
  ['./?view=pipeline', '.pipeline-chart', 'bottom'],
  ['./?view=ranking&unit=gw', '.ranking-chart, [data-testid="ranking-chart"]', 'top'],
] as const)
  test(`value axis of ${view} steps by 1, 2, 2.5 or 5 times a power of ten`, async ({ page }) => {
    await page.goto(view)
    await expect(page.locator(chart).first()).toBeVisible()
    await expect
      .poll(async () => (await tickValues(page, chart, orientation)).length)
      .toBeGreaterThan(2)
    const ticks = [...new Set(await tickValues(page, chart, orientation))].sort((a, b) => a - b)
    expect(ticks[0]).toBe(0)
    const steps = ticks.slice(1).map((t, i) => Number((t - (ticks[i] ?? 0)).toPrecision(9)))
    expect(new Set(steps).size, `${ticks}`).toBe(1)
    expect(isNice(steps[0] ?? 0), `${ticks}`).toBe(true)
  })
