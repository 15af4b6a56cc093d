/**
 * Everything a view is made of. It lives in the URL query string (a public contract: links
 * users shared must keep opening), so a link reproduces the view.
 */
import type { Metric } from '../data/metrics'
import type { PickRule } from '../data/select/pickObservation'

export const VIEWS = ['ranking', 'trend', 'compare', 'pipeline', 'sources', 'table'] as const
export type View = (typeof VIEWS)[number]
/** The views this build draws; the others are valid in links and open the ranking with a notice. */
export const BUILT_VIEWS: readonly View[] = ['ranking']

export type ViewState = {
  view: View
  /** Market ids; null means every market the loaded datasets hold. */
  markets: string[] | null
  metric: Metric
  /** null: the latest well-covered year of the data (see defaultYear). */
  year: number | null
  pick: PickRule
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'ranking',
  markets: null,
  metric: 'operational',
  year: null,
  pick: 'latest',
}

/** The URL keys in the order they are written (the SPEC's table order), unknown keys after. */
export const URL_KEYS = [
  'view',
  'markets',
  'metric',
  'year',
  'from',
  'to',
  'groups',
  'pick',
  'unit',
  'scale',
  'ds',
  'data',
  'embed',
  'theme',
  'lang',
] as const
export type UrlKey = (typeof URL_KEYS)[number]

/** Something a link asked for that the app could not honour, said to the user in a notice. */
export type Ignored = { key: string; value: string; reason: string }
