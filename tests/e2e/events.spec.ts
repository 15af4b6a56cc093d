import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseRows } from '../helpers/recordRows'
import { download, expect, type Page, test } from './fixtures'

/** events.csv as the tests read it (their own parser): what the chart must mark. */
function csvEvents(): Array<Record<string, string>> {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'record', 'events.csv'), 'utf8')
  const [header = [], ...body] = parseRows(text)
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])))
}
const ofMarket = (name: string) =>
  csvEvents().filter((r) => (r.market ?? '').replace(/\s*\(country\)\s*/, '') === name)

/** The years a line's markers stand in: its own events' and its country's, in the years drawn. */
const markedYears = (names: string[], drawn: number[]) =>
  [...new Set(names.flatMap((n) => ofMarket(n).map((r) => Number((r.date ?? '').slice(0, 4)))))]
    .filter((y) => drawn.includes(y))
    .sort((a, b) => a - b)

const TREND = './?view=trend&markets=singapore,amsterdam,dublin'
const drawnYears = async (page: Page) =>
  (
    await page
      .locator('.trend-column')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-year')))
  ).map(Number)

const row = (page: Page, market: string) =>
  page.locator(`#root .trend-events__row[data-market="${market}"]`)

test.describe('events', () => {
  test('the trend of Singapore, Amsterdam and Dublin marks each of their events in range; hover and keyboard read one', async ({
    page,
  }) => {
    await page.goto(TREND)
    await expect(row(page, 'singapore').locator('.event-marker').first()).toBeVisible()
    const years = await drawnYears(page)
    for (const [id, names] of [
      ['singapore', ['Singapore']],
      ['amsterdam', ['Amsterdam']],
      // Ireland's national events are Dublin's too.
      ['dublin', ['Dublin', 'Ireland']],
    ] as const) {
      const expected = markedYears([...names], years)
      expect(expected.length, id).toBeGreaterThan(0)
      const shown = (
        await row(page, id)
          .locator('.event-marker')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-year')))
      ).map(Number)
      expect(shown, id).toEqual(expected)
    }
    // The key names each kind drawn beside its shape, and the national tint.
    const key = page.locator('#root .events-key')
    for (const kind of ['Moratorium', 'Moratorium lifted', 'Grid limit', 'Policy'])
      await expect(key.getByText(kind, { exact: true })).toHaveCount(1)
    await expect(key).toContainText('tinted: a national event')
    // A marker per spot: Dublin's 2022 holds its own two events and Ireland's revised statement.
    const dublin2022 = ofMarket('Dublin')
      .concat(ofMarket('Ireland'))
      .filter((r) => r.date?.startsWith('2022'))
    const marker = row(page, 'dublin').locator('.event-marker[data-year="2022"]')
    await expect(marker).toHaveAttribute('data-count', String(dublin2022.length))

    // Hover: the card lists each event with its publisher and a link to its page.
    await marker.hover()
    const card = page.locator('#root .event-card')
    await expect(card).toBeVisible()
    for (const r of dublin2022) {
      await expect(card).toContainText(r.title as string)
      await expect(card.locator(`a[href="${r.url}"]`)).toHaveCount(1)
    }
    await expect(card).toContainText('National: Ireland')
    await page.mouse.move(0, 0)
    await expect(card).toHaveCount(0)

    // Keyboard: focus reads the marker; Enter keeps its card open; Escape closes it.
    const lifted = ofMarket('Singapore').find((r) => r.kind === 'moratorium_lifted')
    const sg2022 = row(page, 'singapore').locator('.event-marker[data-year="2022"]')
    await sg2022.focus()
    await expect(sg2022).toHaveAttribute(
      'aria-label',
      new RegExp(`Moratorium lifted: ${(lifted?.title ?? '-').slice(0, 30)}`),
    )
    await expect(card).toContainText(lifted?.title as string)
    await expect(card).toContainText('January 2022')
    await page.keyboard.press('Enter')
    await expect(card.getByRole('button', { name: 'Close' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(card).toHaveCount(0)
  })

  test('in Portuguese the kind and the date are translated, the title kept as recorded', async ({
    page,
  }) => {
    await page.goto(`${TREND}&lang=pt-BR`)
    const lifted = ofMarket('Singapore').find((r) => r.kind === 'moratorium_lifted')
    const marker = row(page, 'singapore').locator('.event-marker[data-year="2022"]')
    await marker.focus()
    const card = page.locator('#root .event-card')
    await expect(card).toContainText('Fim da moratória')
    await expect(card).toContainText('janeiro de 2022')
    await expect(card.locator('[lang="en"]').first()).toHaveText(lifted?.title as string)
    await expect(page.getByRole('checkbox', { name: 'Mostrar eventos' })).toBeChecked()
  })

  test('events=0 hides them and survives a reload; the switch writes it', async ({ page }) => {
    await page.goto(TREND)
    await expect(page.locator('#root .event-marker').first()).toBeVisible()
    const chartBefore = await page.locator('#root .trend-chart svg').first().boundingBox()
    await page.getByRole('checkbox', { name: 'Show events' }).uncheck()
    await expect(page).toHaveURL(/[?&]events=0(&|$)/)
    await expect(page.locator('#root .event-marker')).toHaveCount(0)
    // The lane's room goes with it.
    const chartAfter = await page.locator('#root .trend-chart svg').first().boundingBox()
    expect(chartAfter?.height).toBeLessThan(chartBefore?.height ?? 0)
    await page.reload()
    await expect(page.locator('#root .trend-dot').first()).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'Show events' })).not.toBeChecked()
    await expect(page.locator('#root .event-marker')).toHaveCount(0)
    await page.getByRole('checkbox', { name: 'Show events' }).check()
    await expect(page).not.toHaveURL(/events=/)
    await expect(page.locator('#root .event-marker').first()).toBeVisible()
  })

  test("stepping the ranking onto 2022 names Singapore's lifting of its moratorium; the timeline marks event years", async ({
    page,
  }) => {
    await page.goto('./?view=ranking&year=2021')
    await expect(page.locator('#root .recharts-bar-rectangle').first()).toBeVisible()
    await expect(page.locator('.timeline__event[data-year="2022"]')).toHaveCount(1)
    const lifted = ofMarket('Singapore').find((r) => r.kind === 'moratorium_lifted')
    // The year a view opens on tells the chart's story alone; a step names the year's events.
    await expect(page.locator('.year-events')).toHaveCount(0)
    await page.getByRole('button', { name: 'Next year' }).click()
    const under = page.locator('.year-events')
    await expect(under).toContainText('Events in 2022:')
    await expect(under).toContainText(lifted?.title as string)
    await expect(under.locator(`a[href="${lifted?.url}"]`)).toHaveCount(1)
    // Every 2022 event of a market in view is named, each once.
    const in2022 = csvEvents().filter((r) => r.date?.startsWith('2022'))
    await expect(under.locator('.event-line')).toHaveCount(in2022.length)
  })

  test("playing the ranking onto 2022 names Singapore's lifting of its moratorium under the chart", async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await expect(page.locator('#root .recharts-bar-rectangle').first()).toBeVisible()
    const lifted = ofMarket('Singapore').find((r) => r.kind === 'moratorium_lifted')
    // Each year the play shows is recorded as it is drawn, with the events named under it.
    await page.evaluate(() => {
      const seen: Record<string, string> = {}
      ;(window as unknown as { seen: typeof seen }).seen = seen
      const input = document.querySelector('[aria-label="Year shown"]') as Element
      const record = () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const year = input.getAttribute('aria-valuetext')?.slice(0, 4) ?? ''
            seen[year] = document.querySelector('.year-events')?.textContent ?? ''
          }, 300),
        )
      new MutationObserver(record).observe(input, { attributeFilter: ['aria-valuetext'] })
    })
    await page.getByRole('button', { name: 'Play' }).click()
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 })
    const seen = await page.evaluate(
      () => (window as unknown as { seen: Record<string, string> }).seen,
    )
    expect(seen['2022']).toContain(lifted?.title as string)
    expect(seen['2021'] ?? '').not.toContain(lifted?.title as string)
  })

  test('the sources view lists the events of the markets in view; the table view has an Events table', async ({
    page,
  }) => {
    await page.goto('./?view=sources&markets=johor,malaysia')
    const events = page.getByRole('region', { name: 'Events', exact: true })
    await expect(events).toBeVisible()
    const expected = ofMarket('Johor').length + ofMarket('Malaysia').length
    await expect(events.locator('tbody tr')).toHaveCount(expected)
    await page.goto('./?view=table&markets=london')
    const table = page.getByRole('region', { name: 'Events', exact: true })
    // London's own and the United Kingdom's (national, shown for its city).
    await expect(table.locator('tbody tr')).toHaveCount(
      ofMarket('London').length + ofMarket('United Kingdom').length,
    )
    await expect(table).toContainText(ofMarket('London')[0]?.title as string)
    // The table's CSV carries them as rows of their own.
    const csv = (await download(page, 'CSV')).bytes.toString('utf8')
    const [header = [], ...rows] = parseRows(csv.replace(/^\uFEFF/, ''))
    const titles = rows
      .filter((r) => r[header.indexOf('metric')] === 'event')
      .map((r) => r[header.indexOf('event_title')])
    expect(titles.sort()).toEqual(
      [...ofMarket('London'), ...ofMarket('United Kingdom')].map((r) => r.title).sort(),
    )
  })

  test('the SVG export carries the markers and a numbered key; librsvg draws it; the CSV has the events as rows', async ({
    page,
  }, testInfo) => {
    await page.goto(TREND)
    await expect(page.locator('#root .event-marker').first()).toBeVisible()
    const markers = await page.locator('#root .event-marker').count()
    const svg = (await download(page, 'SVG')).bytes.toString('utf8')
    expect(svg).toContain('Events on the chart')
    expect(svg.match(/class="event-glyph"/g)?.length).toBe(markers)
    // Each marker is numbered in the picture and in the key.
    expect(svg).toContain(`>${markers}. `)
    const lifted = ofMarket('Singapore').find((r) => r.kind === 'moratorium_lifted')
    expect(svg).toContain((lifted?.title ?? '-').replaceAll("'", '&#39;'))
    const png = execFileSync('rsvg-convert', ['--format=png'], { input: Buffer.from(svg) })
    await testInfo.attach('trend-events.png', { body: png, contentType: 'image/png' })
    expect(png.length).toBeGreaterThan(10_000)

    const csv = (await download(page, 'CSV')).bytes.toString('utf8')
    const [header = [], ...rows] = parseRows(csv.replace(/^\uFEFF/, ''))
    const kind = header.indexOf('event_kind')
    const metric = header.indexOf('metric')
    expect(kind).toBeGreaterThan(-1)
    const eventRows = rows.filter((r) => r[metric] === 'event')
    const expected = new Set(
      ['Singapore', 'Amsterdam', 'Dublin', 'Ireland'].flatMap((n) =>
        ofMarket(n).map((r) => r.title),
      ),
    )
    // Each event in the years drawn, once; figure rows leave the event columns empty.
    expect(eventRows.length).toBeGreaterThan(0)
    for (const r of eventRows)
      expect(expected.has(r[header.indexOf('event_title')] ?? '')).toBe(true)
    expect(rows.filter((r) => r[metric] !== 'event').every((r) => r[kind] === '')).toBe(true)
  })

  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const)
    for (const theme of ['light', 'dark'] as const)
      test(`screenshot: the trend with events at ${width}x${height}, ${theme}`, async ({
        page,
      }, testInfo) => {
        await page.setViewportSize({ width, height })
        await page.goto(`${TREND}&theme=${theme}`)
        const marker = page.locator('#root .event-marker').first()
        await expect(marker).toBeVisible()
        await marker.hover()
        await expect(page.locator('#root .event-card')).toBeVisible()
        // The card stays inside the page.
        const card = await page.locator('#root .event-card').boundingBox()
        expect((card?.x ?? -1) >= 0 && (card?.x ?? 0) + (card?.width ?? 0) <= width).toBe(true)
        await page.locator('#root .trend-chart').screenshot({
          path: testInfo.outputPath(`trend-events-${width}-${theme}.png`),
        })
      })
})
