import { readFileSync } from 'node:fs'
import { bar, barLabelsTopDown, expect, tableRow, test } from './fixtures'

// Record rows 234 and 222: London 1,400 MW (Knight Frank, Q3 2025), Singapore 1,002 MW
// (Cushman & Wakefield, H1 2025).
test('lang=pt-BR: Portuguese words and Brazilian numbers in the chart, table and controls', async ({
  page,
}) => {
  await page.goto('./?view=ranking&markets=singapore,london&lang=pt-BR')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Capacidade operacional por mercado, 2025',
  )
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR')
  await expect.poll(() => barLabelsTopDown(page)).toEqual(['1.400', '1.002'])
  await expect(tableRow(page, 'singapore')).toContainText('1.002 MW')
  await expect(page.getByRole('tab', { name: 'Comparar' })).toBeVisible()
  await expect(page.getByLabel('Métrica')).toBeVisible()
  await expect(page.locator('.chart-frame__summary')).toContainText('fica em primeiro')
  await expect(page.locator('.chart-frame__source')).toContainText('Fontes: Cushman & Wakefield')
  // The publisher's own words stay as published.
  await bar(page, 'singapore').hover()
  await expect(page.locator('.figure-tooltip')).toContainText('Período')
  await expect(page.locator('.figure-tooltip')).toContainText('H1 2025')
  await page.getByText('GW', { exact: true }).click()
  await expect.poll(() => barLabelsTopDown(page)).toEqual(['1,4', '1,002'])
  await page.screenshot({ path: 'test-results/screenshots/ranking-pt-BR.png' })
})

test.describe('a Portuguese browser', () => {
  test.use({ locale: 'pt-BR' })

  test('gets Portuguese without lang= in the link, and can switch to English', async ({ page }) => {
    await page.goto('./?view=ranking&markets=singapore')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Capacidade operacional por mercado, 2025',
    )
    await page.getByRole('radio', { name: 'English' }).check({ force: true })
    await expect(page).toHaveURL(/lang=en/)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2025',
    )
    await expect(page.locator('.bar-label')).toHaveText(['1,002'])
    await page.goBack()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Capacidade operacional por mercado, 2025',
    )
  })
})

test('an English page switches to Portuguese, and the choice is in the link', async ({ page }) => {
  await page.goto('./?view=compare')
  await expect(page.getByRole('tab', { name: 'Compare' })).toBeVisible()
  // The Portuguese words load on the click; the switch turns once they are in.
  await page.getByRole('radio', { name: 'Português' }).click({ force: true })
  await expect(page).toHaveURL(/lang=pt-BR/)
  await expect(page.getByRole('tab', { name: 'Comparar' })).toBeVisible()
  await expect(page.getByText('Verificar a afirmação')).toBeVisible()
  // The claim's check in Portuguese with Brazilian numbers; group names stay as the record has them.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Sudeste Asiático (4): cerca de 2.684 MW, cerca de 1,14x London + Frankfurt',
  )
})

test('a notice about a bad link value is in the page’s language', async ({ page }) => {
  await page.goto('./?view=ranking&year=abc&lang=pt-BR')
  // The notice waits for the Portuguese words and its own code: give a busy machine time.
  await expect(page.getByRole('region', { name: 'Avisos sobre este link' })).toContainText(
    'year deve ser um ano de quatro dígitos; mostrando 2025',
    { timeout: 15_000 },
  )
})

test('a Portuguese export: its title, source line and footer are Portuguese', async ({ page }) => {
  await page.goto('./?view=ranking&markets=singapore,london&lang=pt-BR')
  await expect(bar(page, 'london')).toHaveCount(1)
  await page.locator('.chart-frame .export-menu summary').click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG' }).click(),
  ])
  const svg = readFileSync(await file.path(), 'utf8')
  expect(svg).toContain('Capacidade operacional por mercado, 2025')
  expect(svg).toContain('Fontes: Cushman &amp; Wakefield; Knight Frank.')
  expect(svg).toMatch(/Exportado em \d{1,2} de [a-zç]+ de \d{4} desta visão:/)
  expect(svg).toContain('>1.400<')
})

test.describe('Portuguese words that cannot load', () => {
  test.use({ expectedErrors: [/Failed to load resource|dynamically imported module/] })

  test('say so, keep the page in English, and a retry switches', async ({ page }) => {
    const words = '**/assets/messages.pt-BR-*.js'
    await page.route(words, (route) => route.abort('internetdisconnected'))
    await page.goto('./?view=ranking&markets=singapore')
    await expect(bar(page, 'singapore')).toHaveCount(1)
    await page.getByRole('radio', { name: 'Português' }).click({ force: true })
    await expect(page.getByRole('alert')).toContainText(
      'The words of Português could not be loaded; the page stays as it is.',
    )
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2025',
    )
    await expect(page).not.toHaveURL(/lang=/)
    await page.unroute(words)
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page).toHaveURL(/lang=pt-BR/)
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Capacidade operacional por mercado, 2025',
    )
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})

test.describe('Portuguese all the way', () => {
  for (const width of [1280, 390])
    test(`at ${width} px the claim's groups and the datasets are named in Portuguese; a reader's group keeps its name`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 })
      await page.goto('./?lang=pt-BR')
      const frame = page.locator('.chart-frame').first()
      await expect(page.getByRole('heading', { level: 2 })).toContainText('Sudeste Asiático (4)')
      const source = frame.locator('.chart-frame__source')
      await expect(source).toContainText('Sudeste Asiático 20')
      await expect(source).toContainText('Europa 20')
      // Nothing the chart itself says names the region in English (the claim card quotes its
      // source, in the source's words, and stays as quoted).
      for (const part of ['.chart-frame__header', '.chart-frame__caption', '.chart-legend', 'svg'])
        await expect(frame.locator(part).first()).not.toContainText('Southeast Asia')
      await expect(page.locator('.figures-table tbody')).toContainText('Sudeste Asiático (4)')
      await expect(page.locator('.figures-table tbody')).not.toContainText('Southeast Asia')

      await page.goto(
        `./?lang=pt-BR&groups=${encodeURIComponent('Southeast Asia (4)')}:singapore+johor;${encodeURIComponent('Minha lista')}:london`,
      )
      await expect(page.getByRole('heading', { level: 2 })).toContainText('Southeast Asia (4)')
      await expect(page.getByRole('heading', { level: 2 })).toContainText('Minha lista')
    })
})
