import { type ReactNode, startTransition, useEffect, useState } from 'react'

/** The next task's turn: a timer, where a promise's microtask would run in the same task. */
function nextTask(then: () => void): () => void {
  const id = setTimeout(() => startTransition(then))
  return () => clearTimeout(id)
}

/**
 * Whether a painted copy of the page (the landing drawn into index.html) is on screen while the
 * app draws its own underneath: set by src/app/takeOverPrerender.ts.
 */
let behindCopy = false
export function drawingBehindCopy(on: boolean): void {
  behindCopy = on
}

/**
 * How many of `count` stages of a drawing to show. Behind a painted copy: none on mount, then
 * one more in each task after. Recharts commits a chart with a cascade of store updates (each
 * axis and layer it is given, measured and registered at once): given one part a task, no
 * single task holds a slow phone's main thread while the reader already sees the chart. With
 * nothing painted yet (a link to any other view, a later visit to this one), every stage at
 * once: there the parts' task hops only kept the reader waiting for a chart (a quarter of a
 * second on a desktop).
 */
export function useStages(count: number): number {
  const [shown, setShown] = useState(() => (behindCopy ? 0 : count))
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
