import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { RELEASE } from '../../scripts/datasetRelease'
import { parseRows } from '../helpers/recordRows'
import { type CalcCell, readByCalc } from './calc'
import { download, expect, test } from './fixtures'

const CSV_HEADER =
  'group,market,market_id,metric,year,period,value,unit,qualifier,basis,publisher,report,date,url,quote,drawn,note,scope,event_kind,event_title'

/** The bundled release a link without `ds=` opens on. */
const V = RELEASE.version

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/**
 * How many pixels of the right and bottom 6 px strips of a PNG differ from the picture's
 * background (its top-left pixel), decoded by the browser.
 */
async function inkAtTheEdges(page: import('@playwright/test').Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (src) => {
      const image = new Image()
      image.src = src
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
      ctx.drawImage(image, 0, 0)
      const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height)
      const at = (x: number, y: number) => [
        ...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3),
      ]
      const background = at(0, 0)
      const differs = (x: number, y: number) =>
        at(x, y).some((c, i) => Math.abs(c - (background[i] ?? 0)) > 24)
      let ink = 0
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++)
          if ((x >= width - 6 || y >= height - 6) && differs(x, y)) ink++
      return ink
    },
    `data:image/png;base64,${png.toString('base64')}`,
  )
}

/**
 * A CSV opened by LibreOffice Calc (headless) the way a spreadsheet in that language opens it:
 * `separator` and `language` (1046: Portuguese (Brazil), decimal comma; 1033: English (US)). Its
 * cells come back through Calc's HTML export: text as shown, numbers with their value (sdval).
 */
async function readBySpreadsheet(
  page: import('@playwright/test').Page,
  csv: Buffer,
  dir: string,
  separator: ',' | ';',
  language: 1046 | 1033,
): Promise<Array<Array<{ text: string; number?: number }>>> {
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/export.csv`, csv)
  execFileSync('soffice', [
    '--headless',
    `-env:UserInstallation=file://${dir}/profile`,
    `--infilter=CSV:${separator.charCodeAt(0)},34,76,1,,${language}`,
    '--convert-to',
    'html',
    '--outdir',
    dir,
    `${dir}/export.csv`,
  ])
  const html = readFileSync(`${dir}/export.html`, 'utf8')
  const sheet = await page.context().newPage()
  await sheet.setContent(html)
  const cells = await sheet
    .locator('table')
    .first()
    .evaluate((table) =>
      [...(table as HTMLTableElement).rows].map((row) =>
        [...row.cells].map((cell) => {
          const value = cell.getAttribute('sdval')
          return {
            text: cell.textContent ?? '',
            ...(value === null ? {} : { number: Number(value) }),
          }
        }),
      ),
    )
  await sheet.close()
  return cells
}

test.describe('CSV exports opened by a spreadsheet', () => {
  const HOSTILE_GROUPS = 'groups=%3DHYPERLINK(%22http%3A%2F%2Fx%22):singapore+paris;@evil:london'
  const COLUMNS =
    'group,market,market_id,metric,year,period,value,unit,qualifier,basis,publisher,report,date,url,quote,drawn,note,scope,event_kind,event_title'

  for (const [lang, button, separator, language] of [
    ['en', 'CSV of this chart', ',', 1033],
    ['pt-BR', 'CSV para o Excel (;)', ';', 1046],
  ] as const)
    test(`${lang}: ${button} opens in columns, numbers as numbers, quotes and formulas as text`, async ({
      page,
    }, testInfo) => {
      await page.goto(`./?lang=${lang}&year=2025&${HOSTILE_GROUPS}`)
      await expect(page.locator('.compare-chart path.recharts-rectangle').first()).toBeVisible()
      const file = await download(page, button)
      const cells = await readBySpreadsheet(
        page,
        file.bytes,
        testInfo.outputPath('calc'),
        separator,
        language,
      )
      const [header, ...rows] = cells
      // The header and the provenance columns are a data contract: the same in every dialect.
      expect(header?.map((c) => c.text).join(',')).toBe(COLUMNS)
      const column = (name: string) => COLUMNS.split(',').indexOf(name)
      const row = (market: string) => rows.find((r) => r[column('market_id')]?.text === market)
      // Record rows: Singapore 1,002 MW (C&W, H1 2025), Paris 611.2 MW: numbers, not text.
      expect(row('singapore')?.[column('value')]?.number).toBe(1002)
      expect(row('paris')?.[column('value')]?.number).toBe(611.2)
      expect(row('singapore')?.[column('year')]?.number).toBe(2025)
      // Curly apostrophes survive (UTF-8 read as UTF-8), and formula-like text stays text.
      expect(row('singapore')?.[column('quote')]?.text).toContain('Singapore’s')
      expect(row('singapore')?.[column('group')]).toEqual({ text: `'=HYPERLINK("http://x")` })
      expect(row('london')?.[column('group')]).toEqual({ text: "'@evil" })
    })
})

