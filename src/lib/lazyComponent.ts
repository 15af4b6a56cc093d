/**
 * A component whose code loads on first use. No Suspense: React holds a revealed fallback for at
 * least 300 ms, which would delay what is already there. `preload` starts the download on a hint
 * of intent (a pointer over a button, keyboard focus, the URL); `useLazy` gives the component
 * once it is in, and undefined before.
 */
import { type ComponentType, startTransition, useEffect, useState } from 'react'

export type Lazy<P> = {
  preload: () => Promise<ComponentType<P>>
  /** The component if its code is already in. */
  loaded: () => ComponentType<P> | undefined
}

export function lazyComponent<P>(load: () => Promise<ComponentType<P>>): Lazy<P> {
  let component: ComponentType<P> | undefined
  let pending: Promise<ComponentType<P>> | undefined
  return {
    preload() {
      if (!pending) {
        pending = load().then((c) => {
          component = c
          return c
        })
        // A failed download is tried again on the next use.
        pending.catch(() => {
          pending = undefined
        })
      }
      return pending
    },
    loaded: () => component,
  }
}

/** The component of `lazy` once loaded; while `wanted`, loads it and re-renders when it is in. */
export function useLazy<P>(
  lazy: Lazy<P>,
  wanted = true,
): { component: ComponentType<P> | undefined; error: Error | undefined } {
  const [, arrived] = useState(0)
  const [error, setError] = useState<{ lazy: Lazy<P>; error: Error }>()
  const component = lazy.loaded()
  const drawn = component !== undefined
  useEffect(() => {
    // What this render drew decides, not what is loaded by now: code that arrives between the
    // render and this effect must still bring a render that shows it.
    if (!wanted || drawn) return
    let live = true
    lazy.preload().then(
      // In a transition, as the tap that asked for it: the view's first render is then split
      // into short tasks. As a plain update, it was one task of up to 300 ms on a phone's CPU.
      () => live && startTransition(() => arrived((n) => n + 1)),
      (e: unknown) =>
        live && setError({ lazy, error: e instanceof Error ? e : new Error(String(e)) }),
    )
    return () => {
      live = false
    }
  }, [lazy, wanted, drawn])
  return { component, error: error?.lazy === lazy ? error.error : undefined }
}
