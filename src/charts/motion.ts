/**
 * Motion between two years of a chart, whatever drew it (Recharts or our own SVG): each mark is
 * found again by its market (`data-market`, with its group or stage) and moved and stretched
 * from where it was to where it is (FLIP, with the Web Animations API). A bar keeps its colour
 * and label while it moves, circles grow or shrink, a market that arrives fades in and one that
 * has no figure in the new year fades out where it stood. React's render knows nothing of it.
 * A mark marked `data-still` (a country's shape, which was there as bare land) never moves or
 * fades in; leaving, it fades out over the land as any other.
 */

const near = (a: number, b: number) => Math.abs(a - b) < 0.5

type Box = { x: number; y: number; width: number; height: number }

type Mark = {
  box: Box
  /** Its coordinates to the window's, as the step found them. */
  toScreen: Matrix
  /** A copy to fade out if the market leaves, placed in its svg's coordinates; none off screen. */
  ghost?: SVGGraphicsElement
  svg: SVGSVGElement
}

/**
 * The window's rows where motion is seen, as the step found them (with a margin for a scroll
 * under way). A mark that is off screen before and after the step goes straight to its place:
 * a tall chart (a ranking of thirty markets) shows a third of its marks at once, and starting
 * the motion of the others was most of a step's animation work.
 */
type Seen = { top: number; bottom: number }

const seenRows = (): Seen => {
  const margin = window.innerHeight / 4
  return { top: -margin, bottom: window.innerHeight + margin }
}

/** A 2D transform as getScreenCTM gives it (an SVGMatrix, which has no transformPoint). */
type Matrix = Pick<DOMMatrix, 'a' | 'b' | 'c' | 'd' | 'e' | 'f'>

function inSight(box: Box, m: Matrix, seen: Seen): boolean {
  const screenY = (x: number, y: number) => m.b * x + m.d * y + m.f
  const ys = [
    screenY(box.x, box.y),
    screenY(box.x + box.width, box.y),
    screenY(box.x, box.y + box.height),
    screenY(box.x + box.width, box.y + box.height),
  ]
  return Math.max(...ys) >= seen.top && Math.min(...ys) <= seen.bottom
}

const DURATION = 600
const TIMING: KeyframeAnimationOptions = {
  duration: DURATION,
  easing: 'cubic-bezier(0.2, 0, 0, 1)',
}
/** Beyond this many marks a step is a wall of movement that explains nothing: it just happens. */
const MOST_MARKS = 400

export const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

function marks(scope: Element): Array<[string, SVGGraphicsElement]> {
  const seen = new Map<string, number>()
  return [...scope.querySelectorAll<SVGGraphicsElement>('svg [data-market]')].map((el) => {
    const d = el.dataset
    const base = `${el.tagName}|${d.market}|${d.group ?? ''}|${d.stage ?? ''}`
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return [`${base}|${n}`, el]
  })
}

const numberAttribute = (el: Element, name: string) => {
  const value = el.getAttribute(name)
  // A list of positions (a text's x="1 2 3") or a length with a unit is not one number.
  return value !== null && /^-?[\d.]+(e-?\d+)?$/.test(value.trim()) ? Number(value) : undefined
}

/**
 * Where a mark is, in its own coordinates. A bar (x, y, width, height, as Recharts and BarRect
 * write them), a circle (cx, cy, r) or a text (x, y) says so in its attributes: read there, the
 * step's frame lays the page out once, after the motion has started, instead of once to find the
 * marks and again to draw them moving. Anything else is measured (getBBox).
 */
