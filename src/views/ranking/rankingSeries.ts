/** Rows of the ranking: one bar per market with a figure, highest first. Pure, no React. */

import { metricTitle } from '../../charts/chartText'
import { type DeckChart, deckPoint } from '../../charts/exportSpec'
import { unitLabel } from '../../charts/format'
import { regionColour } from '../../charts/palette'
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import { METRIC_UNIT, type Metric } from '../../data/metrics'
import { type FigureRow, figureRow } from '../../data/select/figureRow'
import type { PickRule } from '../../data/select/pickObservation'
import { collate } from '../../lib/collate'
import type { DisplayUnit } from '../../view/viewState'

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

/** The ranking as a slide's bar chart: one bar per market, highest first, in its region's colour. */
export function rankingDeck(rows: FigureRow[], metric: Metric, display: DisplayUnit): DeckChart {
  return {
    type: 'bar',
    across: true,
    stacked: false,
    categories: rows.map((r) => r.market.name),
    series: [
      {
        name: metricTitle(metric),
        colour: regionColour(rows[0]?.market.region ?? ''),
        points: rows.map((r) => deckPoint(r.drawn, display)),
        pointColours: rows.map((r) => regionColour(r.market.region)),
      },
    ],
    unit: unitLabel(METRIC_UNIT[metric], display),
  }
}
