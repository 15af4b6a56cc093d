import { type Takeover, watchTakeover } from '../../scripts/takeoverWatch.mjs'
import { expect, test } from './fixtures'

/**
 * The landing on a phone's CPU (Chrome's CPU throttling, 4x). Timing tests: this file runs in a
 * project of its own after every other browser test (playwright.config.ts), on a machine no
 * other test is loading.
 */

test('on a phone’s CPU (4x slower) the takeover never blocks a tap: no task over 200 ms until a tapped tab has drawn its view, the painted bars stay, the largest paint is the HTML’s', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000)
  // A shared runner slows a whole load now and then (right after the other suites, the LibreOffice
  // conversions among them, a CI run once had five slow loads in a row): a load is tried up to
  // six times, a moment apart, and the best one must hold every bound (a page that blocks holds
  // none of them in any load).
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    const loads: Takeover[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1500))
      const context = await browser.newContext({ viewport, serviceWorkers: 'block' })
      const page = await context.newPage()
      const load = await watchTakeover(page, './', { rate: 4, tab: 'Ranking' })
      await context.close()
      loads.push(load)
      if (load.longest <= 200) break
    }
    await testInfo.attach(`loads at ${viewport.width}x${viewport.height}`, {
      body: JSON.stringify(loads, null, 1),
      contentType: 'application/json',
    })
    const best = loads.reduce((a, b) => (b.longest < a.longest ? b : a))
    expect(best.longest, `${best.cause}; ${JSON.stringify(best.longTasks)}`).toBeLessThanOrEqual(
      200,
    )
    // The app's bars stood where the painted ones did the moment the painted copy went.
    expect(best.painted?.length).toBeGreaterThan(3)
    expect(best.app).toEqual(best.painted)
    // The largest paint was made from the HTML, not moved to the app's copy at the takeover.
    expect(best.lastLcp?.painted).toBe(true)
  }
})
