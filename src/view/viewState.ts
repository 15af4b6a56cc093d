/**
 * Everything a view is made of. It lives in the URL query string (a public contract: links
 * users shared must keep opening), so a link reproduces the view.
 */
import type { Group } from '../data/groups'
import type { Metric } from '../data/metrics'
import type { Scope } from '../data/schema'
import type { PickRule } from '../data/select/pickObservation'
import type { Lang } from '../i18n/langs'

export const VIEWS = [
  'ranking',
  'trend',
  'compare',
  'pipeline',
  'sources',
  'coverage',
  'map',
  'table',
] as const
export type View = (typeof VIEWS)[number]
export const UNITS = ['mw', 'gw'] as const
export type DisplayUnit = (typeof UNITS)[number]
export const SCALES = ['linear', 'log'] as const
export type Scale = (typeof SCALES)[number]

/** `change=index`: the trend draws each line as change since its first figure (= 100). */
export const CHANGES = ['index'] as const
export type Change = (typeof CHANGES)[number]

/**
 * `series=`: the trend follows one publisher per market (`publisher`), or draws the most recent
 * figure each year (`latest`), a change of publisher or scope drawn as a break.
 */
export const SERIES_MODES = ['publisher', 'latest'] as const
export type SeriesMode = (typeof SERIES_MODES)[number]

/** `scope=`: draw only figures of one scope; `any` (the default) draws every figure. */
export const ANY_SCOPE = 'any'

/** `level=`: the ranking draws every market, only cities (and city-states), or only countries. */
export const LEVELS = ['all', 'metro', 'country'] as const
export type LevelFilter = (typeof LEVELS)[number]

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** A dataset version a link was made with: `ds=sea@2026.11`. */
export type DatasetPin = { id: string; version: string }

/** `claim=none`: the compare view draws no claim. */
export const NO_CLAIM = 'none'

export type ViewState = {
  view: View
  /** Market ids; null means every market the loaded datasets hold. */
  markets: string[] | null
  metric: Metric
  /** null: the latest well-covered year of the data (see defaultYear). */
  year: number | null
  pick: PickRule
  /** Year range of the trend; null ends: the data's first or last year. */
  from: number | null
  to: number | null
  /** null: the groups of the claim the compare view opens on (or none). */
  groups: Group[] | null
  /** A claim id, NO_CLAIM, or null for the data's first claim: the landing view checks it. */
  claim: string | null
  unit: DisplayUnit
  scale: Scale
  /** null: absolute values. */
  change: Change | null
  /** null: any scope. */
  scope: Scope | null
  /** null: `publisher`, except for a link pinned to a release before 2027.01 (see seriesMode). */
  series: SeriesMode | null
  level: LevelFilter
  /** `events=0`: the charts draw no events (markers, ticks, names under the chart). */
  events: boolean
  /** Dataset versions the link was made with; null: the current ones. */
  ds: DatasetPin[] | null
  /** null: follow the browser (prefers-color-scheme, navigator.language). */
  theme: Theme | null
  lang: Lang | null
  /** `data=<url>`: a user's own dataset, fetched from that address. */
  data: string | null
  /** `embed=1`: only the chart, its title, caption and source, for an iframe. */
  embed: boolean
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'compare',
  markets: null,
  metric: 'operational',
  year: null,
  pick: 'latest',
  from: null,
  to: null,
  groups: null,
  claim: null,
  unit: 'mw',
  scale: 'linear',
  change: null,
  scope: null,
  series: null,
  level: 'all',
  events: true,
  ds: null,
  theme: null,
  lang: null,
  data: null,
  embed: false,
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
  'claim',
  'ds',
  'data',
  'change',
  'scope',
  'series',
  'level',
  'events',
  'embed',
  'theme',
  'lang',
] as const
export type UrlKey = (typeof URL_KEYS)[number]

/** Something a link asked for that the app could not honour, said to the user in a notice. */
export type Ignored = {
  key: string
  value: string
  /** Said when shown, in the page's language then (its words load with the notices). */
  reason: () => string
  /** The reason already says what is shown instead (no "; showing …" is added). */
  showsFallback?: boolean
}
