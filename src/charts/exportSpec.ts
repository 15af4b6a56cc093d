/**
 * What a chart hands to the exports: its words, its legend, and the rows behind it. Small and
 * eager; the code that turns it into files is loaded on first use (see exportChart.ts).
 */

import type { Metric } from '../data/metrics'
import type { MarketEvent, Observation, Qualifier, Scope, Source } from '../data/schema'
import type { DisplayUnit } from '../view/viewState'
import type { ChartText } from './chartText'
import { toDisplay } from './format'

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
  /** The chart as a slide draws it natively, where it is a bar or line chart (else a picture). */
  deck?: DeckChart
  /** Or, made on export: its code is no view's first download. */
  loadDeck?: () => Promise<DeckChart>
  /** The events the chart marks: numbered in the picture's key, rows of the data files. */
  events?: ExportEvents
  /** Or, where their words need code the view does not load first: made on export. */
  loadEvents?: () => Promise<ExportEvents | undefined>
}

/** One marker of the chart (a line's events in one year), numbered in the export's key. */
export type ExportEventSpot = {
  /** The line (market) whose row holds the marker, and its year. */
  on: string
  year: number
  /** "Singapore, January 2022: Moratorium lifted: …", each event of the marker. */
  lines: string[]
}

export type ExportEvents = {
  spots: ExportEventSpot[]
  /** Each event once, for the CSV's rows and the workbook's sheet. */
  events: Array<MarketEvent & { marketName: string }>
}

/** One value as drawn (in the unit on screen), with its source's qualifier; null: none. */
export type DeckPoint = { value: number; qualifier?: Qualifier } | null

export type DeckSeries = {
  name: string
  colour: string
  points: DeckPoint[]
  /** A colour per point (the ranking's bars take their region's), else the series'. */
  pointColours?: string[]
}

/**
 * A bar or line chart as values: what PowerPoint's own chart is made from, so a reader can
 * restyle it and open its data sheet. Categories in the order the view draws them, top first.
 */
export type DeckChart = {
  type: 'bar' | 'line'
  /** Bars along the category axis running across (ranking, pipeline) or standing up (compare). */
  across: boolean
  stacked: boolean
  categories: string[]
  series: DeckSeries[]
  /** The value axis's unit: "MW", "GW" or "%". */
  unit: string
  /** A level drawn across the bars as a dashed line (the claim under check). */
  reference?: { name: string; value: number }
}

/** A figure as a slide's point: its value in the unit on screen, its qualifier kept. */
export function deckPoint(
  o: Pick<Observation, 'value' | 'unit' | 'qualifier'>,
  display: DisplayUnit,
): DeckPoint {
  return { value: toDisplay(o.value, o.unit, display), qualifier: o.qualifier }
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
