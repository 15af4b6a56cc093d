/**
 * What a chart hands to the exports: its words, its legend, and the rows behind it. Small and
 * eager; the code that turns it into files is loaded on first use (see exportChart.ts).
 */

import type { Metric } from '../data/metrics'
import type { Observation, Scope, Source } from '../data/schema'
import type { ChartText } from './chartText'

/** `empty`: a dashed outline, for "no figure". */
export type LegendShape =
  | 'square'
  | 'empty'
  | 'line'
  | 'dashed'
  | 'dot'
  | 'ring'
  | 'up'
  | 'down'
  /** The mark of a scope (see scopeMarks.ts), drawn as an outline. */
  | { scope: Scope }
export type LegendEntry = { label: string; colour: string; shape: LegendShape }

/** One drawn value, with everything a reader needs to check it. */
export type ExportRow = {
  group?: string
  marketName: string
  marketId: string
  metric: Metric
  observation: Observation
  source: Source
  drawn: boolean
}

export type ExportSpec = {
  text: ChartText
  legend: LegendEntry[]
  /** A line under the legend (what the marks mean). */
  note?: string
  rows: ExportRow[]
}

export function exportRow(
  row: { market: { id: string; name: string }; drawn: Observation; source: Source },
  metric: Metric,
  group?: string,
): ExportRow {
  return {
    ...(group ? { group } : {}),
    marketName: row.market.name,
    marketId: row.market.id,
    metric,
    observation: row.drawn,
    source: row.source,
    drawn: true,
  }
}
