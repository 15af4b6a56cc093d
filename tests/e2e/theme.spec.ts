import { bar, expect, test } from './fixtures'

test('the theme switch follows the system until chosen, and the choice is in the link', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('./?view=ranking')
  await expect(bar(page, 'singapore')).toHaveCount(1)
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  // Auto: the system's dark scheme.
  expect(await background()).toBe('rgb(21, 24, 28)')
  await page.getByRole('radio', { name: 'Light' }).check({ force: true })
  await expect(page).toHaveURL(/theme=light/)
  expect(await background()).toBe('rgb(255, 255, 255)')
  await page.getByRole('radio', { name: 'Dark' }).check({ force: true })
  await expect(page).toHaveURL(/theme=dark/)
  expect(await background()).toBe('rgb(21, 24, 28)')
  await page.screenshot({ path: 'test-results/screenshots/ranking-dark.png' })
  await page.getByRole('radio', { name: 'Auto' }).check({ force: true })
  await expect(page).toHaveURL(/\?view=ranking$/)
})
