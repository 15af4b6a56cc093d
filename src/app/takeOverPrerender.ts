/**
 * The landing (or a view's own address) drawn at build time (scripts/prerenderLanding.mjs) shows
 * while the app draws the same page underneath, unseen (app.css). The app takes its place once its chart is drawn and
 * the page has been still for a few frames: Recharts draws a chart again once it has measured
 * its width, and swapping before that would show bars jump.
 */
const STILL_FRAMES = 3
/** A page that never draws a chart (its data failed) is shown anyway, with its message. */
const AT_MOST_MS = 4000

/**
 * The painted copy this visitor sees, if any (public/landing-check.js): the landing in index.html
 * where it fits, or the copy of the view the address names.
 */
export function prerenderedLanding(): HTMLElement | null {
  const copy = document.getElementById('prerender')
  if (!copy) return null
  if (document.documentElement.classList.contains('no-prerender')) {
    copy.remove()
    return null
  }
  return copy
}

export function takeOverPrerender(copy: HTMLElement, root: HTMLElement): void {
  const started = performance.now()
  let still = 0
  const observer = new MutationObserver(() => {
    still = 0
  })
  observer.observe(root, { subtree: true, childList: true, attributes: true })
  const frame = () => {
    const drawn = root.querySelector('svg [data-market]') !== null
    still = drawn ? still + 1 : 0
    if (still > STILL_FRAMES || performance.now() - started > AT_MOST_MS) {
      observer.disconnect()
      copy.remove()
      return
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}
