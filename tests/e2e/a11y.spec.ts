import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

const PAGES = [
  ['compare (landing)', './'],
  ['ranking', './?view=ranking'],
  ['trend', './?view=trend'],
  ['pipeline', './?view=pipeline'],
  ['sources', './?view=sources'],
  ['coverage', './?view=coverage'],
  ['coverage, dark', './?view=coverage&theme=dark'],
  ['map', './?view=map'],
  ['map, Portuguese and dark', './?view=map&lang=pt-BR&theme=dark'],
  ['table', './?view=table&markets=singapore,malaysia'],
  ['embed', './?view=ranking&embed=1'],
  [
    'a link asking to load figures from another site',
    './?view=ranking&data=http://198.51.100.7/t.csv',
  ],
  ['dark theme', './?view=ranking&theme=dark'],
  ['Portuguese, compare', './?lang=pt-BR'],
  ['Portuguese, dark trend', './?view=trend&lang=pt-BR&theme=dark'],
] as const

for (const [name, url] of PAGES) {
  test(`axe finds no violations: ${name}`, async ({ page }) => {
    // axe reads every node of a view with a few hundred table cells: on a busy 2-core machine
    // that alone can take half a minute.
    test.setTimeout(60_000)
    await page.goto(url)
    await expect(page.locator('.chart-frame, .table-view').first()).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
    expect(summary).toEqual([])
  })
}

test('axe finds no violations: dark from the system (no theme= in the link)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('./?view=ranking')
  await expect(page.locator('.chart-frame').first()).toBeVisible()
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

for (const [name, url] of [
  ['the claim by whose numbers, opened', './'],
  ['the claim by whose numbers, Portuguese, dark, on a phone', './?lang=pt-BR&theme=dark'],
] as const)
  test(`axe finds no violations: ${name}`, async ({ page }) => {
    test.setTimeout(60_000)
    if (name.includes('phone')) await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url)
    await page.locator('.claim-check__details summary').click()
    await expect(page.locator('.claim-check__table').first()).toBeVisible()
    const results = await new AxeBuilder({ page }).include('.claim-card').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  })
