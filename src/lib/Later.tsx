import { type ReactNode, startTransition, useEffect, useState } from 'react'

/** The next task's turn: a timer, where a promise's microtask would run in the same task. */
function nextTask(then: () => void): () => void {
  const id = setTimeout(() => startTransition(then))
  return () => clearTimeout(id)
}

/**
 * Whether the next chart may draw whole, in one task: only the first view of a page that opens
 * with nothing painted (a link to any view but the landing, whose copy is in index.html). Set by
 * main.tsx; the first chart drawn turns it off.
 */
let firstViewWhole = false
export function drawFirstViewWhole(on: boolean): void {
  firstViewWhole = on
}

/**
 * How many of `count` stages of a drawing to show: none on mount, then one more in each task
 * after. Recharts commits a chart with a cascade of store updates (each axis and layer it is
 * given, measured and registered at once): given one part a task, no single task holds a slow
 * phone's main thread, and a tab a reader taps answers at once. The one exception is a link's
 * first chart: nothing is painted yet and no tap waits, so it draws whole (the parts' task hops
 * cost a quarter of a second on a desktop there).
 */
export function useStages(count: number): number {
  const [shown, setShown] = useState(() => (firstViewWhole ? count : 0))
  useEffect(() => {
    firstViewWhole = false
  }, [])
  useEffect(() => (shown < count ? nextTask(() => setShown(shown + 1)) : undefined), [shown, count])
  return shown
}

/**
 * Its children, drawn in a task after the one that first draws it: a page's lower parts (its
 * tables, its editors) then commit apart from its chart.
 */
export function Later({ children, until = null }: { children: ReactNode; until?: ReactNode }) {
  const [shown, setShown] = useState(false)
  useEffect(() => (shown ? undefined : nextTask(() => setShown(true))), [shown])
  return shown ? children : until
}

/** A page left in the background gets no frames: what waits for one is not held longer than this. */
const NO_FRAME_MS = 250

/**
 * Runs `then` in the task after the next frame is painted (or after NO_FRAME_MS without a
 * frame); returns its cancel.
 */
export function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const show = () => {
    cancelAnimationFrame(frame)
    clearTimeout(fallback)
    // The task after the frame's callbacks runs once it is painted.
    timer = setTimeout(then)
  }
  const frame = requestAnimationFrame(show)
  const fallback = setTimeout(show, NO_FRAME_MS)
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(fallback)
    clearTimeout(timer)
  }
}

/**
 * `value`, once the frame that draws the rest of its change has been painted; until then the
 * value before (on mount, `initial`). A table under a chart takes its new rows after the chart's
 * new year is on screen: deferred by React alone (useDeferredValue), its render often ran first,
 * in the gap before the frame, and held the chart back by a frame.
 */
export function useAfterPaint<T>(value: T, initial: T = value): T {
  const [shown, setShown] = useState(initial)
  useEffect(
    () =>
      Object.is(shown, value)
        ? undefined
        : afterPaint(() => startTransition(() => setShown(() => value))),
    [value, shown],
  )
  return shown
}
