/** Every source's figure per market for one metric and year: the spread, and the one drawn. Pure. */

import { collate } from '../../lib/collate'
import type { AtlasData, AtlasMarket } from '../atlasData'
import type { Metric } from '../metrics'
import type { Observation, Source } from '../schema'
import { figureRow } from './figureRow'
import type { PickRule } from './pickObservation'

export type SourcedFigure = {
  market: AtlasMarket
  observation: Observation
  source: Source
  drawn: boolean
}
export type SpreadRow = { market: AtlasMarket; figures: SourcedFigure[]; min: number; max: number }

export function sourcesSeries(
  data: AtlasData,
  markets: AtlasMarket[],
  metric: Metric,
  year: number,
  pick: PickRule,
) {
  const rows: SpreadRow[] = []
  const missing: AtlasMarket[] = []
  for (const market of markets) {
    const row = figureRow(data, market, metric, year, pick)
    const all = data.figures(market.id, metric, year)
    if (all.length === 0) {
      missing.push(market)
      continue
    }
    const figures = all.map((observation) => ({
      market,
      observation,
      source: data.sources.get(observation.source) as Source,
      drawn: observation === row?.drawn,
    }))
    const values = figures.map((f) => f.observation.value)
    rows.push({ market, figures, min: Math.min(...values), max: Math.max(...values) })
  }
  // Widest disagreement first: that is what this view is for.
  rows.sort(
    (a, b) =>
      b.figures.length - a.figures.length ||
      b.max - b.min - (a.max - a.min) ||
      collate(a.market.name, b.market.name),
  )
  return { rows, missing }
}
