/** A figure of the spread (sources and table views) as an export row, drawn or not. */
import type { Metric } from '../data/metrics'
import type { Observation, Source } from '../data/schema'
import type { ExportRow } from './exportSpec'

/** A source's figure as an export row; `drawn` says whether the pick rule drew it. */
export function figureExportRow(
  figure: {
    market: { id: string; name: string }
    observation: Observation
    source: Source
    drawn: boolean
  },
  metric: Metric,
): ExportRow {
  return {
    marketName: figure.market.name,
    marketId: figure.market.id,
    metric,
    observation: figure.observation,
    source: figure.source,
    drawn: figure.drawn,
  }
}
