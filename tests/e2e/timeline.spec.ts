import { bar, download, expect, newestDatasets, type Page, test } from './fixtures'

/** The years the bundled files hold operational figures for these markets: what a play must walk. */
const yearsOf = (markets: string[], metric = 'operational') =>
  [
    ...new Set(
      newestDatasets().flatMap((d) =>
        d.observations
          .filter((o) => markets.includes(o.market) && o.metric === metric)
          .map((o) => o.year),
      ),
    ),
  ].sort((a, b) => a - b)

const PAIR = ['johor', 'frankfurt']
const timeline = (page: Page) => page.getByRole('group', { name: 'Timeline' })
const slider = (page: Page) => page.getByRole('slider', { name: 'Year shown' })
const heading = (page: Page) => page.getByRole('heading', { level: 2 })

/** Every title the chart shows from now on, in order (read in the page, not polled from here). */
const recordTitles = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { __titles: string[] }).__titles = seen
    const h2 = document.querySelector('.chart-frame__title') as HTMLElement
    seen.push(h2.textContent ?? '')
    new MutationObserver(() => {
      const text = h2.textContent ?? ''
      if (seen.at(-1) !== text) seen.push(text)
    }).observe(h2, { childList: true, subtree: true, characterData: true })
  })
const titles = (page: Page) =>
  page.evaluate(() => (window as unknown as { __titles: string[] }).__titles)

/**
 * The motion's code, asked for as the pointer reaches the timeline, loaded and run: a step taken
 * before waits 300 ms for it and then happens without motion (a loaded machine takes longer).
 * The response alone is not enough; the module is imported again here, which settles once the
 * page's own import has run.
 */
async function motionLoaded(page: Page, control: import('@playwright/test').Locator) {
  const [response] = await Promise.all([
    page.waitForResponse(/\/motion-[\w-]+\.js$/),
    control.hover(),
  ])
  await page.evaluate((url) => import(url).then(() => undefined), response.url())
}

/**
 * The most animations of a chart's marks (anything inside an svg) running at once over the next
 * `ms` milliseconds: a button's hover transition is not the chart moving.
 */
const mostAnimations = (page: Page, ms: number) =>
  page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let most = 0
        const end = performance.now() + ms
        const look = () => {
          const marks = document.getAnimations().filter((a) => {
            const target = (a.effect as KeyframeEffect | null)?.target
            return target instanceof Element && target.closest('svg') !== null
          })
          most = Math.max(most, marks.length)
          if (performance.now() < end) requestAnimationFrame(look)
          else resolve(most)
        }
        look()
      }),
    ms,
  )