test.describe('SVG exports outside the browser', () => {
  // librsvg (rsvg-convert, Debian's librsvg2-bin) renders like many desktop tools: it ignores the
  // embedded web font, so text must stay inside the frame in whatever font it falls back to.
  for (const theme of ['light', 'dark'] as const)
    test(`every view's SVG rendered by librsvg keeps its text inside the frame (${theme})`, async ({
      page,
    }, testInfo) => {
      for (const view of [
        'compare',
        'ranking',
        'trend',
        'pipeline',
        'sources',
        'coverage',
        'map',
      ]) {
        await page.goto(`./?view=${view}&theme=${theme}`)
        await expect(page.locator('.chart-frame svg').first()).toBeVisible()
        const svg = (await download(page, 'SVG')).bytes
        const png = execFileSync('rsvg-convert', ['--format=png'], { input: svg })
        await testInfo.attach(`${view}-${theme}.png`, { body: png, contentType: 'image/png' })
        expect(await inkAtTheEdges(page, png), `${view}, ${theme}`).toBe(0)
      }
    })
})

test.describe('snapshots for reports', () => {
  test('PNG at 1x, 2x and 3x: the same picture at each scale, exports loaded only on demand', async ({
    page,
  }) => {
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })
    await page.goto(
      './?view=ranking&markets=singapore,malaysia,thailand,indonesia,london,frankfurt&year=2024',
    )
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
    expect(scripts.some((s) => /exportChart/.test(s))).toBe(false)

    const one = await download(page, 'PNG 1x')
    expect(scripts.some((s) => /exportChart/.test(s))).toBe(true)
    expect(one.name).toBe('operational-capacity-by-market-2024.png')
    const base = pngSize(one.bytes)
    expect(base.width).toBeGreaterThanOrEqual(640)
    const two = await download(page, 'PNG 2x')
    expect(two.name).toBe('operational-capacity-by-market-2024@2x.png')
    expect(pngSize(two.bytes)).toEqual({ width: base.width * 2, height: base.height * 2 })
    const three = await download(page, 'PNG 3x')
    expect(pngSize(three.bytes)).toEqual({ width: base.width * 3, height: base.height * 3 })
    await page
      .context()
      .newPage()
      .then(async (viewer) => {
        // Keep the 2x file for people to look at.
        const { writeFileSync, mkdirSync } = await import('node:fs')
        mkdirSync('test-results/screenshots', { recursive: true })
        writeFileSync('test-results/screenshots/export-ranking@2x.png', two.bytes)
        await viewer.close()
      })
  })

  test('SVG holds the title, the legend, the source line, the versions, the date and the link, in the embedded font', async ({
    page,
  }) => {
    await page.goto('./')
    await expect(page.locator('.compare-chart path.recharts-rectangle').first()).toBeVisible()
    const svg = (await download(page, 'SVG')).bytes.toString('utf8')
    expect(svg).toContain(
      '<title>Southeast Asia (4): about 2,684 MW, about 1.14x London + Frankfurt</title>',
    )
    // The words drawn in the picture, its wrapped lines joined again.
    const words = svg
      .replace(/<style>.*?<\/style>/s, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
    expect(words).toContain('Sources: Cushman &amp; Wakefield; JLL; Knight Frank;')
    expect(words).toContain(
      `Data: Megawatt Atlas Asia Pacific (other) ${V}, Europe ${V} and Southeast Asia ${V}.`,
    )
    expect(words).toMatch(/Exported \d{1,2} [A-Z][a-z]+ \d{4} from this view:/)
    expect(words).toContain('ds=')
    expect(words).toContain('Claim: about 2,000 MW')
    for (const member of ['Singapore', 'Malaysia', 'Thailand', 'Indonesia', 'London', 'Frankfurt'])
      expect(words).toContain(member)
    expect(svg).toMatch(
      /@font-face\{font-family:'Atlas Inter';[^}]*src:url\(data:font\/woff2;base64,/,
    )
    expect(svg).not.toContain('var(--')
    // Nothing in the file can run: no script, no event handlers.
    expect(svg).not.toMatch(/<script|onload=|onerror=/i)
  })

  test('CSV: one row per drawn value with its source, formula-like cells neutralised', async ({
    page,
  }) => {
    await page.goto('./?groups=%3DHYPERLINK(%22http%3A%2F%2Fx%22):singapore+johor;@evil:london')
    await expect(page.locator('.compare-chart path.recharts-rectangle').first()).toBeVisible()
    const bytes = (await download(page, 'CSV of this chart')).bytes
    // UTF-8 with a byte-order mark, so Excel does not read it as Windows-1252.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = bytes.subarray(3).toString('utf8')
    const lines = csv.trimEnd().split('\r\n')
    expect(parseRows(csv)[0]?.join(',')).toBe(CSV_HEADER)
    // Record row 220: Singapore, C&W, H1 2025, 1,002 MW. Text is quoted; numbers are not.
    const singapore = lines.find((l) => l.includes(',"singapore",'))
    expect(singapore).toMatch(
      /^"'=HYPERLINK\(""http:\/\/x""\)","Singapore","singapore","operational",2025,"H1 2025",1002,"MW","","it_load","Cushman & Wakefield",/,
    )
    expect(lines.find((l) => l.includes(',"london",'))).toMatch(/^"'@evil","London","london",/)
    expect(lines).toHaveLength(4)
  })

  test('the datasets download as JSON in the dataset format', async ({ page }) => {
    await page.goto('./?view=ranking&markets=singapore')
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
    const file = await download(page, 'Southeast Asia (JSON)')
    expect(file.name).toBe(`sea@${V}.json`)
    const json = JSON.parse(file.bytes.toString('utf8'))
    expect(json.schema).toBe('megawatt-atlas/dataset@1')
    const bundled = JSON.parse(readFileSync(`public/data/sea@${V}.json`, 'utf8'))
    expect(json.observations.length).toBe(bundled.observations.length)
  })

  test('the whole release downloads as the record’s CSV, its datapackage.json and the JSON Schema', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&markets=singapore')
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
    const menu = page.locator('.chart-frame .export-menu')
    await menu.locator('summary').click()
    const save = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        menu.getByRole('link', { name }).click(),
      ])
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') }
    }
    const csv = await save(`Record ${V} (CSV)`)
    expect(csv.name).toBe(`capacity-figures@${V}.csv`)
    expect(csv.text).toBe(readFileSync('record/capacity-figures.csv', 'utf8'))
    const pkg = JSON.parse((await save('datapackage.json')).text)
    expect(pkg.version).toBe(V)
    expect(pkg.resources.map((r: { path: string }) => r.path)).toContain(csv.name)
    const schema = JSON.parse((await save('Dataset format (JSON Schema)')).text)
    expect(schema.properties.schema.const).toBe('megawatt-atlas/dataset@1')
  })

  test('embed=1 shows the chart, its title, caption and source, and no controls', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&markets=singapore,london&embed=1')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2025',
    )
    await expect(page.locator('.chart-frame__source')).toContainText('Sources:')
    await expect(
      page.locator('.controls, .view-bar, .app-header, .export-menu, .figures-table'),
    ).toHaveCount(0)
    const open = page.getByRole('link', { name: 'Open the full view in Megawatt Atlas' })
    await expect(open).toHaveAttribute('href', /\?view=ranking&markets=singapore,london&ds=/)
    await expect(open).not.toHaveAttribute('href', /embed=1/)
  })

  test('Copy embed code gives an iframe pinned to the view and its versions that takes the chart’s height; a plain iframe is offered too', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('./?view=ranking&markets=singapore')
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
    await page.getByRole('button', { name: 'Copy embed code' }).click()
    const code = await page.evaluate(() => navigator.clipboard.readText())
    expect(
      code.startsWith(
        `<iframe src="${new URL('./', page.url()).href}?view=ranking&amp;markets=singapore&amp;ds=sea@${V}&amp;embed=1" title="Operational capacity by market, 2025 · Megawatt Atlas" loading="lazy" data-megawatt-atlas`,
      ),
    ).toBe(true)
    expect(code).toContain('<script>')
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? ''
    expect(src).toContain('embed=1')

    // For a host that allows no script: the plain iframe, a 4:3 frame.
    await page.getByRole('button', { name: /Copy a plain iframe instead/ }).click()
    await expect(page.getByText('Plain iframe copied')).toBeVisible()
    const plain = await page.evaluate(() => navigator.clipboard.readText())
    expect(plain).toContain('style="width:100%;aspect-ratio:4/3;min-height:420px;border:0"')
    expect(plain).not.toContain('<script')
    const framed = await context.newPage()
    await framed.setContent(`<!doctype html>${plain}`)
    await expect(framed.frameLocator('iframe').getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2025',
    )
  })

  test('the responsive embed grows to a long ranking and shrinks to a short one', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    /** The embed code of a view, put in a host page of its own; the frame's height once settled. */
    const hosted = async (query: string) => {
      await page.goto(query)
      await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
      await page.getByRole('button', { name: 'Copy embed code' }).click()
      const code = await page.evaluate(() => navigator.clipboard.readText())
      const host = await context.newPage()
      await host.setContent(`<!doctype html><body style="margin:0"><p>Our report</p>${code}</body>`)
      const frame = host.frameLocator('iframe')
      await expect(frame.locator('.recharts-bar-rectangle').first()).toBeVisible()
      const iframe = host.locator('iframe')
      // Settled: the frame is as tall as the page inside it, which then has nothing to scroll.
      await expect
        .poll(async () => {
          const inside = await frame
            .locator('html')
            .evaluate((html) => html.scrollHeight - html.clientHeight)
          const height = (await iframe.boundingBox())?.height ?? 0
          return inside === 0 && height !== 480 ? height : 0
        })
        .toBeGreaterThan(0)
      const bars = await frame.locator('.recharts-bar-rectangle').count()
      const height = (await iframe.boundingBox())?.height ?? 0
      await host.close()
      return { bars, height }
    }
    const long = await hosted('./?view=ranking&year=2024')
    const short = await hosted('./?view=ranking&markets=singapore,london')
    expect(long.bars).toBeGreaterThan(20)
    expect(short.bars).toBe(2)
    // The default 4:3 frame is 480 px tall here: the long ranking needs more, two bars less.
    expect(long.height).toBeGreaterThan(long.bars * 25)
    expect(short.height).toBeLessThan(480)
  })

  test('printing shows the chart and its caption, not the controls', async ({ page }) => {
    await page.goto('./')
    await expect(page.locator('.compare-chart path.recharts-rectangle').first()).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.controls')).toBeHidden()
    await expect(page.locator('.view-bar')).toBeHidden()
    await expect(page.locator('.group-editor')).toBeHidden()
    await expect(page.locator('.chart-frame')).toBeVisible()
    await expect(page.locator('.chart-frame__source')).toBeVisible()
    await page.pdf({ path: 'test-results/screenshots/print.pdf' })
  })
})

