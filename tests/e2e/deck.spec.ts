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
  const headers = await table.locator('thead th').allInnerTexts()
  const col = (name: RegExp) => headers.findIndex((h) => name.test(h))
  const [figure, publisher] = [col(/^Figure/), col(/^Publisher/)]
  return (await table.locator('tbody tr').all()).map(async (row) => {
    const cells = await row.locator('th, td').allInnerTexts()
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
      for (const { value } of figures) expect(chart).toContain(`<c:v>${value}</c:v>`)
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
