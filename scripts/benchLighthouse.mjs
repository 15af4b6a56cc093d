/**
 * Lighthouse 12.2.3 (pinned: later versions want Node 22 or break `npm ci`) in mobile mode, on
 * the landing and on the bare page in turns, under both throttling methods: what a phone user
 * gets, as the lab measures it. Debian's Chromium, never a downloaded one.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { CHROMIUM_PATH } from './chromium.mjs'

const run = promisify(execFile)

/** The figures of one Lighthouse run: score 0-1, times in ms, CLS unitless. */
async function lighthouseOnce(url, method) {
  const { stdout } = await run(
    'npx',
    [
      'lighthouse',
      url,
      '--only-categories=performance',
      `--throttling-method=${method}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(stdout)
  const value = (id) => report.audits[id]?.numericValue ?? Number.NaN
  return {
    score: report.categories.performance.score,
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * `runs` runs of each page per method, the two pages in turns so that a machine slowing down
 * slows both alike; the median of each figure, and every run's figures for the range. Three, not
 * two: the median of two is their mean, and one run's stray task (the landing's simulated TBT
 * went 308 then 773 ms on one build) moved the budget's verdict with it.
 */
export async function lighthouse(appUrl, bareUrl, runs = 3) {
  const results = {}
  for (const method of ['simulate', 'devtools']) {
    const all = { app: [], bare: [] }
    for (let i = 0; i < runs; i++) {
      all.app.push(await lighthouseOnce(appUrl, method))
      all.bare.push(await lighthouseOnce(bareUrl, method))
    }
    const summary = (list) =>
      Object.fromEntries(
        Object.keys(list[0]).map((k) => [
          k,
          { median: median(list.map((r) => r[k])), all: list.map((r) => r[k]) },
        ]),
      )
    results[method] = { app: summary(all.app), bare: summary(all.bare) }
  }
  return results
}