test.describe('timeline', () => {
  test('Play walks every year with figures, one a second, and stops at the last', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    const years = yearsOf(PAIR)
    expect(years.length).toBeGreaterThan(2)
    const first = years[0] as number
    await page.goto(`./?view=ranking&markets=${PAIR.join(',')}&year=${first}`)
    await expect(heading(page)).toHaveText(`Operational capacity by market, ${first}`)
    await expect(timeline(page).locator('.timeline__years')).toHaveText(years.join(''))
    await recordTitles(page)
    const started = Date.now()
    await page.getByRole('button', { name: 'Play' }).click()
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({
      timeout: years.length * 2000,
    })
    const elapsed = Date.now() - started
    expect(await titles(page)).toEqual(years.map((y) => `Operational capacity by market, ${y}`))
    // About a second a year: not a flicker through, not stuck.
    expect(elapsed).toBeGreaterThan((years.length - 1) * 800)
    await expect(page).toHaveURL(new RegExp(`year=${years.at(-1)}`))
    await expect(slider(page)).toHaveAttribute('aria-valuetext', String(years.at(-1)))
    // Play on the last year starts over from the first.
    await page.getByRole('button', { name: 'Play' }).click()
    await expect(heading(page)).toHaveText(`Operational capacity by market, ${first}`)
    // Pause holds the year it stopped on.
    await page.getByRole('button', { name: 'Pause' }).click()
    const paused = await heading(page).textContent()
    await page.waitForTimeout(1300)
    await expect(heading(page)).toHaveText(paused ?? '')
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  })

  test('a play is one history entry: Back returns to the year before it', async ({ page }) => {
    const years = yearsOf(PAIR)
    const start = years.at(-3) as number
    await page.goto(`./?view=ranking&markets=${PAIR.join(',')}&year=${start}`)
    await expect(slider(page)).toHaveAttribute('aria-valuetext', String(start))
    const before = await page.evaluate(() => history.length)
    await page.getByRole('button', { name: 'Play' }).click()
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 5000 })
    await expect(page).toHaveURL(new RegExp(`year=${years.at(-1)}`))
    expect(await page.evaluate(() => history.length)).toBe(before + 1)
    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`year=${start}`))
    await expect(heading(page)).toHaveText(`Operational capacity by market, ${start}`)
  })

  test('a shared link opens paused on its year', async ({ page }) => {
    const year = yearsOf(PAIR)[1] as number
    await page.goto(`./?view=ranking&markets=${PAIR.join(',')}&year=${year}`)
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
    await page.waitForTimeout(1500)
    await expect(heading(page)).toHaveText(`Operational capacity by market, ${year}`)
    await expect(page).toHaveURL(new RegExp(`year=${year}`))
  })

  test('keyboard: arrows move the slider a year, Space plays and pauses, the year is announced', async ({
    page,
  }) => {
    const years = yearsOf(PAIR)
    const last = years.at(-1) as number
    const previous = years.at(-2) as number
    await page.goto(`./?view=ranking&markets=${PAIR.join(',')}&year=${last}`)
    await slider(page).focus()
    await page.keyboard.press('ArrowLeft')
    await expect(heading(page)).toHaveText(`Operational capacity by market, ${previous}`)
    await expect(page).toHaveURL(new RegExp(`year=${previous}`))
    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    await expect(timeline(page).getByRole('status')).toHaveText(String(last), { timeout: 3000 })
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
    await expect(slider(page)).toBeFocused()
  })

  test('bars move to their new places; with reduced motion the step happens without tweening', async ({
    page,
  }) => {
    const years = yearsOf(PAIR)
    const last = years.at(-1) as number
    await page.goto(`./?view=ranking&year=${last}`)
    await expect(bar(page, 'johor')).toBeVisible()
    // The motion's code loads as the pointer reaches the timeline; on a loaded machine it can
    // take longer than the 300 ms a step waits for it, so the test lets it arrive first.
    const previous = page.getByRole('button', { name: 'Previous year' })
    await motionLoaded(page, previous)
    // Watched from before the click: on a loaded machine the click's reply can come after the
    // 600 ms motion has ended.
    const moving = mostAnimations(page, 1000)
    await previous.click()
    expect(await moving).toBeGreaterThan(5)

    // The first step's motion over, a reader who asks for less motion steps back.
    await page.waitForFunction(() => document.getAnimations().length === 0)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const still = mostAnimations(page, 1000)
    await page.getByRole('button', { name: 'Next year' }).click()
    await expect(heading(page)).toHaveText(`Operational capacity by market, ${last}`)
    expect(await still).toBe(0)
  })

  for (const [view, query] of [
    ['ranking (our bars, names and labels)', '?view=ranking'],
    ['compare (Recharts bars)', '?view=compare'],
    ['map (circles)', '?view=map'],
  ] as const)
    test(`a step's motion starts each mark where it stood: ${view}`, async ({ page }) => {
      await page.goto(`./${query}`)
      const previous = page.getByRole('button', { name: 'Previous year' })
      await motionLoaded(page, previous)
      await expect(page.locator('#root .chart-frame svg [data-market]').first()).toBeVisible()
      // Each mark's box on screen, keyed by what it is and whose, before the step and at the
      // motion's start (every animation rewound to zero and held there).
      const boxes = () =>
        page.evaluate(() => {
          const seen = new Map<string, number>()
          const out: Record<string, number[]> = {}
          for (const el of document.querySelectorAll<SVGGraphicsElement>(
            '#root .chart-frame svg [data-market]',
          )) {
            if (el.hasAttribute('data-still')) continue
            const base = `${el.tagName} ${el.dataset.market} ${el.dataset.group ?? ''} ${el.dataset.stage ?? ''}`
            const n = seen.get(base) ?? 0
            seen.set(base, n + 1)
            const r = el.getBoundingClientRect()
            // Moved only where a reader sees it: in the window, or a quarter of it away.
            const margin = window.innerHeight / 4
            if (r.bottom < -margin || r.top > window.innerHeight + margin) continue
            // A text's length follows its words (a new value): where it starts is its place.
            out[`${base} ${n}`] = el.tagName === 'text' ? [r.x, r.y] : [r.x, r.y, r.width, r.height]
          }
          return out
        })
      const before = await boxes()
      const title = await page.locator('#root .chart-frame__title').textContent()
      const moved = await page.evaluate(async () => {
        // The title before the click: the year may be drawn within the click itself.
        const title = document.querySelector('#root .chart-frame__title')?.textContent
        ;(document.querySelector('.timeline [aria-label="Previous year"]') as HTMLElement).click()
        // Until a mark moves: a chart may draw the year in passes (Recharts' bars a frame after
        // its labels under load), and a leaver's fade may come a frame before the first move.
        const end = performance.now() + 3000
        await new Promise<void>((resolve) => {
          const moves = () =>
            document
              .getAnimations()
              .some((a) =>
                (a.effect as KeyframeEffect)
                  .getKeyframes()
                  .some((k) => k.transform && k.transform !== 'none'),
              )
          const look = () =>
            (document.querySelector('#root .chart-frame__title')?.textContent !== title &&
              moves()) ||
            performance.now() > end
              ? resolve()
              : requestAnimationFrame(look)
          look()
        })
        let moving = 0
        let farOff = 0
        for (const a of document.getAnimations()) {
          a.pause()
          a.currentTime = 0
          const keyframes = (a.effect as KeyframeEffect).getKeyframes()
          if (keyframes.some((k) => k.transform && k.transform !== 'none')) moving++
          // A mark moves where it was or where it goes is in sight (the window and a quarter of
          // its height around it); one out of sight at both ends is not moved.
          const target = (a.effect as KeyframeEffect).target as Element
          const margin = window.innerHeight / 4 + 2
          const outOfSight = () => {
            const r = target.getBoundingClientRect()
            return r.top > window.innerHeight + margin || r.bottom < -margin
          }
          const atEnd = Number(a.effect?.getComputedTiming().duration) - 1
          a.currentTime = atEnd
          const goesOut = outOfSight()
          a.currentTime = 0
          if (target.closest('svg') && goesOut && outOfSight()) farOff++
        }
        return { moving, farOff }
      })
      await expect(page.locator('#root .chart-frame__title')).not.toHaveText(title ?? '')
      expect(moved.moving).toBeGreaterThan(2)
      // What is out of sight is not moved: it goes straight to its place.
      expect(moved.farOff).toBe(0)
      const after = await boxes()
      let compared = 0
      for (const [key, box] of Object.entries(after)) {
        const was = before[key]
        if (!was) continue
        compared++
        box.forEach((v, i) => {
          expect(Math.abs(v - (was[i] as number)), `${key}, coordinate ${i}`).toBeLessThan(1)
        })
      }
      expect(compared).toBeGreaterThan(2)
    })

  test('a step taken while the last one still moves starts each mark once, from where it stood', async ({
    page,
  }) => {
    const years = yearsOf(PAIR)
    await page.goto(`./?view=ranking&year=${years.at(-1)}`)
    await expect(bar(page, 'johor')).toBeVisible()
    const previous = page.getByRole('button', { name: 'Previous year' })
    await motionLoaded(page, previous)
    await previous.click()
    await expect(heading(page)).toContainText(String(years.at(-2)))
    // Within the first step's motion (600 ms), a second one: the animations it starts.
    const started = await page.evaluate(async () => {
      const before = new Set(document.getAnimations())
      ;(document.querySelector('.timeline [aria-label="Previous year"]') as HTMLElement).click()
      // Every frame, the marks' new animations; from the first one seen, 300 ms more. A loaded
      // machine may take a while to start the step, so the window opens when it does.
      const seen = new Set<Animation>()
      const deadline = performance.now() + 5000
      let until = Number.POSITIVE_INFINITY
      await new Promise<void>((resolve) => {
        const look = () => {
          for (const a of document.getAnimations()) {
            const target = (a.effect as KeyframeEffect).target as Element | null
            if (before.has(a) || !target?.hasAttribute('data-market')) continue
            seen.add(a)
            if (until === Number.POSITIVE_INFINITY) until = performance.now() + 300
          }
          const now = performance.now()
          if (now > until || now > deadline) resolve()
          else requestAnimationFrame(look)
        }
        look()
      })
      const marks = [...seen].map((a) => (a.effect as KeyframeEffect).target as Element)
      return {
        marks: marks.length,
        elements: new Set(marks).size,
      }
    })
    await expect(heading(page)).toContainText(String(years.at(-3)))
    expect(started.marks).toBeGreaterThan(5)
    // Before, the first step's watch moved every mark a second time, from two years back.
    expect(started.marks).toBe(started.elements)
  })

  test('the buttons stay under the pointer: the chart keeps room for the year with most bars', async ({
    page,
  }) => {
    // The ranking has bars for more markets in one year than the next.
    await page.goto('./?view=ranking')
    const previous = page.getByRole('button', { name: 'Previous year' })
    await previous.scrollIntoViewIfNeeded()
    const barsBefore = await page.locator('.ranking-chart .recharts-rectangle').count()
    const heightBefore = await page.locator('.ranking-chart').evaluate((e) => e.clientHeight)
    const topBefore = await previous.evaluate((e) => e.getBoundingClientRect().top)
    const scrolledBefore = await page.evaluate(() => window.scrollY)
    const shown = await slider(page).getAttribute('aria-valuetext')
    await previous.click()
    await expect(slider(page)).not.toHaveAttribute('aria-valuetext', String(shown))
    await expect
      .poll(() => page.locator('.ranking-chart .recharts-rectangle').count())
      .not.toBe(barsBefore)
    expect(await page.locator('.ranking-chart').evaluate((e) => e.clientHeight)).toBe(heightBefore)
    const topAfter = await previous.evaluate((e) => e.getBoundingClientRect().top)
    expect(Math.abs(topAfter - topBefore)).toBeLessThan(1)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledBefore)
  })

  for (const [view, width] of [
    ['ranking', 1280],
    ['ranking', 390],
    ['map', 1280],
    ['sources', 1280],
    ['pipeline', 390],
  ] as const)
    test(`Play tells a story on the ${view} at ${width} px: from the first year, one axis, years of few figures marked, the buttons still`, async ({
      page,
    }) => {
      test.setTimeout(60_000)
      await page.setViewportSize({ width, height: 844 })
      await page.goto(`./?view=${view}`)
      await expect(slider(page)).toBeVisible()
      const years = (await timeline(page).locator('.timeline__year').allTextContents()).map(Number)
      const shownFirst = Number(
        await slider(page)
          .getAttribute('aria-valuetext')
          .then((v) => v?.slice(0, 4)),
      )
      // The default year is the latest most markets have: later years are marked as having few.
      const sparse = await timeline(page).locator('.timeline__year--sparse').allTextContents()
      expect(sparse.map(Number)).toContain(years.at(-1))
      expect(sparse.map(Number)).not.toContain(shownFirst)
      await expect(timeline(page)).toContainText(
        'fewer than half the markets in view have a figure',
      )
      const play = page.locator('.timeline__play')
      await play.scrollIntoViewIfNeeded()
      const axisSelector = '.chart-frame .recharts-xAxis .recharts-cartesian-axis-tick-value'
      // Each step is recorded in the page as it is shown, so a slow machine cannot skip one.
      await page.evaluate((axisSelector) => {
        const record = () => ({
          year: document.querySelector('[aria-label="Year shown"]')?.getAttribute('aria-valuetext'),
          play: Math.round(
            document.querySelector('.timeline__play')?.getBoundingClientRect().top ?? 0,
          ),
          scrolled: window.scrollY,
          page: document.documentElement.scrollHeight,
          axis: [...document.querySelectorAll(axisSelector)].map((t) => t.textContent),
        })
        const w = window as unknown as { steps: ReturnType<typeof record>[] }
        w.steps = [record()]
        const input = document.querySelector('[aria-label="Year shown"]') as Element
        new MutationObserver(() =>
          // After the frame the year's chart is drawn in.
          requestAnimationFrame(() => setTimeout(() => w.steps.push(record()))),
        ).observe(input, { attributeFilter: ['aria-valuetext'] })
      }, axisSelector)
      await play.click()
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({
        timeout: years.length * 3000,
      })
      type Step = { year: string; play: number; scrolled: number; page: number; axis: string[] }
      const [before, ...steps] = (await page.evaluate(
        () => (window as unknown as { steps: Step[] }).steps,
      )) as [Step, ...Step[]]
      // Not one step to a year of few figures: the play starts from the first year and shows
      // every year once, in order.
      expect(steps.map((s) => Number(s.year.slice(0, 4)))).toEqual(years)
      for (const step of steps) {
        const year = step.year.slice(0, 4)
        if (sparse.includes(year)) expect(step.year).toMatch(/few figures/)
        // The buttons stay under the pointer, the page unscrolled; it never grows shorter (a
        // caption under the timeline may take a line more).
        expect({ play: step.play, scrolled: step.scrolled }, `in ${year}`).toEqual({
          play: before.play,
          scrolled: before.scrolled,
        })
        expect(step.page, `the page in ${year}`).toBeGreaterThanOrEqual(before.page)
        if (view !== 'map') expect(step.axis, `the axis in ${year}`).toEqual(before.axis)
      }
      await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
      // Stopped, the table follows the chart again.
      if (view !== 'map')
        await expect(page.locator('.figures-table caption').first()).toContainText(
          String(years.at(-1)),
        )
    })

  test('a market without a figure in the new year leaves the chart and is named, never drawn at zero', async ({
    page,
  }) => {
    // A market with a figure in the newest year and none in an earlier year the timeline offers.
    const datasets = newestDatasets()
    const aggregates = new Set(
      datasets.flatMap((d) => d.markets.filter((m) => m.level === 'aggregate').map((m) => m.id)),
    )
    const operational = datasets
      .flatMap((d) => d.observations)
      .filter((o) => o.metric === 'operational' && !aggregates.has(o.market))
    const years = [...new Set(operational.map((o) => o.year))].sort((a, b) => a - b)
    const last = years.at(-2) as number
    const previous = years.at(-3) as number
    const has = (m: string, y: number) => operational.some((o) => o.market === m && o.year === y)
    const leaver = operational.find((o) => o.year === last && !has(o.market, previous))?.market
    expect(leaver).toBeDefined()
    await page.goto(`./?view=ranking&year=${last}`)
    await expect(bar(page, leaver as string)).toHaveCount(1)
    await page.getByRole('button', { name: 'Previous year' }).click()
    await expect(heading(page)).toHaveText(`Operational capacity by market, ${previous}`)
    await expect(bar(page, leaver as string)).toHaveCount(0)
    await expect(page.locator('.chart-frame__missing')).toContainText(`${previous}`)
  })

  test('the compare, pipeline, sources and map views have the timeline; the trend and table do not', async ({
    page,
  }) => {
    for (const view of ['compare', 'pipeline', 'sources', 'map']) {
      await page.goto(`./?view=${view}`)
      await expect(timeline(page)).toBeVisible()
      const shown = Number(await slider(page).getAttribute('aria-valuetext'))
      await page.getByRole('button', { name: 'Previous year' }).click()
      await expect(slider(page)).not.toHaveAttribute('aria-valuetext', String(shown))
      await expect(page).toHaveURL(/year=\d{4}/)
    }
    for (const view of ['trend', 'table']) {
      await page.goto(`./?view=${view}`)
      await expect(page.locator('.chart-frame, .figures-table').first()).toBeVisible()
      await expect(timeline(page)).toHaveCount(0)
    }
    await page.goto('./?view=ranking&embed=1')
    await expect(page.locator('.chart-frame')).toBeVisible()
    await expect(timeline(page)).toHaveCount(0)
  })

  test('the map keeps one circle scale while the years change', async ({ page }) => {
    // A placed city with exactly one figure in each of two years the timeline steps between.
    const datasets = newestDatasets()
    const placed = new Set(
      datasets.flatMap((d) => d.markets.filter((m) => m.lat !== undefined).map((m) => m.id)),
    )
    const operational = datasets
      .flatMap((d) => d.observations)
      .filter((o) => o.metric === 'operational')
    const years = [...new Set(operational.map((o) => o.year))].sort((a, b) => a - b)
    const figures = (m: string, y: number) =>
      operational.filter((o) => o.market === m && o.year === y)
    const pairs = years.slice(1).flatMap((b, i) => {
      const a = years[i] as number
      return [...placed]
        .filter((m) => figures(m, a).length === 1 && figures(m, b).length === 1)
        .map((m) => ({ market: m, a, b }))
        .filter(({ market }) => figures(market, a)[0]?.value !== figures(market, b)[0]?.value)
    })
    const pick = pairs.at(-1)
    expect(pick).toBeDefined()
    const { market, a, b } = pick as { market: string; a: number; b: number }
    const radius = () =>
      page.locator(`circle.map-circle[data-market="${market}"]`).getAttribute('r').then(Number)
    await page.goto(`./?view=map&year=${b}`)
    await expect(heading(page)).toContainText(String(b))
    const rb = await radius()
    await page.getByRole('button', { name: 'Previous year' }).click()
    await expect(heading(page)).toContainText(String(a))
    await page.waitForTimeout(100)
    const ra = await radius()
    // Areas in proportion to the market's own figures in the two years: one scale for both.
    const ratio = (figures(market, b)[0]?.value ?? 0) / (figures(market, a)[0]?.value ?? 1)
    expect((rb / ra) ** 2).toBeCloseTo(ratio, 2)
  })
})

