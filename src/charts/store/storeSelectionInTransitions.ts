import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'

/**
 * Recharts' `useAppSelector` reads its chart store through `useSyncExternalStoreWithSelector`
 * (the `use-sync-external-store` package). React renders every store change read that way as
 * one blocking task: a chart's cascade of registrations (each axis, layer and measure it is
 * given) redrew the chart two or three times in frames of 100-230 ms on a phone's CPU, and a
 * tap that came meanwhile waited for them. This is the same hook, read with React's state
 * instead: a change the store notifies is rendered in a transition, which React splits into
 * short tasks and sets aside for a tap. What a component reads in a render is the store as it
 * is then; a change after it re-renders it (as `use-sync-external-store`'s shim for React 17,
 * which Recharts supports).
 *
 * The build points Recharts' import here (scripts/vite/rechartsStoreInTransitions.ts).
 */

type Subscribe = (onChange: () => void) => () => void

let inTransitions = true

/**
 * An embed is never painted before the app draws it and has nothing to tap meanwhile: its
 * chart's store changes are drawn at once, without the transitions' task hops (main.tsx).
 */
export function drawStoreChangesAtOnce(): void {
  inTransitions = false
}

const redraw = (update: () => void) => (inTransitions ? startTransition(update) : update())

interface Read<T> {
  value: T
  getSnapshot: () => T
}

function changed<T>(read: Read<T>): boolean {
  try {
    return !Object.is(read.value, read.getSnapshot())
  } catch {
    return true
  }
}

/** `useSyncExternalStore`, with a change after the render rendered in a transition. */
function useStoreInTransitions<T>(subscribe: Subscribe, getSnapshot: () => T): T {
  const value = getSnapshot()
  const [{ read }, rerender] = useState(() => ({ read: { value, getSnapshot } as Read<T> }))
  useLayoutEffect(() => {
    read.value = value
    read.getSnapshot = getSnapshot
    if (changed(read)) redraw(() => rerender({ read }))
  }, [read, value, getSnapshot])
  useEffect(() => {
    const check = () => {
      if (changed(read)) redraw(() => rerender({ read }))
    }
    check()
    return subscribe(check)
  }, [read, subscribe])
  return value
}

/**
 * `useSyncExternalStoreWithSelector` of `use-sync-external-store/with-selector`: the selection is
 * recomputed only for a new snapshot or selector, and an equal one keeps the previous value (so a
 * component whose part of the store did not change is not rendered again).
 */
export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: Subscribe,
  getSnapshot: () => Snapshot,
  _getServerSnapshot: unknown,
  selector: (snapshot: Snapshot) => Selection,
  isEqual?: (a: Selection, b: Selection) => boolean,
): Selection {
  const shown = useRef<{ has: boolean; value: Selection | undefined }>({
    has: false,
    value: undefined,
  })
  const getSelection = useMemo(() => {
    let memo: { snapshot: Snapshot; selection: Selection } | null = null
    return () => {
      const snapshot = getSnapshot()
      if (memo && Object.is(memo.snapshot, snapshot)) return memo.selection
      const next = selector(snapshot)
      const previous = memo ? memo.selection : shown.current.has ? shown.current.value : undefined
      const keep =
        isEqual !== undefined &&
        (memo !== null || shown.current.has) &&
        isEqual(previous as Selection, next)
      memo = { snapshot, selection: keep ? (previous as Selection) : next }
      return memo.selection
    }
  }, [getSnapshot, selector, isEqual])
  const value = useStoreInTransitions(subscribe, getSelection)
  useEffect(() => {
    shown.current = { has: true, value }
  }, [value])
  return value
}
