import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every browser test fails on a console error, an uncaught exception or a request to another
 * origin: the app must work offline from its own files, with no third party.
 */
export const test = base.extend<{ page: Page; allowedOrigins: string[]; expectedErrors: RegExp[] }>(
  {
    /** Other origins a test deliberately asks for (a user's data= URL). */
    allowedOrigins: [[], { option: true }],
    /** Console errors a test provokes on purpose (the browser logs a failed request). */
    expectedErrors: [[], { option: true }],
    page: async ({ page, baseURL, allowedOrigins, expectedErrors }, use) => {
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedErrors.some((re) => re.test(m.text())))
          problems.push(`console error: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
      page.on('request', (r) => {
        const url = new URL(r.url())
        if (
          !['data:', 'blob:'].includes(url.protocol) &&
          url.origin !== new URL(baseURL ?? '').origin &&
          !allowedOrigins.includes(url.origin)
        )
          problems.push(`request to another origin: ${r.url()}`)
      })
      await use(appTakesOver(page))
      expect(problems, problems.join('\n')).toEqual([])
    },
  },
)

/**
 * The landing drawn at build time shows until the app, drawn underneath, takes its place
 * (src/app/takeOverPrerender.ts); the tests act on the app, so a load waits for that. What the
 * landing looks like before is tested in landing.spec.ts.
 */
function appTakesOver(page: Page): Page {
  const takenOver = () =>
    page.waitForFunction(() => !document.getElementById('prerender'), null, { timeout: 10_000 })
  const goto = page.goto.bind(page)
  const reload = page.reload.bind(page)
  page.goto = async (...args) => {
    const response = await goto(...args)
    // A test that asks for the page at its first byte looks at it before any script has run.
    if (args[1]?.waitUntil !== 'commit') await takenOver()
    return response
  }
  page.reload = async (...args) => {
    const response = await reload(...args)
    await takenOver()
    return response
  }
  return page
}

export type { Page }
export { expect }

/** The bar of one market, by the data-market attribute the chart gives each bar. */
export const bar = (page: Page, market: string) =>
  page.locator(`.recharts-rectangle[data-market="${market}"]`)

export async function barWidth(page: Page, market: string): Promise<number> {
  return Number(await bar(page, market).getAttribute('width'))
}

/**
 * The bars' value labels as a reader sees them, top to bottom. The document keeps each market's
 * marks in one place whatever the year (a ranking's order is only where they are drawn).
 */
export const barLabelsTopDown = (page: Page) =>
  page.locator('.bar-label').evaluateAll((labels) =>
    labels
      .map((l) => ({ y: l.getBoundingClientRect().y, text: l.textContent ?? '' }))
      .sort((a, b) => a.y - b.y)
      .map((l) => l.text),
  )

/** The table row of one market. */
export const tableRow = (page: Page, market: string) =>
  page.locator(`.figures-table tr[data-market="${market}"]`)

export const openMarketPicker = (page: Page) => page.locator('.market-picker summary').click()

/** Clicks one of the chart's Download menu buttons and returns the file it saves. */
export async function download(
  page: Page,
  button: string,
): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.locator('.chart-frame .export-menu, .table-view .export-menu').first()
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: button }).click(),
  ])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

/** The newest bundled datasets, read as files: what a chart must draw, not what it drew. */
export function newestDatasets() {
  const dir = join(import.meta.dirname, '..', '..', 'public', 'data')
  const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as {
    datasets: Array<{ id: string; file: string; version: string }>
  }
  const newest = new Map<string, { file: string; version: string }>()
  for (const d of catalog.datasets)
    if ((newest.get(d.id)?.version ?? '') < d.version) newest.set(d.id, d)
  return [...newest.values()].map(
    (d) =>
      JSON.parse(readFileSync(join(dir, d.file), 'utf8')) as {
        markets: Array<{ id: string; lat?: number; level: string }>
        observations: Array<{ market: string; metric: string; year: number; value: number }>
      },
  )
}
