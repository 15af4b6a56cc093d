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
    // Record rows 222, 47, 228, 18: 1,002 + about 1,025 + 157 + 430; row 234: London 1,400; no 2025 Frankfurt figure.
    await expect(title(page)).toHaveText(
      'Southeast Asia (4): about 2,614 MW, about 1.9x London + Frankfurt',
    )
    for (const market of ['singapore', 'malaysia', 'thailand', 'indonesia'])
      await expect(segment(page, SEA, market)).toHaveCount(1)
    await expect(segment(page, LDN_FRA, 'london')).toHaveCount(1)
    await expect(segment(page, LDN_FRA, 'frankfurt')).toHaveCount(0)
    await expect(
      page.getByText(
        'London + Frankfurt: no sourced figure for 2025 for Frankfurt; the total leaves it out and is a lower bound.',
      ),
    ).toBeVisible()
    const line = page.locator('.compare-chart .recharts-reference-line')
    await expect(page.locator('.compare-chart')).toContainText('Claim: about 2,000 MW')
    // The line sits at 2,000: above London's 1,400, below the top of the SEA stack at 2,614.
    const lineY = (await line.locator('line').boundingBox())?.y ?? 0
    expect(lineY).toBeLessThan((await segment(page, LDN_FRA, 'london').boundingBox())?.y ?? 0)
    expect(lineY).toBeGreaterThan((await segment(page, SEA, 'indonesia').boundingBox())?.y ?? 0)
    // Segment heights follow the figures: Singapore's 1,002 against London's 1,400.
    const sg = (await segment(page, SEA, 'singapore').boundingBox())?.height ?? 0
    const ldn = (await segment(page, LDN_FRA, 'london').boundingBox())?.height ?? 1
    expect(sg / ldn).toBeCloseTo(1002 / 1400, 1)
  })

  test('a segment’s tooltip gives the member’s figure and source', async ({ page }) => {
    await page.goto('./')
    await segment(page, SEA, 'malaysia').hover()
    const tooltip = page.locator('.figure-tooltip')
    await expect(tooltip).toContainText('about 1,025 MW')
    await expect(tooltip).toContainText('JLL')
    await expect(tooltip).toContainText('end-2025')
  })

  test('in a year where every member has a figure, the comparison is complete', async ({
    page,
  }) => {
    await page.goto('./?year=2024&pick=max')
    // 2024, highest: London 1,062 (C&W, H1 2024) + Frankfurt about 845 (Statista, H2 2024).
    await expect(segment(page, LDN_FRA, 'frankfurt')).toHaveCount(1)
    await expect(page.locator('.compare-chart')).toContainText('about 1,907 MW')
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
    await expect(title(page)).toHaveText('Southeast Asia (4): about 2,614 MW')
  })

  test('a group holding a market and its parent warns, and the inner market is not added twice', async ({
    page,
  }) => {
    await page.goto('./')
    await page.getByLabel('Add a market to Southeast Asia (4)').selectOption({ label: 'Johor' })
    await expect(
      page.getByText(
        'Southeast Asia (4) holds Malaysia and Johor, which lies inside it: Johor’s about 897 MW is not added again.',
      ),
    ).toBeVisible()
    await expect(title(page)).toHaveText(/^Southeast Asia \(4\): about 2,614 MW/)
    await expect(segment(page, SEA, 'johor')).toHaveCount(0)
    await expect(page.locator('.figures-table tr[data-market="johor"]')).toContainText(
      'inside Malaysia: not added again',
    )
  })

  test('turning the claim off keeps the groups and drops the line', async ({ page }) => {
    await page.goto('./')
    await page.getByLabel('Check the claim').uncheck()
    await expect(page).toHaveURL(/claim=none/)
    await expect(page.locator('.compare-chart .recharts-reference-line')).toHaveCount(0)
    await expect(segment(page, SEA, 'singapore')).toHaveCount(1)
  })
})
