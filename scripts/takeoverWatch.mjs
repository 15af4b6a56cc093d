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
  // What each long frame was made of, to name the longest task's cause: its scripts (file and
  // function), its style and layout, and the rest (the HTML's parsing, the browser's own work).
  log.frames = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      log.frames.push({
        start: e.startTime,
        end: e.startTime + e.duration,
        layout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: [...e.scripts].map((script) => ({
          where: `${(script.sourceURL || script.invoker || '').split('/').pop()}${script.sourceFunctionName ? `#${script.sourceFunctionName}` : ''}`,
          duration: script.duration,
          forcedLayout: script.forcedStyleAndLayoutDuration,
        })),
      })
  }).observe({ type: 'long-animation-frame', buffered: true })
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
 * The longest of `tasks` and what it was made of, from the long animation frame around it: e.g.
 * "scripts 120 ms (index.js#render 90 ms), style and layout 40 ms, the rest 20 ms".
 */
export function longestWithCause(tasks, frames) {
  const task = tasks.reduce((a, b) => (b.duration > (a?.duration ?? -1) ? b : a), null)
  if (!task) return { longest: 0, cause: 'no long task' }
  const end = task.start + task.duration
  const frame = frames
    .map((f) => ({ ...f, overlap: Math.min(end, f.end) - Math.max(task.start, f.start) }))
    .filter((f) => f.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap)[0]
  if (!frame) return { longest: task.duration, cause: 'no frame recorded' }
  const round = (n) => `${Math.round(n)} ms`
  const scripts = frame.scripts.reduce((sum, s) => sum + s.duration, 0)
  const forced = frame.scripts.reduce((sum, s) => sum + s.forcedLayout, 0)
  const top = [...frame.scripts].sort((a, b) => b.duration - a.duration)[0]
  const rest = frame.end - frame.start - scripts - frame.layout
  const parts = [
    scripts > 0 &&
      `scripts ${round(scripts)} (${top.where} ${round(top.duration)}${forced > 0 ? `, forced layout ${round(forced)}` : ''})`,
    frame.layout > 0 && `style and layout ${round(frame.layout)}`,
    rest > 0 && `the rest ${round(rest)}`,
  ].filter(Boolean)
  return { longest: task.duration, cause: parts.join(', ') }
}

/**
 * What the page says of `expression`, read over the DevTools protocol: a measured load is read
 * this way, not with Playwright's waits, whose script in the page is the tool's work, not the
 * page's.
 */
export async function read(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true })
  return result.value
}

/** Reads `expression` every 50 ms until it is neither null nor false. */
export async function until(cdp, expression, timeout = 60_000) {
  const end = Date.now() + timeout
  for (;;) {
    const value = await read(cdp, expression)
    if (value != null && value !== false) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Loads `url` in `page` with the CPU slowed `rate` times, taps the tab named `tab` once the app
 * has taken over, and returns what it recorded, times from navigation start: the tab's reply
 * (it shows itself chosen) and the view it opens drawn. The longest task counts until then: a tab
 * that answers at once and then draws its view in one long task would not be a reply.
 *
 * The page is read and tapped over the DevTools protocol alone: Playwright's locators and waits
 * run its own script in the page, 100-200 ms of evaluation at 4x that is the tool's, not the
 * page's, and was counted as the page's longest task.
 */
export async function watchTakeover(page, url, { rate = 4, tab = 'Ranking' } = {}) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  await page.addInitScript(watch)
  await page.goto(url)
  await until(cdp, 'window.__takeover?.goneAt != null')
  const box = await read(
    cdp,
    `(() => {
      const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim() === ${JSON.stringify(tab)})
      if (!tab) return null
      window.__takeover.tab = tab.id
      const r = tab.getBoundingClientRect()
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
    })()`,
  )
  if (!box) throw new Error(`no tab named ${tab}`)
  const tappedAt = await read(cdp, 'performance.now()')
  for (const type of ['mousePressed', 'mouseReleased'])
    await cdp.send('Input.dispatchMouseEvent', { type, ...box, button: 'left', clickCount: 1 })
  const repliedAt = await until(
    cdp,
    `document.getElementById(window.__takeover.tab)?.getAttribute('aria-selected') === 'true' && performance.now()`,
  )
  const viewDrawnAt = await until(
    cdp,
    `document.querySelector('#view-panel[aria-labelledby="' + window.__takeover.tab + '"] svg [data-market]') !== null && performance.now()`,
  )
  const result = await read(
    cdp,
    `({ ...window.__takeover, firstPaint: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0) })`,
  )
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const during = result.longTasks.filter((t) => t.start + t.duration >= result.firstPaint)
  return {
    ...result,
    repliedAt: Math.round(repliedAt),
    viewDrawnAt: Math.round(viewDrawnAt),
    tappedAt: Math.round(tappedAt),
    ...longestWithCause(during, result.frames),
    lastLcp: result.lcp.at(-1) ?? null,
  }
}

/**
 * The floor beside the landing's figure: a page that only draws a chart (the bench's bare page)
 * loaded the same way, its longest task from the first paint until `drawn` is on the page and a
 * second after (it has no tab to tap).
 */
export async function watchPlainLoad(
  page,
  url,
  { rate = 4, drawn = 'svg .recharts-bar-rectangle' } = {},
) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  await page.addInitScript(watch)
  await page.goto(url)
  await until(cdp, `document.querySelector(${JSON.stringify(drawn)}) !== null`)
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const result = await read(
    cdp,
    `({ longTasks: window.__takeover.longTasks, frames: window.__takeover.frames, firstPaint: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0) })`,
  )
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const during = result.longTasks.filter((t) => t.start + t.duration >= result.firstPaint)
  return longestWithCause(during, result.frames)
}