function boxOf(el: SVGGraphicsElement): Box {
  const n = (name: string) => numberAttribute(el, name)
  const [x, y, width, height] = [n('x'), n('y'), n('width'), n('height')]
  if (x !== undefined && y !== undefined) {
    if (width !== undefined && height !== undefined)
      return {
        x: Math.min(x, x + width),
        y: Math.min(y, y + height),
        width: Math.abs(width),
        height: Math.abs(height),
      }
    // A text moves without stretching: where it is anchored is all the motion needs.
    if (el.tagName === 'text') return { x, y, width: 0, height: 0 }
  }
  const [cx, cy, r] = [n('cx'), n('cy'), n('r')]
  if (cx !== undefined && cy !== undefined && r !== undefined)
    return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }
  const { x: bx, y: by, width: bw, height: bh } = el.getBBox()
  return { x: bx, y: by, width: bw, height: bh }
}

type Captured = {
  marks: Map<string, Mark>
  /** Each chart's coordinates to the window's: where a mark that arrives would be seen. */
  svgs: Map<SVGSVGElement, Matrix>
  seen: Seen
}

function capture(scope: Element): Captured | undefined {
  const found = marks(scope)
  if (found.length > MOST_MARKS) return undefined
  const before = new Map<string, Mark>()
  const svgs = new Map<SVGSVGElement, DOMMatrix>()
  const seen = seenRows()
  for (const [key, el] of found) {
    const svg = el.ownerSVGElement
    const toScreen = el.getScreenCTM()
    if (!svg || !toScreen) continue
    let svgToScreen = svgs.get(svg)
    if (!svgToScreen) {
      svgToScreen = DOMMatrix.fromMatrix(svg.getScreenCTM() ?? undefined)
      svgs.set(svg, svgToScreen)
    }
    const box = boxOf(el)
    let ghost: SVGGraphicsElement | undefined
    if (inSight(box, toScreen, seen)) {
      const toSvg = svgToScreen.inverse().multiply(DOMMatrix.fromMatrix(toScreen))
      ghost = el.cloneNode(true) as SVGGraphicsElement
      ghost.setAttribute(
        'transform',
        new DOMMatrix([toSvg.a, toSvg.b, toSvg.c, toSvg.d, toSvg.e, toSvg.f]).toString(),
      )
      ghost.removeAttribute('data-market')
      ghost.setAttribute('pointer-events', 'none')
    }
    before.set(key, { box, toScreen, ghost, svg })
  }
  return { marks: before, svgs, seen }
}

type Running = Map<Element, { box: Box; animation: Animation }>

const sameBox = (a: Box, b: Box) =>
  near(a.x, b.x) && near(a.y, b.y) && near(a.width, b.width) && near(a.height, b.height)

/**
 * Starts each mark's way from `before` to where it is now, `elapsed` ms into the motion; a mark
 * already on its way there (the same element, the same box) goes on. Every box is read before
 * any animation starts: reads between writes would lay the chart out again for each mark.
 */
function animate(
  scope: Element,
  { marks: before, svgs, seen }: Captured,
  elapsed: number,
  running: Running,
): Running {
  const now = marks(scope).map(([key, el]) => {
    const mark = before.get(key)
    return { el, mark, was: mark?.box, box: boxOf(el) }
  })
  const next: Running = new Map()
  const start = (el: Element, box: Box, keyframes: Keyframe[]) => {
    const animation = el.animate(keyframes, TIMING)
    // The first frame starts at zero; the time is set only when a later pass takes the motion up.
    if (elapsed >= 1) animation.currentTime = elapsed
    next.set(el, { box, animation })
  }
  for (const { el, mark, was, box } of now) {
    // A mark that stays where it is (a country's shape) only changes colour.
    if (el.hasAttribute('data-still')) continue
    const going = running.get(el)
    if (going && sameBox(going.box, box)) {
      next.set(el, going)
      continue
    }
    // Its new place is read with the transform its old one had (its layer does not move in a
    // step), or for a newcomer its chart's: reading either again would lay the page out.
    const toScreen = mark?.toScreen ?? (el.ownerSVGElement && svgs.get(el.ownerSVGElement))
    if (toScreen && !inSight(box, toScreen, seen) && !(mark && inSight(mark.box, toScreen, seen)))
      continue
    if (!was) start(el, box, [{ opacity: 0 }, { opacity: 1 }])
    else if (!sameBox(was, box)) {
      // Text moves without stretching; so does a mark with nothing to stretch.
      const stretch = el.tagName !== 'text' && box.width > 0 && box.height > 0 && was.width > 0
      const sx = stretch ? was.width / box.width : 1
      const sy = stretch ? was.height / box.height : 1
      // Stretched from its own corner: app.css gives every mark `transform-box: fill-box` and
      // `transform-origin: 0 0` (in the keyframes, they were a third of the cost of starting one).
      start(el, box, [
        { transform: `translate(${was.x - box.x}px, ${was.y - box.y}px) scale(${sx}, ${sy})` },
        { transform: 'none' },
      ])
    }
  }
  for (const [el, { animation }] of running)
    if (next.get(el)?.animation !== animation) animation.cancel()
  return next
}

