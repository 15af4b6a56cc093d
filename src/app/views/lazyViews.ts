/**
 * Each view is its own chunk: the first view loads only the chart it draws (and the Recharts
 * parts it uses). The view in the URL is requested as the page starts, next to the data, and
 * drawn as soon as both are in, without a Suspense boundary (React holds a revealed Suspense
 * fallback for at least 300 ms, which would delay the first chart for nothing).
 */
import { type ComponentType, useEffect, useState } from 'react'
import type { View } from '../../view/viewState'
import type { ViewProps } from './viewProps'

type ViewComponent = ComponentType<ViewProps>

const LOADERS: Record<View, () => Promise<ViewComponent>> = {
  compare: () => import('./CompareView').then((m) => m.CompareView),
  ranking: () => import('./RankingView').then((m) => m.RankingView),
  trend: () => import('./TrendView').then((m) => m.TrendView),
  pipeline: () => import('./PipelineView').then((m) => m.PipelineView),
  sources: () => import('./SourcesView').then((m) => m.SourcesView),
  table: () => import('./TableView').then((m) => m.TableView),
}

const loaded = new Map<View, ViewComponent>()
const pending = new Map<View, Promise<ViewComponent>>()

/** Starts loading a view's code before React asks for it. */
export function preloadView(view: View): Promise<ViewComponent> {
  let promise = pending.get(view)
  if (!promise) {
    promise = LOADERS[view]().then((component) => {
      loaded.set(view, component)
      return component
    })
    pending.set(view, promise)
  }
  return promise
}

/** The view's component once its code is in; undefined until then. */
export function useViewComponent(view: View): {
  component: ViewComponent | undefined
  error: Error | undefined
} {
  const [, rerender] = useState(0)
  const [error, setError] = useState<Error>()
  useEffect(() => {
    if (loaded.has(view)) return
    let live = true
    preloadView(view).then(
      () => live && rerender((n) => n + 1),
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    )
    return () => {
      live = false
    }
  }, [view])
  return { component: loaded.get(view), error }
}
