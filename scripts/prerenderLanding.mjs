/**
 * The landing painted from HTML. Every visitor without a link lands on the same page (the
 * bundled newest data, the default view, English, light), so the build draws it once, in
 * Chromium from the finished build (Recharts does not render outside a browser), and writes
 * what it drew into index.html: the chart, its title and summary show at first paint instead of
 * after the scripts have run. The app then draws underneath, unseen, and takes the copy's place
 * once its chart is drawn (src/app/takeOverPrerender.ts).
 *
 * A visitor whom the copy does not fit (a query, a Portuguese browser, a dark preference) never
 * sees it: public/landing-check.js hides it before the body is drawn (the page's policy allows no
 * inline script). The chart is drawn at two widths, a desktop's and a phone's, and CSS shows the
 * one that fits.
 */

import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const WIDE = { width: 1280, height: 800 }
const NARROW = { width: 390, height: 844 }
const CHART = 'svg.recharts-surface'

const START = '<!--prerendered landing-->'
const END = '<!--/prerendered landing-->'

/** A free port on this machine. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** What #root holds once the landing's chart is drawn and the page has settled, and its charts. */
async function drawLanding(browser, url, viewport) {
  const context = await browser.newContext({
    viewport,
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForSelector(`#root ${CHART} [data-market]`, { timeout: 30_000 })
  // The chart draws again once it has measured its width; what shows after that stays.
  await page.waitForTimeout(600)
  const drawn = await page.evaluate((chart) => {
    const root = document.getElementById('root')
    return {
      html: root?.innerHTML ?? '',
      charts: [...document.querySelectorAll(`#root ${chart}`)].map((svg) => svg.outerHTML),
    }
  }, CHART)
  await context.close()
  return drawn
}

/** The wide page with each chart followed by its phone-width drawing; CSS shows one of the two. */
function bothWidths(wide, narrow) {
  let index = 0
  return wide.html.replace(/<svg role="application"[\s\S]*?<\/svg>/g, (svg) => {
    const phone = narrow.charts[index++]
    if (!svg.includes('recharts-surface') || !phone) return svg
    // The chart's inline display would beat the stylesheet's choice of width (app.css).
    const mark = (html, cls) =>
      html
        .replace('class="recharts-surface', `class="${cls} recharts-surface`)
        .replace(/(<svg[^>]*style="[^"]*)display: block;/, '$1')
    return mark(svg, 'prerender-wide') + mark(phone, 'prerender-narrow')
  })
}

/** index.html without the drawn landing (a build whose data files are replaced, as the bench's). */
export function withoutPrerender(html) {
  const start = html.indexOf(START)
  const end = html.indexOf(END)
  if (start < 0 || end < 0) return html
  return (html.slice(0, start) + html.slice(end + END.length)).replace(
    /<script src="\.\/landing-check\.js"><\/script>/,
    '',
  )
}

/** Draws the landing of the build in outDir into its index.html. */
export async function prerenderLanding(outDir) {
  if (!existsSync(CHROMIUM_PATH)) {
    console.warn(`No Chromium at ${CHROMIUM_PATH}: the landing is not prerendered.`)
    return
  }
  const { chromium } = await import('playwright')
  const port = await freePort()
  const server = spawn('node', ['scripts/serveStatic.mjs', outDir, String(port)], {
    stdio: 'ignore',
  })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    await new Promise((resolve) => setTimeout(resolve, 300))
    const url = `http://127.0.0.1:${port}/`
    const wide = await drawLanding(browser, url, WIDE)
    const narrow = await drawLanding(browser, url, NARROW)
    const file = `${outDir}/index.html`
    const html = withoutPrerender(readFileSync(file, 'utf8'))
    const copy = `${START}<div id="prerender" class="prerender" inert>${bothWidths(wide, narrow)}</div>${END}`
    writeFileSync(
      file,
      html
        .replace('</head>', '  <script src="./landing-check.js"></script>\n  </head>')
        .replace('<div id="root">', `${copy}\n    <div id="root">`),
    )
  } finally {
    await browser.close()
    server.kill()
  }
}
