import { readFileSync } from 'node:fs'
import { download, expect, type Page, test } from './fixtures'

/**
 * A link's data= on another site. Every request to that host is intercepted here (nothing leaves
 * the machine) and counted, so a test can say the page made none before the reader agreed.
 */
const HOST = '198.51.100.7'
const ADDRESS = `http://${HOST}/track.csv`
// What the other site serves: the record's header and its row 30 (Moody's, Johor, "around 897").
const record = readFileSync('record/capacity-figures.csv', 'utf8').split('\n')
const SERVED = `${record[0]}\n${record[29]}\n`

test.use({ allowedOrigins: [`http://${HOST}`] })

async function interceptHost(page: Page, answer: 'serve' | 'fail' = 'serve') {
  const hits: string[] = []
  await page.route(`http://${HOST}/**`, (route) => {
    hits.push(route.request().url())
    return answer === 'serve'
      ? route.fulfill({
          status: 200,
          contentType: 'text/csv',
          headers: { 'access-control-allow-origin': '*' },
          body: SERVED,
        })
      : route.abort('failed')
  })
  return hits
}

const prompt = (page: Page) =>
  page.getByRole('region', { name: `This link asks to add figures from ${HOST}` })

test.describe('a link with data from another site', () => {
  test('asks first; nothing is requested before Load; the figures then come labelled with their origin', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const hits = await interceptHost(page)
    await page.goto(`./?view=ranking&markets=johor,johor-yours&data=${ADDRESS}`)
    await expect(prompt(page)).toContainText('not part of Megawatt Atlas’ sourced data')
    // The bundled figure is drawn meanwhile; the other site has not been asked for anything.
    await expect(page.locator('.recharts-rectangle[data-market="johor"]')).toHaveCount(1)
    await page.waitForTimeout(500)
    expect(hits).toEqual([])

    await prompt(page).getByRole('button', { name: 'Load' }).click()
    const linked = page.locator('.figures-table tr[data-market="johor-yours"]')
    await expect(linked).toContainText(`Johor (from ${HOST})`)
    await expect(linked).toContainText(`Moody's Ratings (from ${HOST})`)
    await expect(linked).not.toContainText('(yours)')
    await expect(prompt(page)).toHaveCount(0)
    expect(hits).toEqual([ADDRESS])
    await expect(page.locator('.chart-frame__source')).toContainText(
      `Not Megawatt Atlas data: track (from ${HOST}).`,
    )
    await page.locator('.recharts-rectangle[data-market="johor-yours"]').hover()
    await expect(page.locator('.figure-tooltip')).toContainText(`Johor (from ${HOST})`)
    // The snapshot says whose figures they are.
    const svg = (await download(page, 'SVG')).bytes.toString('utf8')
    expect(svg).toContain(`track (from ${HOST})`)
    // The link a reader copies keeps data= as it is: the next reader is asked too.
    await page.getByRole('button', { name: 'Copy link' }).click()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(new URL(link).searchParams.get('data')).toBe(ADDRESS)
  })

  test('Ignore keeps the page without those figures, the rest of the link applied, and requests nothing', async ({
    page,
  }) => {
    const hits = await interceptHost(page)
    await page.goto(`./?view=ranking&markets=johor,singapore&year=2024&data=${ADDRESS}`)
    await prompt(page).getByRole('button', { name: 'Ignore' }).click()
    await expect(page.getByText(`Figures from ${HOST} not loaded.`)).toBeVisible()
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Operational capacity by market, 2024',
    )
    await expect(page.locator('.recharts-rectangle[data-market="singapore"]')).toHaveCount(1)
    await page.waitForTimeout(500)
    expect(hits).toEqual([])
    await expect(page).toHaveURL(/data=/)
  })

  test('inside an embedded frame: the same choice, no silent request', async ({ page }) => {
    const hits = await interceptHost(page)
    await page.goto(`./?view=ranking&markets=johor,johor-yours&embed=1&data=${ADDRESS}`)
    await expect(prompt(page)).toBeVisible()
    await expect(page.locator('.controls')).toHaveCount(0)
    await page.waitForTimeout(500)
    expect(hits).toEqual([])
    await prompt(page).getByRole('button', { name: 'Load' }).click()
    await expect(page.locator('.recharts-rectangle[data-market="johor-yours"]')).toHaveCount(1)
    expect(hits).toHaveLength(1)
  })
})

test.describe('a link with data from another site that fails', () => {
  test.use({ expectedErrors: [/CORS|Failed to load resource|net::/] })

  test('after Load, a failure says so, with Try again', async ({ page }) => {
    const hits = await interceptHost(page, 'fail')
    await page.goto(`./?view=ranking&markets=singapore&data=${ADDRESS}`)
    await prompt(page).getByRole('button', { name: 'Load' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(`The dataset at ${ADDRESS} could not be loaded`)
    await expect(page.locator('.recharts-rectangle[data-market="singapore"]')).toHaveCount(1)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => hits.length).toBe(2)
  })
})
