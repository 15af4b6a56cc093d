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
 *
 * A view's own address (`?view=ranking`, nothing else: what a tab's link is) gets a copy too,
 * drawn at a desktop's width into painted/<view>.html, which landing-check.js fetches and shows
 * to a desktop visitor it fits while the app loads. Only at that width: a window narrower than
 * the page's column lays the chart out at its own width, and a copy drawn at another would
 * move every bar when the app takes over.
 */

import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { minifySync } from 'rolldown/utils'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const WIDE = { width: 1280, height: 800 }
const NARROW = { width: 390, height: 844 }
const CHART = 'svg.recharts-surface'
/** What shows that a view has drawn its chart: a mark of a market in a chart's svg. */
const MARKED = '.chart-frame svg [data-market]'
/**
 * The views drawn for their own address, besides the landing's (compare, whose own address is
 * the landing's page). Not the table: it draws no chart, and its first rows come as fast as a
 * bare page's chart.
 */
export const PAINTED_VIEWS = ['ranking', 'trend', 'pipeline', 'sources', 'coverage', 'map']

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
async function drawLanding(browser, url, viewport, marked = `${CHART} [data-market]`) {
  const context = await browser.newContext({
    viewport,
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForSelector(`#root ${marked}`, { timeout: 30_000 })
  // The chart draws again once it has measured its width; what shows after that stays.
  await page.waitForTimeout(600)
  const drawn = await page.evaluate((chart) => {
    const root = document.getElementById('root')
    return {
      html: root?.innerHTML ?? '',
      charts: [...document.querySelectorAll(`#root ${chart}`)].map((svg) => svg.outerHTML),
      // Every script the landing ran, as the page names its files.
      scripts: performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((path) => /\/assets\/[^/]+\.js$/.test(path))
        .map((path) => `./assets/${path.split('/').pop()}`),
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

const LOADS = /<script type="application\/json" id="app-loads">([^<]*)<\/script>\n?/

/**
 * The app's loads (its entry script, the modules and data files it preloads) taken out of the
 * head into a list that public/landing-check.js starts: once the copy is painted for a visitor
 * who sees it (started with the page, they shared a phone's connection with the copy's
 * stylesheet and font: first paint 3.2 s instead of 1.7 s on Lighthouse's phone), at once for
 * anyone else, and for a page without a copy (`copy: false`). A module only some views need
 * keeps their names (`data-views`, scripts/vite/preloadViewChunks.ts): the script preloads the
 * opening view's.
 */
export function appLoadsDeferred(html, landingScripts = [], { copy = true, painted = [] } = {}) {
  let entry = ''
  const preloads = []
  const rest = html
    .replace(/ *<script type="module" crossorigin src="([^"]+)"><\/script>\n?/, (_, src) => {
      entry = src
      return ''
    })
    .replace(
      / *<link rel="(?:modulepreload" crossorigin(?:="")? href="([^"]+)"(?: data-views="([^"]*)")?|preload" href="([^"]+)" as="fetch" crossorigin="anonymous")>\n?/g,
      (_, module, views, data) => {
        preloads.push(
          module ? ['module', module, ...(views ? [views.split(' ')] : [])] : ['fetch', data],
        )
        return ''
      },
    )
  if (!entry) throw new Error('index.html has no module entry script to defer')
  // The scripts the landing loaded when drawn, all at once: else each import waits for the one
  // before it to run (three round trips, 1.7 s on Lighthouse's phone). Only for a visitor who
  // sees the landing: a link to another view needs other chunks.
  for (const src of landingScripts)
    if (src !== entry && !preloads.some(([, href]) => href === src)) preloads.push(['landing', src])
  // Before landing-check.js, which reads it; JSON in a data block is never run as script.
  const loads = {
    entry,
    preloads,
    ...(copy ? {} : { copy: false }),
    ...(painted.length > 0 ? { painted } : {}),
  }
  const block = `<script type="application/json" id="app-loads">${JSON.stringify(loads)}</script>`
  return rest.replace(
    '</head>',
    `  ${block}\n    <script src="./landing-check.js"></script>\n  </head>`,
  )
}

/** index.html as the build wrote it: the app's loads back in the head, no drawn landing. */
export function withoutPrerender(html) {
  const start = html.indexOf(START)
  const end = html.indexOf(END)
  let page = start < 0 || end < 0 ? html : html.slice(0, start) + html.slice(end + END.length)
  page = page.replace(/ *<script src="\.\/landing-check\.js"><\/script>\n?/, '')
  const block = page.match(LOADS)
  if (!block) return page
  const { entry, preloads } = JSON.parse(block[1])
  const tags = [
    `<script type="module" crossorigin src="${entry}"></script>`,
    ...preloads
      .filter(([kind]) => kind !== 'landing')
      .map(([kind, href, views]) =>
        kind === 'module'
          ? `<link rel="modulepreload" crossorigin href="${href}"${views ? ` data-views="${views.join(' ')}"` : ''}>`
          : `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`,
      ),
  ]
  return page.replace(LOADS, '').replace('</head>', `  ${tags.join('\n    ')}\n  </head>`)
}

/**
 * index.html without a drawn landing (no Chromium at build time, PRERENDER=0, the bench's stress
 * build): its loads start at once, each view's modules only for that view.
 */
export const withoutCopy = (html) => appLoadsDeferred(withoutPrerender(html), [], { copy: false })

/**
 * public/landing-check.js as served: its comments are for its readers, not for a phone's
 * connection (1.7 kB gzip with them, 0.8 kB without), and public files are copied as they are.
 */
function minifyLandingCheck(path) {
  if (!existsSync(path)) return
  const { code, errors } = minifySync('landing-check.js', readFileSync(path, 'utf8'))
  if (errors.length > 0 || !code) throw new Error(`landing-check.js: ${errors[0]?.message}`)
  writeFileSync(path, code)
}

/**
 * Draws the landing of the build in outDir into its index.html (`draw: false`, or no Chromium:
 * only its loads deferred, for the opening view).
 */
export async function prerenderLanding(outDir, { draw = true } = {}) {
  const file = `${outDir}/index.html`
  minifyLandingCheck(`${outDir}/landing-check.js`)
  // As a page without a copy first: the landing drawn then loads only what the landing needs,
  // the list of scripts it ran.
  const html = withoutPrerender(readFileSync(file, 'utf8'))
  writeFileSync(file, withoutCopy(html))
  if (!draw) return
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
    const copy = `${START}<div id="prerender" class="prerender" inert>${bothWidths(wide, narrow)}</div>${END}`
    const painted = []
    mkdirSync(`${outDir}/painted`, { recursive: true })
    for (const view of PAINTED_VIEWS) {
      const drawn = await drawLanding(browser, `${url}?view=${view}`, WIDE, MARKED).catch(
        (error) => {
          console.warn(`The ${view} view is not painted: ${error.message.split('\n')[0]}`)
          return undefined
        },
      )
      if (!drawn) continue
      writeFileSync(
        `${outDir}/painted/${view}.html`,
        `<div id="prerender" class="prerender" inert>${drawn.html}</div>`,
      )
      painted.push(view)
    }
    writeFileSync(
      file,
      appLoadsDeferred(html, wide.scripts, { painted }).replace(
        '<div id="root">',
        `${copy}\n    <div id="root">`,
      ),
    )
  } finally {
    await browser.close()
    server.kill()
  }
}
