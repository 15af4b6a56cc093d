/**
 * Download → PowerPoint: a slide whose chart is PowerPoint's own (values, series, labels), whose
 * notes cite every figure, opened by LibreOffice Impress as a reader's office suite would.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import JSZip from 'jszip'
import { download, expect, test } from './fixtures'

type Deck = { zip: JSZip; text: (path: string) => Promise<string> }

async function openDeck(bytes: Buffer): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes)
  return { zip, text: async (path) => (await zip.file(path)?.async('string')) ?? '' }
}

const parts = (deck: Deck, pattern: RegExp) =>
  Object.keys(deck.zip.files).filter((f) => pattern.test(f))
const fromXml = (xml: string) =>
  xml
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')

/** The figures the page's table lists for the chart: value (MW) and publisher, as a reader sees them. */
async function tableFigures(page: import('@playwright/test').Page) {
  const table = page.locator('.figures-table').first()
  await expect(table.locator('tbody tr').first()).toBeVisible()
  // Text, not innerText: a table below the fold is not laid out (content-visibility) and has none.
  const headers = await table.locator('thead th').allTextContents()
  const col = (name: RegExp) => headers.findIndex((h) => name.test(h))
  const [figure, publisher] = [col(/^Figure/), col(/^Publisher/)]
  return (await table.locator('tbody tr').all()).map(async (row) => {
    const cells = await row.locator('th, td').allTextContents()
    return {
      value: Number((cells[figure] ?? '').replace(/[^\d.]/g, '')),
      publisher: cells[publisher] ?? '',
    }
  })
}

/** The deck as LibreOffice Impress reads it: its PDF's text and its first page as a PNG. */
function openInImpress(bytes: Buffer, dir: string): { text: string; png: string } {
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/deck.pptx`, bytes)
  execFileSync('soffice', [
    '--headless',
    `-env:UserInstallation=file://${dir}/profile`,
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    `${dir}/deck.pptx`,
  ])
  const text = execFileSync('pdftotext', ['-layout', `${dir}/deck.pdf`, '-']).toString('utf8')
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    `${dir}/deck.pdf`,
    `${dir}/page`,
  ])
  return { text, png: `${dir}/page-1.png` }
}