/** Fades out, where they stood, the marks of markets that have no figure in the new year. */
function fadeLeavers(scope: Element, before: Map<string, Mark>): void {
  const present = new Set(marks(scope).map(([key]) => key))
  for (const [key, { ghost, svg }] of before) {
    if (!ghost || present.has(key) || !svg.isConnected) continue
    svg.append(ghost)
    const remove = () => ghost.remove()
    ghost
      .animate([{ opacity: 1 }, { opacity: 0 }], { ...TIMING, fill: 'forwards' })
      .finished.then(remove, remove)
  }
}

/** The motion under way in a scope: a new step ends its watch (see moveMarks). */
const watching = new WeakMap<Element, () => void>()

/**
 * Runs `change` (a new year) and moves the marks in `scope` from where they were to where it
 * puts them. A chart may draw the new year in several passes (Recharts measures, then draws
 * again at the new height): each pass takes the motion up at the point it had reached, before
 * the browser paints, so nothing jumps.
 */
export function moveMarks(scope: Element | null, change: () => void): void {
  const before = scope && !reducedMotion() ? capture(scope) : undefined
  if (!scope || !before) {
    change()
    return
  }
  // The motion starts when the new year is first drawn, not when it was asked for.
  let started: number | undefined
  let running: Running = new Map()
  let ghosts = false
  let frame = 0
  let drawn = false
  // Once a frame, however many times the chart was drawn in it: before that frame is painted.
  const onFrame = () => {
    frame = 0
    // Asked for before the chart was drawn (see below), and it has not been yet.
    if (!drawn) return
    started ??= performance.now()
    running = animate(scope, before, performance.now() - started, running)
    if (!ghosts) {
      ghosts = true
      fadeLeavers(scope, before.marks)
    }
    // The ghosts just added are our own change, not a new pass of the chart: left queued, they
    // asked for a second frame that read every box again (a third of a step's time).
    observer.takeRecords()
  }
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => r.target instanceof SVGElement)) return
    drawn = true
    frame ||= requestAnimationFrame(onFrame)
  })
  // The step before, if its watch is still on, would move the marks again from where that step
  // found them (a second frame's work, from the wrong places): this step takes over.
  watching.get(scope)?.()
  const stop = () => {
    observer.disconnect()
    if (frame) cancelAnimationFrame(frame)
    if (watching.get(scope) === stop) watching.delete(scope)
  }
  watching.set(scope, stop)
  observer.observe(scope, { subtree: true, childList: true, attributes: true })
  // The frame is asked for first, before the chart draws the year (which it may do within
  // `change`): the motion then starts before whatever the drawing asks of the same frame (the
  // timeline's look at where it stands), and the page is laid out once, with the marks already
  // on their way.
  frame = requestAnimationFrame(onFrame)
  change()
  // A chart that takes its time to draw the new year (a large one) has its motion cut short.
  setTimeout(stop, DURATION + 400)
}
