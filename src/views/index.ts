/**
 * Every view, once: its id (its tab says the message `view.<id>`), the URL keys it reads (its controls are drawn
 * from them, see FigureFilters) and its code, loaded on demand: each view is its own chunk, so
 * the first view loads only the chart it draws. The ranking's words ship with the page; the
 * other views bring theirs (withWords). The object's order is the tabs' order, the landing first.
 *
 * Adding a view: its id in VIEWS (src/view/viewState.ts, the URL's vocabulary), a folder
 * src/views/<id>/ with its page component, and one line here (TypeScript asks for it).
 */
import { withLandingWords, withWords } from '../i18n/locale'
import { type Lazy, lazyComponent, useLazy } from '../lib/lazyComponent'
import type { UrlKey, View } from '../view/viewState'
import type { ViewProps } from './viewProps'

export type ViewEntry = {
  /** The view's own keys (view, ds, theme, lang, data and embed are the page's). */
  reads: readonly UrlKey[]
  code: Lazy<ViewProps>
  /** Its chart is Recharts': a page that opens on it runs the library first (chartLibraryInSteps). */
  drawsWithRecharts: boolean
}

const YEARLY = ['markets', 'metric', 'year', 'pick', 'scope', 'unit'] as const
const FILTERS = [...YEARLY, 'scale'] as const

export const VIEW_REGISTRY: Record<View, ViewEntry> = {
  compare: {
    drawsWithRecharts: true,
    reads: ['metric', 'year', 'pick', 'scope', 'unit', 'groups', 'claim'],
    // The landing: only its own words load with it, not every view's and panel's.
    code: lazyComponent(() =>
      withLandingWords(import('./compare/CompareView')).then((m) => m.CompareView),
    ),
  },
  ranking: {
    drawsWithRecharts: true,
    reads: [...FILTERS, 'level'],
    code: lazyComponent(() => import('./ranking/RankingView').then((m) => m.RankingView)),
  },
  trend: {
    drawsWithRecharts: true,
    reads: [
      'markets',
      'metric',
      'from',
      'to',
      'pick',
      'scope',
      'unit',
      'scale',
      'change',
      'series',
    ],
    code: lazyComponent(() =>
      withWords(import('./trend/TrendView'), 'trend').then((m) => m.TrendView),
    ),
  },
  pipeline: {
    drawsWithRecharts: true,
    reads: ['markets', 'year', 'pick', 'scope', 'unit'],
    code: lazyComponent(() =>
      withWords(import('./pipeline/PipelineView'), 'pipeline').then((m) => m.PipelineView),
    ),
  },
  sources: {
    drawsWithRecharts: true,
    reads: FILTERS,
    code: lazyComponent(() =>
      withWords(import('./sources/SourcesView'), 'sources').then((m) => m.SourcesView),
    ),
  },
  coverage: {
    drawsWithRecharts: false,
    reads: ['markets', 'metric', 'pick', 'scope', 'unit'],
    code: lazyComponent(() =>
      withWords(import('./coverage/CoverageView'), 'coverage').then((m) => m.CoverageView),
    ),
  },
  map: {
    drawsWithRecharts: false,
    reads: YEARLY,
    code: lazyComponent(() => withWords(import('./map/MapView'), 'map').then((m) => m.MapView)),
  },
  table: {
    drawsWithRecharts: false,
    reads: YEARLY,
    code: lazyComponent(() => withWords(import('./table/TableView')).then((m) => m.TableView)),
  },
}

/** The tabs' views, in order (a tab says its message `view.<id>`). */
export const VIEW_TABS = Object.keys(VIEW_REGISTRY) as View[]

/** Starts loading a view's code before React asks for it. */
export const preloadView = (view: View) => VIEW_REGISTRY[view].code.preload()

/** The view's component once its code is in; undefined until then. */
export const useViewComponent = (view: View) => useLazy(VIEW_REGISTRY[view].code)
