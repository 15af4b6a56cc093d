import { expect, test } from './fixtures'

/**
 * Screenshots of every view at 1280x800 (and some on a 390x844 phone), for people to look at
 * (test-results/screenshots/).
 */
type Shot = readonly [string, string] | readonly [string, string, { width: number; height: number }]
const VIEWS: readonly Shot[] = [
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
  ['map', './?view=map'],
  ['map-pt-dark', './?view=map&lang=pt-BR&theme=dark'],
  ['map-phone', './?view=map', { width: 390, height: 844 }],
  ['table', './?view=table&markets=singapore,malaysia,thailand,indonesia'],
]

for (const [name, url, size] of VIEWS) {
  test(`screenshot: ${name}`, async ({ page }) => {
    if (size) await page.setViewportSize(size)
    await page.goto(url)
    await expect(page.locator('.chart-frame, .figures-table').first()).toBeVisible()
    await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
  })
}
