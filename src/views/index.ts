/**
 * Each view is its own chunk: the first view loads only the chart it draws (and the Recharts
 * parts it uses). The view in the URL is requested as the page starts, next to the data. The
 * ranking's words ship with the page; the other views bring theirs (withWords).
 */

import { withWords } from '../i18n/locale'
import { type Lazy, lazyComponent, useLazy } from '../lib/lazyComponent'
import type { View } from '../view/viewState'
import type { ViewProps } from './viewProps'

const VIEWS: Record<View, Lazy<ViewProps>> = {
  compare: lazyComponent(() =>
    withWords(import('./compare/CompareView')).then((m) => m.CompareView),
  ),
  ranking: lazyComponent(() => import('./ranking/RankingView').then((m) => m.RankingView)),
  trend: lazyComponent(() => withWords(import('./trend/TrendView')).then((m) => m.TrendView)),
  pipeline: lazyComponent(() =>
    withWords(import('./pipeline/PipelineView')).then((m) => m.PipelineView),
  ),
  sources: lazyComponent(() =>
    withWords(import('./sources/SourcesView')).then((m) => m.SourcesView),
  ),
  coverage: lazyComponent(() =>
    withWords(import('./coverage/CoverageView')).then((m) => m.CoverageView),
  ),
  table: lazyComponent(() => withWords(import('./table/TableView')).then((m) => m.TableView)),
}

/** Starts loading a view's code before React asks for it. */
export const preloadView = (view: View) => VIEWS[view].preload()

/** The view's component once its code is in; undefined until then. */
export const useViewComponent = (view: View) => useLazy(VIEWS[view])
