import { readFileSync, writeFileSync } from 'node:fs'
import { writeImportCsv } from '../../scripts/stressDataset.mjs'
import { bar, expect, test } from './fixtures'

const panel = (page: import('@playwright/test').Page) => page.locator('.user-data')
async function openPanel(page: import('@playwright/test').Page) {
  if ((await panel(page).getAttribute('open')) === null)
    await panel(page).locator('summary').click()
}

test.describe('bring your own dataset', () => {
  test('a CSV file joins the bundled data, survives a reload, and can be removed', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await expect(bar(page, 'sydney')).toHaveCount(1)
    await openPanel(page)
    await page
      .getByLabel(/Drop a CSV or JSON file here/)
      .setInputFiles('public/examples/my-figures.csv')
    await expect(
      page.getByText('Added my-figures: 3 markets, 3 figures. It stays in this browser.'),
    ).toBeVisible()
    await expect(
      page.getByText(
        "market id 'sydney' is also in the bundled data; this one is kept apart as 'sydney-yours'",
      ),
    ).toBeVisible()
    // Sydney's H1 2025 row of the record, now also as the user's own market, next to the bundled one.
    await expect(bar(page, 'sydney-yours')).toHaveCount(1)
    await expect(page.locator('.figures-table tr[data-market="sydney-yours"]')).toContainText(
      '733 MW',
    )

    await page.reload()
    await expect(bar(page, 'sydney-yours')).toHaveCount(1)
    await expect(page.locator('.user-data summary')).toHaveText('Your data (1)')

    // The user's markets can be grouped like any other.
    await page.goto(
      './?groups=Mine:sydney-yours+hong-kong-yours;Bundled:sydney+hong-kong&year=2025',
    )
    await expect(page.getByRole('heading', { level: 2 })).toContainText('Mine:')

    await openPanel(page)
    await page.getByRole('button', { name: 'Remove my-figures' }).click()
    await expect(page.locator('.user-data summary')).toHaveText('Your data')
    await page.reload()
    await expect(page.locator('.user-data summary')).toHaveText('Your data')
  })

  test('an invalid file is refused with each problem, its row and field, and nothing else changes', async ({
    page,
  }) => {
    await page.goto('./?view=ranking&markets=singapore,london')
    await openPanel(page)
    await page
      .getByLabel(/Drop a CSV or JSON file here/)
      .setInputFiles('tests/e2e/files/bad-figures.csv')
    const alert = page.locator('.user-data__problems')
    await expect(alert).toContainText('bad-figures.csv was not added: it has these problems:')
    await expect(alert).toContainText("row 2: value_mw: 'abc' is not a number")
    await expect(alert).toContainText("row 3: year: '20x3' is not a four-digit year")
    await expect(alert).toContainText("row 3: metric: 'capacity' is not a metric")
    await expect(alert).toContainText("row 3: url: 'ftp://example.org/r' is not an http(s) URL")
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await expect(page).toHaveURL(/\?view=ranking&markets=singapore,london$/)
  })

  test('data= loads a dataset from a URL into the view', async ({ page }) => {
    await page.goto(
      './?view=ranking&markets=tokyo-yours,tokyo&year=2023&data=examples/my-dataset.json',
    )
    await expect(bar(page, 'tokyo-yours')).toHaveCount(1)
    await expect(bar(page, 'tokyo')).toHaveCount(1)
    // Figures that came with a link carry where they came from (the host that served the file),
    // and are not called ours.
    const host = new URL(page.url()).host
    await expect(page.locator('.chart-frame__source')).toContainText(
      `Not Megawatt Atlas data: My dataset (Tokyo, from the record) (from ${host}).`,
    )
    await expect(page.locator('.figures-table tr[data-market="tokyo-yours"]')).toContainText(
      `Tokyo (from ${host})`,
    )
  })
})

