/**
 * What the map draws, from the state: a circle per city market (and city-state) at its place,
 * a shaded shape per country total, and which panels show them. Pure, no React.
 */
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import type { Metric } from '../../data/metrics'
import { type FigureRow, figureRow } from '../../data/select/figureRow'
import type { PickRule } from '../../data/select/pickObservation'
import { collate } from '../../lib/collate'
import { PANELS, type PanelId } from './mapPanels'

export type MapCircle = { row: FigureRow; lon: number; lat: number; panel: PanelId }
export type MapCountry = { row: FigureRow; country: string; panel: PanelId }

export type MapSeries = {
  /** Largest first. */
  circles: MapCircle[]
  /** Largest first. */
  countries: MapCountry[]
  /** Every market drawn, circles and shapes together, largest first: the keyboard's order. */
  drawn: FigureRow[]
  /** The panels that show something, in the product's order. */
  panels: PanelId[]
  /** Chosen markets with no sourced figure for this metric and year. */
  missing: AtlasMarket[]
  /** Markets with a figure the map cannot place (no coordinates, outside every panel). */
  unplaced: FigureRow[]
}

const isPanel = (region: string): region is PanelId => PANELS.some((p) => p.id === region)

function panelAt(lon: number, lat: number): PanelId | undefined {
  return PANELS.find(({ extent: [w, s, e, n] }) => lon >= w && lon <= e && lat >= s && lat <= n)?.id
}

const largestFirst = (a: { row: FigureRow }, b: { row: FigureRow }) =>
  b.row.drawn.value - a.row.drawn.value || collate(a.row.market.name, b.row.market.name)

/**
 * `hasShape`: whether the map has a shape for a country code (a user's country may have none).
 * Southeast Asia and Europe are always shown (the question the product was born from); the rest
 * of Asia Pacific when one of its markets is drawn.
 */
export function mapSeries(
  data: AtlasData,
  markets: AtlasMarket[],
  metric: Metric,
  year: number,
  pick: PickRule,
  hasShape: (country: string) => boolean = () => true,
): MapSeries {
  const circles: MapCircle[] = []
  const countries: MapCountry[] = []
  const missing: AtlasMarket[] = []
  const unplaced: FigureRow[] = []
  for (const market of markets) {
    const row = figureRow(data, market, metric, year, pick)
    if (!row) {
      missing.push(market)
      continue
    }
    const { lat, lon, country, region } = market
    if (lat !== undefined && lon !== undefined) {
      const panel = isPanel(region) ? region : panelAt(lon, lat)
      if (panel) circles.push({ row, lon, lat, panel })
      else unplaced.push(row)
    } else if (market.level === 'country' && country && hasShape(country)) {
      const panel = isPanel(region) ? region : undefined
      if (panel) countries.push({ row, country, panel })
      else unplaced.push(row)
    } else unplaced.push(row)
  }
  circles.sort(largestFirst)
  countries.sort(largestFirst)
  const used = new Set<PanelId>([...circles, ...countries].map((x) => x.panel))
  const panels = PANELS.map((p) => p.id).filter(
    (id) => id === 'southeast-asia' || id === 'europe' || used.has(id),
  )
  const drawn = [...circles, ...countries].sort(largestFirst).map((x) => x.row)
  missing.sort((a, b) => collate(a.name, b.name))
  return { circles, countries, drawn, panels, missing, unplaced }
}

/** What holds still while the years change: the circle scale, the panels, the shading classes. */
export type MapScale = { largest: number; panels: PanelId[]; breaks: number[] }

/**
 * The map's scale over every year of the metric, not the year shown: a timeline playing or two
 * years side by side in a report keep one circle scale, the same panels and shading classes, so
 * a circle that grew has grown.
 */
export function mapScale(
  data: AtlasData,
  markets: AtlasMarket[],
  metric: Metric,
  pick: PickRule,
  hasShape?: (country: string) => boolean,
): MapScale {
  let largest = 0
  const panels = new Set<PanelId>()
  const countryValues: number[] = []
  for (const { year } of data.yearsOf(metric)) {
    const series = mapSeries(data, markets, metric, year, pick, hasShape)
    largest = Math.max(largest, series.circles[0]?.row.drawn.value ?? 0)
    for (const panel of series.panels) panels.add(panel)
    for (const c of series.countries) countryValues.push(c.row.drawn.value)
  }
  return {
    largest,
    panels: PANELS.map((p) => p.id).filter((id) => panels.has(id)),
    breaks: shadeBreaks(countryValues),
  }
}

/**
 * A circle's radius for `value` when the largest value drawn gets `largestRadius`: the area, not
 * the radius, is proportional to the figure, and one scale holds in every panel.
 */
export function circleRadius(value: number, largest: number, largestRadius: number): number {
  return largest > 0 ? largestRadius * Math.sqrt(Math.max(value, 0) / largest) : 0
}

const NICE = [1, 2, 5]

/** The largest "round" number (1, 2 or 5 times a power of ten) not above `value`. */
export function niceBelow(value: number): number {
  if (value <= 0) return 0
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [...NICE].reverse().find((n) => n * power <= value) ?? 1
  return step * power
}

/** Three reference values for the size legend: round numbers up to the largest figure. */
export function sizeLegendValues(largest: number): number[] {
  const top = niceBelow(largest)
  return [...new Set([top, niceBelow(top / 2), niceBelow(top / 10)])].filter((v) => v > 0)
}

/** Upper bounds of the country shading's four classes (the last is open). */
export function shadeBreaks(values: number[]): number[] {
  const largest = Math.max(0, ...values)
  return [...new Set([niceBelow(largest / 8), niceBelow(largest / 4), niceBelow(largest / 2)])]
}

/** Which of the four shades (0–3) a value takes. */
export function shadeOf(value: number, breaks: number[]): number {
  const index = breaks.findIndex((b) => value < b)
  return index === -1 ? breaks.length : index
}
