/**
 * The landing as a phone's CPU runs it (Chrome's CPU throttling): every main-thread task from
 * navigation until the app answers a tap on a tab, the largest paint and whether the HTML painted
 * it, and where the painted bars stood against the app's. Shared by the benchmark and the
 * browser test, so both measure the same thing.
 */

/** Runs in the page before any of its scripts. */
function watch() {
  const w = window
  w.__takeover = { longTasks: [], lcp: [], goneAt: null, painted: null, app: null }
  const log = w.__takeover
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      log.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) })
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      log.lcp.push({
        time: Math.round(e.startTime),
        size: e.size,
        tag: e.element?.tagName ?? null,
        // An element since removed (the painted copy, once the app took over) was the HTML's.
        painted: e.element ? e.element.closest('#prerender') !== null : true,
      })
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  // Each drawn mark by market and place, rounded to the pixel (as the landing's test reads them).
  const boxes = (root) =>
    [...(root?.querySelectorAll('svg [data-market]') ?? [])]
      .map((mark) => [mark.dataset.market, mark.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0)
      .map(
        ([m, r]) =>
          `${m} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`,
      )
  // Where the painted copy's bars stand once parsed, and the app's the moment the copy goes.
  // Read after the frame that laid it out: reading at DOMContentLoaded forced a layout (45 ms at
  // 4x) into the task that runs the page's script, a cost of the watch, not of the page.
  document.addEventListener('DOMContentLoaded', () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        log.painted ??= boxes(document.getElementById('prerender'))
      }),
    ),
  )
  new MutationObserver((_, observer) => {
    if (document.getElementById('prerender') || !document.getElementById('root')) return
    log.goneAt = Math.round(performance.now())
    log.app = boxes(document.getElementById('root'))
    observer.disconnect()
  }).observe(document, { childList: true, subtree: true })
}

/**
 * Loads `url` in `page` with the CPU slowed `rate` times, taps the tab named `tab` once the app
 * has taken over, and returns what it recorded, times from navigation start.
 */
export async function watchTakeover(page, url, { rate = 4, tab = 'Ranking' } = {}) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  await page.addInitScript(watch)
  await page.goto(url)
  await page.waitForFunction(() => window.__takeover?.goneAt != null, null, { timeout: 60_000 })
  const target = page.getByRole('tab', { name: tab })
  const tappedAt = await page.evaluate(() => performance.now())
  await target.click()
  await page.waitForFunction(
    (name) =>
      [...document.querySelectorAll('[role="tab"]')].some(
        (t) => t.textContent?.trim() === name && t.getAttribute('aria-selected') === 'true',
      ),
    tab,
    { timeout: 60_000 },
  )
  const result = await page.evaluate(() => ({
    ...window.__takeover,
    repliedAt: Math.round(performance.now()),
    firstPaint: Math.round(
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    ),
  }))
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const during = result.longTasks.filter((t) => t.start + t.duration >= result.firstPaint)
  return {
    ...result,
    tappedAt: Math.round(tappedAt),
    longest: Math.max(0, ...during.map((t) => t.duration)),
    lastLcp: result.lcp.at(-1) ?? null,
  }
}
