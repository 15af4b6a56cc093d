import { expect, test } from './fixtures'

/** Screenshots of every view at 1280x800, for people to look at (test-results/screenshots/). */
const VIEWS = [
  ['compare', './'],
  [
    'compare-double-count',
    './?groups=Southeast%20Asia%20(4):singapore+malaysia+thailand+indonesia+johor;London%20%2B%20Frankfurt:london+frankfurt&year=2024',
  ],
  ['ranking', './?view=ranking'],
  ['trend', './?view=trend'],
  [
    'pipeline',
    './?view=pipeline&markets=singapore,johor,malaysia,bangkok,manila,london,frankfurt,paris,madrid,sydney,mumbai,tokyo',
  ],
  ['sources', './?view=sources'],
  ['coverage', './?view=coverage'],
  ['table', './?view=table&markets=singapore,malaysia,thailand,indonesia'],
] as const

for (const [name, url] of VIEWS) {
  test(`screenshot: ${name}`, async ({ page }) => {
    await page.goto(url)
    await expect(page.locator('.chart-frame, .figures-table').first()).toBeVisible()
    await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
  })
}
