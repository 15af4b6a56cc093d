/**
 * Each entry drawn again from its link as the report is downloaded: the app in a hidden frame at
 * the entry's link (its datasets pinned by ds=), in the language on screen, read as "Add to
 * report" reads a chart. The deck then speaks the reader's language today with the numbers the
 * entry was added with. An entry whose link cannot be drawn as it was (its datasets gone, a
 * failed request, a frame that never draws) keeps what it was added with.
 */
import { REPORT_FRAME } from '../../lib/reportFrame'
import type { DrawnEntry } from './reportEntry'
import type { ReportEntry } from './reportStore'

/** How long a frame may take to draw its view before its entry is kept as added. */
const DRAWN_WITHIN_MS = 20_000

export type Redrawn = { entries: ReportEntry[]; keptAsAdded: ReportEntry[] }

export async function redrawEntries(
  entries: ReportEntry[],
  lang: string,
  onEntry?: (n: number) => void,
): Promise<Redrawn> {
  const redrawn: ReportEntry[] = []
  const keptAsAdded: ReportEntry[] = []
  for (const [i, entry] of entries.entries()) {
    onEntry?.(i + 1)
    const drawn = await drawnFrom(inLanguage(entry.slide.link, lang)).catch(() => null)
    if (!drawn || pinned(drawn.slide.link) !== pinned(entry.slide.link)) {
      keptAsAdded.push(entry)
      redrawn.push(entry)
      continue
    }
    // A title the reader gave stays; the one the view gave is the view's, in today's language.
    const title = entry.title === entry.slide.title ? drawn.title : entry.title
    redrawn.push({ ...entry, ...drawn, title })
  }
  return { entries: redrawn, keptAsAdded }
}

const inLanguage = (link: string, lang: string) => {
  const url = new URL(link, window.location.href)
  url.searchParams.set('lang', lang)
  return url.href
}

const pinned = (link: string) => new URL(link, window.location.href).searchParams.get('ds')

/** The entry the app draws at `link`, in a frame of its own laid out at a desktop's width. */
function drawnFrom(link: string): Promise<DrawnEntry> {
  const frame = document.createElement('iframe')
  frame.name = REPORT_FRAME
  frame.title = REPORT_FRAME
  frame.tabIndex = -1
  frame.setAttribute('aria-hidden', 'true')
  // On screen for the browser (a frame out of view is not drawn), for no one's eyes.
  Object.assign(frame.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: '1280px',
    height: '900px',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
    zIndex: '-1',
  })
  frame.src = link
  document.body.append(frame)
  const until = Date.now() + DRAWN_WITHIN_MS
  return new Promise<DrawnEntry>((resolve, reject) => {
    const look = () => {
      const win = frame.contentWindow
      const doc = frame.contentDocument
      if (Date.now() > until || doc?.querySelector('#root .load-state--error'))
        return reject(new Error('not drawn'))
      const drawn =
        win?.reportEntry &&
        doc?.querySelector('#root .chart-frame svg [data-market]') &&
        !doc.getElementById('prerender')
      if (!win || !drawn) return void setTimeout(look, 100)
      // Two frames more: the chart's last stage and its labels' places (the claim's) are in.
      win.requestAnimationFrame(() =>
        win.requestAnimationFrame(() => {
          win.reportEntry?.().then((entry) => resolve(entry as DrawnEntry), reject)
        }),
      )
    }
    look()
  }).finally(() => frame.remove())
}
