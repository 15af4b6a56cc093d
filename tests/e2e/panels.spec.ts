import { expect, type Page, test } from './fixtures'

/**
 * What a click opens comes into view: every "all figures" panel (coverage cell, map circle,
 * ranking bar) scrolls into the window, takes focus, and Escape gives focus back to the chart
 * it was opened from.
 */
const inWindow = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect()
    return !!box && box.top >= -1 && box.top < window.innerHeight / 2
  }, selector)

const cases = [
  {
    name: 'a coverage cell',
    url: './?view=coverage',
    open: (page: Page) =>
      page
        .locator('svg.chart-surface g.coverage-cell[data-market="singapore"][data-year="2024"]')
        .click(),
    chart: '.coverage-chart, [role="group"]',
  },
  {
    name: 'a map circle',
    url: './?view=map&year=2025',
    open: (page: Page) =>
      page.locator('circle.map-circle[data-market="frankfurt"]').click({ force: true }),
    chart: '[role="group"]',
  },
  {
    name: 'a ranking bar, by the keyboard',
    url: './?view=ranking',
    open: async (page: Page) => {
      await page.getByRole('group', { name: /arrow keys read each market/ }).focus()
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
    },
    chart: '[role="group"]',
  },
] as const

for (const { name, url, open } of cases)
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])
    test(`${name} opens its figures in view, focused; Escape gives focus back (${size.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(size)
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(url)
      await expect(page.locator('.chart-frame').first()).toBeVisible()
      const opener = page.locator('[role="group"][tabindex="0"]').first()
      await open(page)
      const panel = page.locator('.source-details')
      await expect(panel).toBeVisible()
      await expect(panel).toBeFocused()
      await expect.poll(() => inWindow(page, '.source-details')).toBe(true)
      await page.keyboard.press('Escape')
      await expect(panel).toHaveCount(0)
      await expect(opener).toBeFocused()
    })
