/** Rows of the ranking: one bar per market with a figure, highest first. Pure, no React. */

import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import type { Metric } from '../../data/metrics'
import { type FigureRow, figureRow } from '../../data/select/figureRow'
import type { PickRule } from '../../data/select/pickObservation'
import { collate } from '../../lib/collate'

export type { FigureRow }

export type RankingSeries = {
  rows: FigureRow[]
  /** Chosen markets with no sourced figure for this metric and year (or from this publisher). */
  missing: AtlasMarket[]
}

export function rankingSeries(
  data: AtlasData,
  markets: AtlasMarket[],
  metric: Metric,
  year: number,
  pick: PickRule,
): RankingSeries {
  const rows: FigureRow[] = []
  const missing: AtlasMarket[] = []
  for (const market of markets) {
    const row = figureRow(data, market, metric, year, pick)
    if (row) rows.push(row)
    else missing.push(market)
  }
  rows.sort((a, b) => b.drawn.value - a.drawn.value || collate(a.market.name, b.market.name))
  missing.sort((a, b) => collate(a.name, b.name))
  return { rows, missing }
}
