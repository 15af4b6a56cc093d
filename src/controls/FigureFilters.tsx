/**
 * A view's controls: one per URL key it reads, always in the same order (markets, metric, year
 * or years, pick rule, scope, level, unit, scale), so a key a view reads is a control the reader can change.
 */
import type { ReactNode } from 'react'
import type { AtlasData, AtlasMarket } from '../data/atlasData'
import type { Metric } from '../data/metrics'
import type { Update } from '../view/useViewState'
import type { UrlKey, ViewState } from '../view/viewState'
import { type MarketChoice, MarketPicker } from './MarketPicker'
import {
  LevelSelect,
  MetricSelect,
  PickSelect,
  ScaleSwitch,
  ScopeSelect,
  UnitSwitch,
  YearSelect,
} from './ViewControls'

/** What a view tells its controls beyond the state. */
export type FilterOptions = {
  /** The year drawn when the link names none. */
  shownYear?: number
  /** The metric whose years the year select offers, where the view fixes it (the pipeline). */
  yearMetric?: Metric
  /** The year select's default entry ("Latest", "Year of the claim"). */
  yearLabel?: string
  /** The from–to control of a view that reads `from` and `to` (the trend's, from its folder). */
  range?: ReactNode
  /** The markets ticked when the link names none, where that is not every market. */
  defaultMarkets?: string[]
  /**
   * A timeline under the chart, over the years in which these metrics (the state's by default)
   * have a figure for these markets (the state's by default).
   */
  timeline?: { metrics?: readonly Metric[]; markets?: readonly AtlasMarket[] }
}

export function FigureFilters({
  data,
  choices,
  state,
  update,
  reads,
  options,
}: {
  data: AtlasData
  choices: MarketChoice[]
  state: ViewState
  update: Update
  reads: readonly UrlKey[]
  options: FilterOptions
}) {
  const has = (key: UrlKey) => reads.includes(key)
  return (
    <>
      {has('markets') ? (
        <MarketPicker
          markets={choices}
          selected={state.markets ?? options.defaultMarkets ?? null}
          onChange={(ids) => update({ markets: ids })}
        />
      ) : null}
      {has('metric') ? (
        <MetricSelect value={state.metric} onChange={(metric) => update({ metric })} />
      ) : null}
      {has('year') ? (
        <YearSelect
          data={data}
          metric={options.yearMetric ?? state.metric}
          year={state.year}
          shownYear={options.shownYear}
          defaultLabel={options.yearLabel}
          onChange={(y) => update({ year: y })}
        />
      ) : null}
      {has('from') ? options.range : null}
      {has('pick') ? (
        <PickSelect data={data} pick={state.pick} onChange={(pick) => update({ pick })} />
      ) : null}
      {has('scope') ? (
        <ScopeSelect value={state.scope} onChange={(scope) => update({ scope })} />
      ) : null}
      {has('level') ? (
        <LevelSelect value={state.level} onChange={(level) => update({ level })} />
      ) : null}
      {has('unit') ? <UnitSwitch value={state.unit} onChange={(unit) => update({ unit })} /> : null}
      {has('scale') ? (
        <ScaleSwitch value={state.scale} onChange={(scale) => update({ scale })} />
      ) : null}
    </>
  )
}
