import { expect, type Page, test } from './fixtures'

const title = (page: Page) => page.getByRole('heading', { level: 2 })
/** The stack segment of one member in one group. */
const segment = (page: Page, group: string, market: string) =>
  page.locator(
    `.compare-chart path.recharts-rectangle[data-group="${group}"][data-market="${market}"]`,
  )
const SEA = 'Southeast Asia (4)'
const LDN_FRA = 'London + Frankfurt'

test.describe('compare and the claim check (the landing view)', () => {
  test('opens on the 2025 claim: groups stacked by member, sums and ratio in the title, the claim as a line', async ({
    page,
  }) => {
    await page.goto('./')
    await expect(page.getByRole('tab', { name: 'Compare' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(page.getByRole('complementary', { name: 'The claim checked' })).toContainText(
      'Singapore, Malaysia, Thailand and Indonesia have about 2,000 MW of data-center capacity',
    )
    // Checked by hand against the record: rows 220 (Singapore 1,002, C&W H1 2025), 47 (Malaysia
    // about 1,025, JLL end-2025), 226 (Thailand 157, Oct 2025), 445 (Indonesia about 500,
    // Structure Research, late 2025); London 1,400 (row 230, Knight Frank Q3 2025) + Frankfurt
    // 964 (row 268, JLL Q1 2025) = 2,364; 2,684 / 2,364 = 1.14.
    await expect(title(page)).toHaveText(
      'Southeast Asia (4): about 2,684 MW, about 1.14x London + Frankfurt',
    )
    for (const market of ['singapore', 'malaysia', 'thailand', 'indonesia'])
      await expect(segment(page, SEA, market)).toHaveCount(1)
    for (const market of ['london', 'frankfurt'])
      await expect(segment(page, LDN_FRA, market)).toHaveCount(1)
    await expect(page.getByText(/is a lower bound/)).toHaveCount(0)
    const line = page.locator('.compare-chart .claim-line')
    await expect(page.locator('.compare-chart')).toContainText('Claim: about 2,000 MW')
    // The line sits at 2,000: below the tops of both stacks (2,684 and 2,364), above London alone.
    const lineY = (await line.locator('line').boundingBox())?.y ?? 0
    expect(lineY).toBeGreaterThan((await segment(page, SEA, 'indonesia').boundingBox())?.y ?? 0)
    expect(lineY).toBeGreaterThan((await segment(page, LDN_FRA, 'frankfurt').boundingBox())?.y ?? 0)
    // Segment heights follow the figures: Singapore's 1,002 against London's 1,400.
    const sg = (await segment(page, SEA, 'singapore').boundingBox())?.height ?? 0
    const ldn = (await segment(page, LDN_FRA, 'london').boundingBox())?.height ?? 1
    expect(sg / ldn).toBeCloseTo(1002 / 1400, 1)
  })

  test('the totals in the title and on the bars are the sums of the figures in the page’s own table', async ({
    page,
  }) => {
    await page.goto('./')
    const table = page.locator('.figures-table')
    await expect(table.locator('tbody tr')).toHaveCount(6)
    const headers = await table.locator('thead th').allInnerTexts()
    const figureAt = headers.findIndex((h) => h.trim().startsWith('Figure'))
    const groupAt = headers.findIndex((h) => h.trim().startsWith('Group'))
    const sums = new Map<string, number>()
    for (const row of await table.locator('tbody tr').all()) {
      const cells = await row.locator('th, td').allInnerTexts()
      const value = Number((cells[figureAt] ?? '').replace(/[^\d.]/g, ''))
      const group = cells[groupAt] ?? ''
      sums.set(group, (sums.get(group) ?? 0) + value)
    }
    const sea = sums.get(SEA) ?? 0
    const ldnFra = sums.get(LDN_FRA) ?? 0
    const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 })
    await expect(title(page)).toContainText(`${SEA}: about ${grouped(sea)} MW`)
    await expect(title(page)).toContainText(`${(sea / ldnFra).toFixed(2)}x ${LDN_FRA}`)
    await expect(page.locator('.compare-chart')).toContainText(`${grouped(ldnFra)} MW`)
  })

  test('a segment’s tooltip gives the member’s figure and source', async ({ page }) => {
    await page.goto('./')
    await segment(page, SEA, 'malaysia').hover()
    const tooltip = page.locator('.figure-tooltip')
    await expect(tooltip).toContainText('about 1,025 MW')
    await expect(tooltip).toContainText('JLL')
    await expect(tooltip).toContainText('end-2025')
  })

  test('the arrow keys read each segment, group by group, each stack from the bottom', async ({
    page,
  }) => {
    await page.goto('./')
    const chart = page.getByRole('group', { name: /Stacked bars/ })
    await chart.focus()
    const card = page.locator('.hover-card .figure-tooltip')
    // The first group's bottom segment, then the one above it: the card says whose figure it is.
    const bottom = await segment(page, SEA, 'singapore').boundingBox()
    const above = await segment(page, SEA, 'malaysia').boundingBox()
    expect(bottom && above && bottom.y > above.y).toBe(true)
    await page.keyboard.press('Home')
    await expect(card).toContainText('Singapore')
    await page.keyboard.press('ArrowRight')
    await expect(card).toContainText('Malaysia')
    await expect(card).toContainText('about 1,025 MW')
    // The last segment is the second group's top.
    await page.keyboard.press('End')
    await expect(card).toContainText('Frankfurt')
    await page.keyboard.press('Escape')
    await expect(card).toHaveCount(0)
  })

  test('in a year where every member has a figure, the comparison is complete', async ({
    page,
  }) => {
    await page.goto('./?year=2024&pick=max')
    // 2024, highest: London 1,065 (Osservatorio, row 525) + Frankfurt "rund 1.050" (Bitkom, row
    // 520, every data centre): about 2,115 MW, complete, and an estimate since one term is.
    await expect(segment(page, LDN_FRA, 'frankfurt')).toHaveCount(1)
    await expect(page.locator('.compare-chart')).toContainText('about 2,115 MW')
    await expect(title(page)).not.toContainText('with a figure')
  })

  test('editing groups: add a market, rename, remove it, add and remove a group; a reload keeps it', async ({
    page,
  }) => {
    await page.goto('./')
    await page.getByLabel('Add a market to London + Frankfurt').selectOption({ label: 'Paris' })
    await expect(segment(page, LDN_FRA, 'paris')).toHaveCount(1)
    await expect(page).toHaveURL(
      /groups=Southeast%20Asia%20\(4\):singapore\+malaysia\+thailand\+indonesia;London%20%2B%20Frankfurt:london\+frankfurt\+paris/,
    )
    const name = page.getByLabel('Group 2 name')
    await name.fill('FLAP')
    await name.press('Enter')
    await expect(title(page)).toContainText('x FLAP')
    await page.getByRole('button', { name: 'Remove Frankfurt from FLAP' }).click()
    await expect(page.getByRole('list', { name: 'Markets in FLAP' })).not.toContainText('Frankfurt')

    await page.reload()
    await expect(title(page)).toContainText('FLAP')
    await expect(page.getByRole('list', { name: 'Markets in FLAP' })).toContainText('Paris')

    await page.getByRole('button', { name: 'Add group' }).click()
    await expect(page.getByLabel('Group 3 name')).toHaveValue('Group 3')
    await page.getByRole('button', { name: 'Remove group' }).nth(2).click()
    await expect(page.getByLabel('Group 3 name')).toHaveCount(0)
    await page.getByRole('button', { name: 'Remove group' }).nth(1).click()
    await expect(title(page)).toHaveText('Southeast Asia (4): about 2,684 MW')
  })

  test('a group holding a market and its parent warns, and the inner market is not added twice', async ({
    page,
  }) => {
    await page.goto('./')
    await page.getByLabel('Add a market to Southeast Asia (4)').selectOption({ label: 'Johor' })
    await expect(
      page.getByText(
        // Row 516: DC Byte's 580 MW, mid-2025, the most recent of Johor's 2025 figures.
        'Southeast Asia (4) holds Malaysia and Johor, which lies inside it: Johor’s 580 MW is not added again.',
      ),
    ).toBeVisible()
    await expect(title(page)).toHaveText(/^Southeast Asia \(4\): about 2,684 MW/)
    await expect(segment(page, SEA, 'johor')).toHaveCount(0)
    await expect(page.locator('.figures-table tr[data-market="johor"]')).toContainText(
      'inside Malaysia: not added again',
    )
  })

  test('on a phone, the group names, the claim’s label and the members’ names do not run into each other', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('./')
    await expect(segment(page, SEA, 'singapore')).toBeVisible()
    type Box = { x: number; y: number; width: number; height: number } | null
    const overlap = (a: Box, b: Box) =>
      !!a &&
      !!b &&
      a.x < b.x + b.width &&
      b.x < a.x + a.width &&
      a.y < b.y + b.height &&
      b.y < a.y + a.height
    const ticks = page.locator('.compare-chart .group-tick')
    const names = await Promise.all(
      [0, 1].map((i) => ticks.nth(i).locator('text').first().boundingBox()),
    )
    expect(overlap(names[0] ?? null, names[1] ?? null)).toBe(false)
    const claim = await page.locator('.compare-chart .claim-label').boundingBox()
    const barWidth = (await segment(page, SEA, 'singapore').boundingBox())?.width ?? 0
    for (const label of await page.locator('.compare-chart .recharts-label-list text').all()) {
      const box = await label.boundingBox()
      expect(overlap(claim, box)).toBe(false)
      // A member's name drawn inside its segment fits in it.
      expect(box?.width ?? 0).toBeLessThanOrEqual(barWidth)
    }
  })

  test('turning the claim off keeps the groups and drops the line', async ({ page }) => {
    await page.goto('./')
    await page.getByLabel('Check the claim').uncheck()
    await expect(page).toHaveURL(/claim=none/)
    await expect(page.locator('.compare-chart .claim-line')).toHaveCount(0)
    await expect(segment(page, SEA, 'singapore')).toHaveCount(1)
  })
})