test.describe('animation export', () => {
  test('Download → Animation (WebM) records the play, a second a year, and leaves the view as it was', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000)
    const years = yearsOf(PAIR)
    const query = `./?view=ranking&markets=${PAIR.join(',')}`
    await page.goto(query)
    await expect(timeline(page)).toBeVisible()
    const address = page.url()
    const entries = await page.evaluate(() => history.length)
    const video = await download(page, 'Animation (WebM)')
    expect(video.name).toBe(`operational-capacity-by-market-${years[0]}-${years.at(-1)}.webm`)
    // A WebM file (EBML header), not an empty one.
    expect(video.bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3')
    expect(video.bytes.length).toBeGreaterThan(10_000)
    await expect(page.locator('.export-menu__status')).toContainText(`Saved ${video.name}`)
    // The page is back on the year it showed, with no history entry added.
    expect(page.url()).toBe(address)
    expect(await page.evaluate(() => history.length)).toBe(entries)

    // Played outside the app (its Content-Security-Policy allows no media from blobs): the
    // video lasts a second a year and has the snapshot's size.
    const player = await browser.newPage()
    const played = await player.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const element = document.createElement('video')
      element.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }))
      await new Promise((resolve, reject) => {
        element.onloadedmetadata = resolve
        element.onerror = reject
      })
      return { duration: element.duration, width: element.videoWidth }
    }, video.bytes.toString('base64'))
    await player.close()
    expect(played.duration).toBeGreaterThan(years.length - 0.5)
    expect(played.duration).toBeLessThan(years.length + 2)
    expect(played.width).toBeGreaterThan(600)
  })
})
