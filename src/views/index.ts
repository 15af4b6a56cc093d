/**
 * Every view, once. A line gives the view's tab, the URL keys it reads (its controls are drawn
 * from them, see FigureFilters) and its code, loaded on demand: each view is its own chunk, so
 * the first view loads only the chart it draws. The ranking's words ship with the page; the
 * other views bring theirs (withWords). The object's order is the tabs' order, the landing first.
 *
 * Adding a view: its id in VIEWS (src/view/viewState.ts, the URL's vocabulary), a folder
 * src/views/<id>/ with its page component, and one line here (TypeScript asks for it).
 */
import type { MessageKey } from '../i18n/locale'
import { withWords } from '../i18n/locale'
import { type Lazy, lazyComponent, useLazy } from '../lib/lazyComponent'
import type { UrlKey, View } from '../view/viewState'
import type { ViewProps } from './viewProps'

export type ViewEntry = {
  tab: MessageKey
  /** The view's own keys (view, ds, theme, lang, data and embed are the page's). */
  reads: readonly UrlKey[]
  code: Lazy<ViewProps>
}

const FILTERS = ['markets', 'metric', 'year', 'pick', 'unit', 'scale'] as const

export const VIEW_REGISTRY: Record<View, ViewEntry> = {
  compare: {
    tab: 'view.compare',
    reads: ['metric', 'year', 'pick', 'unit', 'groups', 'claim'],
    code: lazyComponent(() =>
      withWords(import('./compare/CompareView')).then((m) => m.CompareView),
    ),
  },
  ranking: {
    tab: 'view.ranking',
    reads: FILTERS,
    code: lazyComponent(() => import('./ranking/RankingView').then((m) => m.RankingView)),
  },
  trend: {
    tab: 'view.trend',
    reads: ['markets', 'metric', 'from', 'to', 'pick', 'unit', 'scale'],
    code: lazyComponent(() => withWords(import('./trend/TrendView')).then((m) => m.TrendView)),
  },
  pipeline: {
    tab: 'view.pipeline',
    reads: ['markets', 'year', 'pick', 'unit'],
    code: lazyComponent(() =>
      withWords(import('./pipeline/PipelineView')).then((m) => m.PipelineView),
    ),
  },
  sources: {
    tab: 'view.sources',
    reads: FILTERS,
    code: lazyComponent(() =>
      withWords(import('./sources/SourcesView')).then((m) => m.SourcesView),
    ),
  },
  coverage: {
    tab: 'view.coverage',
    reads: ['markets', 'metric', 'pick', 'unit'],
    code: lazyComponent(() =>
      withWords(import('./coverage/CoverageView')).then((m) => m.CoverageView),
    ),
  },
  map: {
    tab: 'view.map',
    reads: FILTERS.filter((key) => key !== 'scale'),
    code: lazyComponent(() => withWords(import('./map/MapView')).then((m) => m.MapView)),
  },
  table: {
    tab: 'view.table',
    reads: ['markets', 'metric', 'year', 'pick', 'unit'],
    code: lazyComponent(() => withWords(import('./table/TableView')).then((m) => m.TableView)),
  },
}

/** The tabs, in order. */
export const VIEW_TABS = Object.entries(VIEW_REGISTRY).map(([id, entry]) => ({
  id: id as View,
  label: entry.tab,
}))

/** Starts loading a view's code before React asks for it. */
export const preloadView = (view: View) => VIEW_REGISTRY[view].code.preload()

/** The view's component once its code is in; undefined until then. */
export const useViewComponent = (view: View) => useLazy(VIEW_REGISTRY[view].code)