test.describe('data= failures say which', () => {
  test.use({ expectedErrors: [/Failed to load resource/] })

  test('a missing file: the server answered 404', async ({ page }) => {
    await page.goto('./?view=ranking&markets=singapore&data=examples/missing.json')
    await expect(page.getByRole('alert')).toContainText(
      'The dataset at examples/missing.json could not be loaded: the server answered 404 Not Found.',
    )
    await expect(bar(page, 'singapore')).toHaveCount(1)
  })

  test('a file that is not a dataset', async ({ page }) => {
    await page.goto('./?view=ranking&markets=singapore&data=data/catalog.json')
    await expect(page.getByRole('alert')).toContainText(
      'could not be loaded: it is not a dataset: ',
    )
  })
})

test.describe('a large file', () => {
  test('a 5 MB CSV is read off the page with its progress; Cancel adds nothing; then it is added', async ({
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('large-figures.csv')
    const { rows } = writeImportCsv(file)
    await page.goto('./?view=ranking')
    await openPanel(page)
    const drop = page.getByLabel(/Drop a CSV or JSON file here/)

    await drop.setInputFiles(file)
    const running = page.locator('.user-data__running')
    await expect(running).toContainText(/large-figures\.csv|Reading/)
    // The page keeps answering while the file is read: the theme switch works meanwhile.
    await page.getByText('Dark', { exact: true }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.locator('.user-data__problems')).toContainText(
      'large-figures.csv was not added: the import was cancelled',
    )
    await expect(running).toHaveCount(0)
    await expect(bar(page, 'import-test-market-1')).toHaveCount(0)

    // Read to the end: the rows are counted as they are read, then every figure is added.
    await drop.setInputFiles(file)
    await expect(running).toContainText(
      new RegExp(`row [\\d,]+ of ${rows.toLocaleString('en')}|Checking large-figures\\.csv`),
    )
    await expect(page.getByText(/^Added large-figures: 50 markets, 25,000 figures\./)).toBeVisible({
      timeout: 20_000,
    })
    expect(rows).toBe(25_000)
  })

  test('a large file with a bad row is refused with that row, as a small one is', async ({
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('large-bad.csv')
    writeImportCsv(file)
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n')
    const last = lines.length
    lines[last - 1] = (lines[last - 1] ?? '').replace(
      ',Southeast Asia,2025,',
      ',Southeast Asia,20x5,',
    )
    writeFileSync(file, `${lines.join('\n')}\n`)
    await page.goto('./?view=ranking')
    await openPanel(page)
    await page.getByLabel(/Drop a CSV or JSON file here/).setInputFiles(file)
    await expect(page.locator('.user-data__problems')).toContainText(
      `row ${last}: year: '20x5' is not a four-digit year`,
      { timeout: 20_000 },
    )
  })
})

test.describe('an import that cannot run', () => {
  test.use({ expectedErrors: [/Failed to load resource|net::ERR_FAILED/] })

  test('a reader whose import code cannot load (offline) is told so; nothing is added', async ({
    page,
  }) => {
    await page.goto('./?view=ranking')
    await page.route(/importWorker-[\w-]+\.js$/, (route) => route.abort('failed'))
    await openPanel(page)
    await page
      .getByLabel(/Drop a CSV or JSON file here/)
      .setInputFiles('public/examples/my-figures.csv')
    await expect(page.locator('.user-data__problems')).toContainText(
      'my-figures.csv was not added: it could not be read or kept in this browser',
    )
    await expect(page.locator('.user-data__running')).toHaveCount(0)
    await expect(bar(page, 'sydney-yours')).toHaveCount(0)
    await expect(page.locator('.user-data summary')).toHaveText('Your data')
  })
})

test.describe('data= from another site', () => {
  test.use({
    allowedOrigins: ['https://data.example.org'],
    expectedErrors: [/CORS|Failed to load resource|net::/],
  })

  test('an unreachable or CORS-blocked address', async ({ page }) => {
    await page.route('https://data.example.org/**', (route) => route.abort('failed'))
    await page.goto('./?view=ranking&markets=singapore&data=https://data.example.org/figures.csv')
    await page.getByRole('button', { name: 'Load' }).click()
    await expect(page.getByRole('alert')).toContainText(
      'could not be loaded: it could not be reached: the network failed, or the server does not let other sites read it (CORS).',
    )
    await expect(bar(page, 'singapore')).toHaveCount(1)
  })
})