test.describe('text stays text, days are dates: the CSV and the workbook in Calc', () => {
  const COLUMNS = CSV_HEADER.split(',')
  const column = (name: string) => COLUMNS.indexOf(name)
  /** What each column must be, however the file was opened. */
  const expectTyped = (rows: CalcCell[][], written: string[][], what: string) => {
    expect(rows.length, what).toBe(written.length)
    rows.forEach((row, i) => {
      const source = written[i] ?? []
      const at = (name: string) => row[column(name)] ?? { type: 'empty', text: '' }
      const said = `${what}, row ${i + 1} (${source[column('market_id')]})`
      for (const name of [
        'market',
        'market_id',
        'period',
        'publisher',
        'report',
        'quote',
        'scope',
      ]) {
        expect(at(name).type, `${said}: ${name}`).toBe('string')
        expect(at(name).text, `${said}: ${name}`).toBe(source[column(name)])
      }
      expect(at('value').type, `${said}: value`).toBe('float')
      expect(Number(at('value').value), `${said}: value`).toBe(
        Number(source[column('value')]?.replace(',', '.')),
      )
      expect(at('year').type, `${said}: year`).toBe('float')
      const day = source[column('date')] ?? ''
      if (/^\d{4}-\d{2}-\d{2}$/.test(day)) {
        expect(at('date').type, `${said}: date`).toBe('date')
        expect(at('date').value?.slice(0, 10), `${said}: date`).toBe(day)
      } else {
        expect(at('date').type, `${said}: a year alone`).toBe('string')
        expect(at('date').text).toBe(day)
      }
    })
  }

  for (const [lang, language, button, separator] of [
    ['en', 1033, 'CSV of this chart', ','],
    ['pt-BR', 1046, 'CSV para o Excel (;)', ';'],
  ] as const)
    test(`${lang}: Calc reads the CSV and the Excel download back cell by cell`, async ({
      page,
    }, testInfo) => {
      // Ranking in 2025: periods like "Oct 2025" and "2025", days and years alone in `date`.
      await page.goto(`./?view=ranking&year=2025&lang=${lang}`)
      await expect(page.locator('.ranking-chart .recharts-rectangle').first()).toBeVisible()
      const csv = (await download(page, button)).bytes
      const written = parseRows(csv.subarray(3).toString('utf8'), separator)
      const [header, ...data] = written
      expect(header?.join(',')).toBe(CSV_HEADER)
      expect(data.length).toBeGreaterThan(10)
      expect(data.some((r) => /^[A-Z][a-z]{2} \d{4}$/.test(r[column('period')] ?? ''))).toBe(true)
      expect(data.some((r) => /^\d{4}$/.test(r[column('period')] ?? ''))).toBe(true)
      expect(data.some((r) => /^\d{4}$/.test(r[column('date')] ?? ''))).toBe(true)
      // Calc told to keep quoted fields as text, and to find dates and numbers in the rest.
      const [fromCsv] = readByCalc(
        csv,
        testInfo.outputPath('csv'),
        'export.csv',
        `CSV:${separator.charCodeAt(0)},34,76,1,,${language},true,true`,
      )
      expectTyped((fromCsv ?? []).slice(1), data, `CSV in ${lang}`)

      const xlsx = await download(
        page,
        lang === 'en' ? 'Excel (.xlsx)' : 'Planilha do Excel (.xlsx)',
      )
      expect(xlsx.name).toMatch(/\.xlsx$/)
      const [figures, sources] = readByCalc(xlsx.bytes, testInfo.outputPath('xlsx'), 'export.xlsx')
      expect(figures?.[0]?.map((c) => c.text).join(',')).toBe(CSV_HEADER)
      expectTyped((figures ?? []).slice(1), data, `XLSX in ${lang}`)
      // Links are links: a HYPERLINK to the row's address.
      const first = figures?.[1]?.[column('url')]
      expect(first?.formula).toContain(`HYPERLINK("${data[0]?.[column('url')]}"`)
      // The second sheet: every source the rows cite, once, with how many figures cite it.
      const cited = new Set(data.map((r) => r[column('url')]))
      expect(sources?.[0]?.map((c) => c.text)).toEqual(['publisher', 'report', 'url', 'figures'])
      expect(new Set(sources?.slice(1).map((r) => r[2]?.text))).toEqual(cited)
      expect(sources?.slice(1).reduce((n, r) => n + Number(r[3]?.value), 0)).toBe(data.length)
    })
})