test.describe('the claim’s label never sits on a bar', () => {
  for (const [name, url, width, height] of [
    ['desktop', './', 1280, 800],
    ['phone', './', 390, 844],
    ['phone, Portuguese', './?lang=pt-BR', 390, 844],
    ['phone embed, Portuguese', './?embed=1&lang=pt-BR', 390, 844],
    ['desktop, 2024', './?year=2024', 1280, 800],
  ] as const)
    test(`${name}: its box meets no segment and no segment label`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.goto(url)
      const label = page.locator('.compare-chart .claim-label')
      await expect(label).toBeVisible()
      // Placed once the bars are drawn (and again when the chart measures its width).
      await page.waitForTimeout(300)
      const boxes = await page
        .locator(
          '.compare-chart path.recharts-rectangle[data-group], .compare-chart .recharts-label-list text',
        )
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))
      expect(boxes.length).toBeGreaterThan(3)
      const own = await label.evaluate((el) => el.getBoundingClientRect().toJSON())
      const hits = boxes.filter(
        (b) =>
          own.left < b.right - 0.5 &&
          b.left < own.right - 0.5 &&
          own.top < b.bottom - 0.5 &&
          b.top < own.bottom - 0.5,
      )
      expect(hits).toEqual([])
      // The label stays inside the chart's drawing.
      const svg = await page.locator('.compare-chart svg.recharts-surface').first().boundingBox()
      expect(own.left).toBeGreaterThanOrEqual((svg?.x ?? 0) - 0.5)
      expect(own.right).toBeLessThanOrEqual((svg?.x ?? 0) + (svg?.width ?? 0) + 0.5)
    })
})