test.describe('Download → PowerPoint', () => {
  for (const [view, address] of [
    ['landing', '/'],
    ['ranking', '/?view=ranking'],
    ['trend', '/?view=trend'],
    ['pipeline', '/?view=pipeline'],
  ] as const) {
    test(`the ${view}: a native chart with the view's values, its title, the sources in the notes, read by Impress`, async ({
      page,
    }, testInfo) => {
      await page.goto(address)
      await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
      const title = (await page.locator('#root .chart-frame__title').first().innerText()).trim()
      const figures = await Promise.all(await tableFigures(page))
      expect(figures.length).toBeGreaterThan(1)

      const file = await download(page, 'PowerPoint (.pptx)')
      expect(file.name).toMatch(/\.pptx$/)
      await expect(page.locator('.export-menu__status')).toContainText(file.name)
      const deck = await openDeck(file.bytes)
      expect(parts(deck, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1)
      const [chartPart] = parts(deck, /^ppt\/charts\/chart\d+\.xml$/)
      expect(chartPart).toBeDefined()
      const chart = await deck.text(chartPart ?? '')
      for (const { value, publisher } of figures)
        expect(chart, `${value} (${publisher})`).toContain(`<c:v>${value}</c:v>`)
      // Every figure's label keeps its qualifier as a number format of its own.
      expect(chart.match(/<c:dLbl>/g)?.length ?? 0).toBeGreaterThanOrEqual(figures.length)
      const slide = fromXml(await deck.text('ppt/slides/slide1.xml'))
      expect(slide).toContain(title)
      expect(slide).toMatch(/ds=/)
      const [notesPart] = parts(deck, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)
      const notes = fromXml(await deck.text(notesPart ?? ''))
      for (const { publisher } of figures) expect(notes).toContain(publisher)
      expect(notes).toContain('https://')

      const impress = openInImpress(file.bytes, testInfo.outputPath('impress'))
      const flat = impress.text.replace(/\s+/g, ' ')
      expect(flat).toContain(title.replace(/\s+/g, ' ').slice(0, 40))
      expect(flat).toMatch(/Sources: /)
      await testInfo.attach(`${view}-slide.png`, { path: impress.png, contentType: 'image/png' })
    })
  }

  test("the landing: the claim is a line across the whole plot, on the columns' scale, named in the legend", async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
    const claim = (await page.locator('#root .claim-line text').first().textContent())?.trim()
    const deck = await openDeck((await download(page, 'PowerPoint (.pptx)')).bytes)
    const [chartPart] = parts(deck, /^ppt\/charts\/chart\d+\.xml$/)
    const chart = await deck.text(chartPart ?? '')
    const line = /<c:lineChart>[\s\S]*?<\/c:lineChart>/.exec(chart)?.[0] ?? ''
    expect(claim).toBeTruthy()
    expect(fromXml(line)).toContain(claim)
    const lineAxis = [...line.matchAll(/<c:axId val="(\d+)"\/>/g)][1]?.[1]
    const valueAxis = (id: string) =>
      new RegExp(`<c:valAx>\\s*<c:axId val="${id}"/>[\\s\\S]*?</c:valAx>`).exec(chart)?.[0] ?? ''
    expect(valueAxis(lineAxis ?? '')).toContain('<c:crossBetween val="midCat"/>')
    expect(valueAxis(lineAxis ?? '')).toContain('<c:tickLblPos val="none"/>')
  })

  test("a second deck in one visit keeps every label's qualifier (its chart part is numbered 2)", async ({
    page,
  }) => {
    await page.goto('/?view=ranking')
    await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
    const figures = (await Promise.all(await tableFigures(page))).length
    const labels = async () => {
      const deck = await openDeck((await download(page, 'PowerPoint (.pptx)')).bytes)
      const [chartPart] = parts(deck, /^ppt\/charts\/chart\d+\.xml$/)
      return { part: chartPart, own: (await deck.text(chartPart ?? '')).match(/<c:dLbl>/g)?.length }
    }
    const first = await labels()
    const second = await labels()
    expect(second.part).not.toBe(first.part)
    expect(first.own).toBeGreaterThanOrEqual(figures)
    expect(second.own).toBe(first.own)
  })

  test('the map: a picture of the map (3x), no chart part, the sources in the notes', async ({
    page,
  }, testInfo) => {
    await page.goto('/?view=map')
    await expect(page.locator('#root circle.map-circle').first()).toBeVisible()
    const file = await download(page, 'PowerPoint (.pptx)')
    const deck = await openDeck(file.bytes)
    expect(parts(deck, /^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(0)
    const [picture] = parts(deck, /^ppt\/media\/image[^/]*\.png$/)
    expect(picture).toBeDefined()
    const png = await deck.zip.file(picture ?? '')?.async('nodebuffer')
    // 3x the map's width on screen at the very least.
    expect(png?.readUInt32BE(16) ?? 0).toBeGreaterThan(1500)
    const [notesPart] = parts(deck, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)
    expect(fromXml(await deck.text(notesPart ?? ''))).toMatch(/• .+: .+ MW/)
    const impress = openInImpress(file.bytes, testInfo.outputPath('impress'))
    expect(impress.text).toMatch(/Sources: /)
    expect(readFileSync(impress.png).subarray(1, 4).toString('latin1')).toBe('PNG')
  })

  test('in Portuguese the slide speaks Portuguese: title, labels, notes', async ({ page }) => {
    await page.goto('/?view=ranking&lang=pt-BR')
    await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
    const title = (await page.locator('#root .chart-frame__title').first().innerText()).trim()
    const file = await download(page, 'PowerPoint (.pptx)')
    const deck = await openDeck(file.bytes)
    expect(fromXml(await deck.text('ppt/slides/slide1.xml'))).toContain(title)
    const [notesPart] = parts(deck, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)
    expect(fromXml(await deck.text(notesPart ?? ''))).toContain('Cada número deste slide')
    const chart = fromXml(await deck.text('ppt/charts/chart1.xml'))
    expect(chart).toMatch(
      /formatCode="&quot;(mais de|cerca de|até) &quot;|formatCode=""(mais de|cerca de|até) "/,
    )
  })

  test('the table view, which has no chart, offers its data and no slide', async ({ page }) => {
    await page.goto('/?view=table')
    const menu = page.locator('.table-view .export-menu').first()
    await menu.locator('summary').click()
    await expect(menu.getByRole('button', { name: 'CSV of this chart' })).toBeVisible()
    await expect(menu.getByRole('button', { name: 'PowerPoint (.pptx)' })).toHaveCount(0)
  })
})

test.describe('a report of several views', () => {
  test('three views added, kept over a reload, reordered and retitled, download as one deck and as a ZIP', async ({
    page,
  }) => {
    const titles: string[] = []
    for (const address of ['/', '/?view=ranking', '/?view=map']) {
      await page.goto(address)
      await expect(page.locator('#root .chart-frame svg').first()).toBeVisible()
      titles.push((await page.locator('#root .chart-frame__title').first().innerText()).trim())
      const menu = page.locator('#root .chart-frame .export-menu').first()
      await menu.locator('summary').click()
      await menu.getByRole('button', { name: 'Add to report' }).click()
      await expect(menu.locator('.export-menu__status')).toContainText('to your report')
    }
    await page.reload()
    const report = page.locator('.report-menu')
    await report.locator('summary').click()
    const entries = report.locator('.report-entry')
    await expect(entries).toHaveCount(3)
    // Each title reads whole in its box (a view's title is longer than the panel is wide).
    for (const box of await report.getByRole('textbox').all())
      expect(
        await box.evaluate(
          (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
        ),
        await box.inputValue(),
      ).toBe(true)
    // Map up twice, landing down once: map, ranking, landing; then the ranking retitled.
    const slide = (n: number) => report.getByRole('textbox', { name: `Title of slide ${n}` })
    await report.getByRole('button', { name: `Move “${titles[2]}” up` }).click()
    await report.getByRole('button', { name: `Move “${titles[2]}” up` }).click()
    await expect(slide(1)).toHaveValue(titles[2] ?? '')
    await report.getByRole('button', { name: `Move “${titles[0]}” down` }).click()
    await expect(slide(3)).toHaveValue(titles[0] ?? '')
    const retitled = 'Ranked: who has the most megawatts'
    const ranking = slide(2)
    await expect(ranking).toHaveValue(titles[1] ?? '')
    await ranking.fill(retitled)
    await ranking.press('Enter')
    // Saved: the entry's buttons say its new title.
    await expect(report.getByRole('button', { name: `Remove “${retitled}”` })).toBeVisible()
    await page.reload()
    await report.locator('summary').click()
    await expect(slide(2)).toHaveValue(retitled)
    await expect(slide(1)).toHaveValue(titles[2] ?? '')

    const [deckFile] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Download the report (.pptx)' }).click(),
    ])
    const deck = await openDeck(readFileSync(await deckFile.path()))
    const slides = parts(deck, /^ppt\/slides\/slide\d+\.xml$/).sort(
      (a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]),
    )
    expect(slides).toHaveLength(5)
    const text = await Promise.all(slides.map(async (s) => fromXml(await deck.text(s))))
    expect(text[0]).toContain('3 views from Megawatt Atlas')
    expect(text[1]).toContain(titles[2])
    expect(text[2]).toContain(retitled)
    expect(text[3]).toContain(titles[0])
    // The closing slide names each source once.
    const closing = text[4] ?? ''
    const cited = [...closing.matchAll(/https?:\/\/[^<\s]+/g)].map((m) => m[0])
    expect(cited.length).toBeGreaterThan(5)
    expect(new Set(cited).size).toBe(cited.length)

    const [zipFile] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('button', { name: 'Download PNG, SVG and CSV (.zip)' }).click(),
    ])
    const zip = await JSZip.loadAsync(readFileSync(await zipFile.path()))
    const names = Object.keys(zip.files).sort()
    expect(names.filter((n) => n.startsWith('01-'))).toHaveLength(3)
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(3)
    expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(3)
    expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(3)

    await report.getByRole('button', { name: `Remove “${retitled}”` }).click()
    await expect(entries).toHaveCount(2)
  })
})

