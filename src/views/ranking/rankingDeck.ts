import { metricTitle } from '../../charts/chartText'
import { type DeckChart, deckPoint } from '../../charts/exportSpec'
import { unitLabel } from '../../charts/format'
import { regionColour } from '../../charts/palette'
import { METRIC_UNIT, type Metric } from '../../data/metrics'
import type { FigureRow } from '../../data/select/figureRow'
import type { DisplayUnit } from '../../view/viewState'

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
