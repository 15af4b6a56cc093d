import { type ReactNode, startTransition, useEffect, useState } from 'react'

/** The next task's turn: a timer, where a promise's microtask would run in the same task. */
function nextTask(then: () => void): () => void {
  const id = setTimeout(() => startTransition(then))
  return () => clearTimeout(id)
}

/**
 * How many of `count` stages of a drawing to show: none on mount, then one more in each task
 * after. Recharts commits a chart with a cascade of store updates (each axis and layer it is
 * given, measured and registered at once): given one part a task, no single task holds a slow
 * phone's main thread for the whole chart.
 */
export function useStages(count: number): number {
  const [shown, setShown] = useState(0)
  useEffect(() => (shown < count ? nextTask(() => setShown(shown + 1)) : undefined), [shown, count])
  return shown
}

/**
 * Its children, drawn in a task after the one that first draws it: a page's lower parts (its
 * tables, its editors) then commit apart from its chart.
 */
export function Later({ children, until = null }: { children: ReactNode; until?: ReactNode }) {
  return useStages(1) === 1 ? children : until
}