test.describe("a report drawn again from its entries' links", () => {
  /** Adds the view at `address` to the report (the menu in English). */
  async function addView(page: import('@playwright/test').Page, address: string) {
    await page.goto(address)
    await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
    const menu = page.locator('#root .chart-frame .export-menu').first()
    await menu.locator('summary').click()
    await menu.getByRole('button', { name: 'Add to report' }).click()
    await expect(menu.locator('.export-menu__status')).toContainText('to your report')
  }

  /** Downloads the report as a deck from the Report panel: each slide's text and chart values. */
  async function reportDeck(page: import('@playwright/test').Page) {
    const report = page.locator('.report-menu')
    if ((await report.getAttribute('open')) === null) await report.locator('summary').click()
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      report.locator('.report-panel__downloads button').first().click(),
    ])
    const deck = await openDeck(readFileSync(await file.path()))
    const number = (p: string) => Number(/(\d+)\.xml$/.exec(p)?.[1])
    const slides = parts(deck, /^ppt\/slides\/slide\d+\.xml$/).sort((a, b) => number(a) - number(b))
    const charts = parts(deck, /^ppt\/charts\/chart\d+\.xml$/).sort((a, b) => number(a) - number(b))
    return {
      text: await Promise.all(slides.map(async (s) => fromXml(await deck.text(s)))),
      values: await Promise.all(
        charts.map(async (c) =>
          [...(await deck.text(c)).matchAll(/<c:v>([\d.]+)<\/c:v>/g)].map((m) => m[1]),
        ),
      ),
      status: report.locator('.report-panel__status'),
    }
  }

  test('added in English, downloaded in Portuguese: each slide in Portuguese, with the numbers it was added with', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await addView(page, '/?view=ranking')
    await addView(page, '/?view=pipeline')
    const english = await reportDeck(page)
    expect(english.text).toHaveLength(4)
    // The same views in Portuguese, as the page draws them: their titles.
    const titles: string[] = []
    for (const view of ['ranking', 'pipeline']) {
      await page.goto(`/?view=${view}&lang=pt-BR`)
      await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
      titles.push(
        ((await page.locator('#root .chart-frame__title').first().textContent()) ?? '').trim(),
      )
    }
    const portuguese = await reportDeck(page)
    await expect(portuguese.status).toContainText('salvo')
    expect(portuguese.text).toHaveLength(4)
    expect(portuguese.text[1]).toContain(titles[0])
    expect(portuguese.text[2]).toContain(titles[1])
    expect(portuguese.text[1]).not.toContain(english.text[1]?.match(/Operational[^<]*/)?.[0] ?? '—')
    // The links pinned the datasets: the same figures in the same places.
    expect(portuguese.values).toEqual(english.values)
  })

  test.describe('when the link cannot be drawn again', () => {
    test.use({ expectedErrors: [/status of 503/] })
    test('an entry keeps what it was added with, and the panel says so', async ({ page }) => {
      test.setTimeout(120_000)
      await addView(page, '/?view=ranking')
      const title = (
        (await page.locator('#root .chart-frame__title').first().textContent()) ?? ''
      ).trim()
      const figures = await Promise.all(await tableFigures(page))
      // From now on the datasets cannot be fetched: the hidden frame cannot draw the link.
      await page.route(/\/data\/[^/]+@[^/]+\.json$/, (route) => route.fulfill({ status: 503 }))
      const kept = await reportDeck(page)
      await expect(kept.status).toContainText(
        `Kept as added, its link could not be drawn again: “${title}”`,
      )
      expect(kept.text).toHaveLength(3)
      expect(kept.text[1]).toContain(title)
      for (const { value } of figures) expect(kept.values[0]).toContain(String(value))
    })
  })
})
