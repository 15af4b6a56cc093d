/**
 * What is known, market by year, for one metric: each cell holds the drawn figure and how many
 * publishers gave one. The analyst's first question: "what do we actually know, and since when?"
 * Pure, no React.
 */

import { KNOWN_REGIONS } from '../../charts/format'
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import type { Metric } from '../../data/metrics'
import { type FigureRow, figureRow } from '../../data/select/figureRow'
import type { PickRule } from '../../data/select/pickObservation'
import { collate } from '../../lib/collate'

export type CoverageCell = {
  year: number
  /** The drawn figure and every other one; undefined: no sourced figure, an empty cell. */
  row: FigureRow | undefined
  /** How many publishers gave a figure for this market, metric and year. */
  publishers: number
}
/** `inside`: the market lies inside the row above it (Johor under Malaysia). */
export type CoverageRow = { market: AtlasMarket; cells: CoverageCell[]; inside: boolean }
export type CoverageGrid = {
  /** Every year from the first figure to the last, so a year nobody covers shows as a gap too. */
  years: number[]
  regions: Array<{ region: string; rows: CoverageRow[] }>
  /** Chosen markets with no figure of this metric in any year. */
  empty: AtlasMarket[]
}

export function coverageGrid(
  data: AtlasData,
  markets: AtlasMarket[],
  metric: Metric,
  pick: PickRule,
): CoverageGrid {
  const known = new Set(data.yearsOf(metric).map((y) => y.year))
  const first = Math.min(...known)
  const last = Math.max(...known)
  const years = known.size === 0 ? [] : range(first, last)
  const rows: CoverageRow[] = []
  const empty: AtlasMarket[] = []
  for (const market of markets) {
    const cells = years.map((year) => {
      const figures = data.figures(market.id, metric, year)
      return {
        year,
        row: figureRow(data, market, metric, year, pick),
        publishers: new Set(figures.map(data.publisherIdOf)).size,
      }
    })
    if (cells.some((c) => c.publishers > 0)) rows.push({ market, cells, inside: false })
    else empty.push(market)
  }
  empty.sort((a, b) => collate(a.name, b.name))
  const shown = trimmed(years, rows)
  return { years: shown, regions: byRegion(rows), empty }
}

/** Regions in the product's order, then any other by id. */
function byRegionOrder(a: string, b: string): number {
  const rank = (region: string) => {
    const i = (KNOWN_REGIONS as readonly string[]).indexOf(region)
    return i === -1 ? KNOWN_REGIONS.length : i
  }
  return rank(a) - rank(b) || collate(a, b)
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

/** Drops the years before the chosen markets' first figure and after their last, from each row too. */
function trimmed(years: number[], rows: CoverageRow[]): number[] {
  const filled = years.filter((_, i) => rows.some((r) => (r.cells[i]?.publishers ?? 0) > 0))
  if (filled.length === 0) return []
  const from = years.indexOf(filled[0] as number)
  const to = years.indexOf(filled.at(-1) as number)
  for (const row of rows) row.cells = row.cells.slice(from, to + 1)
  return years.slice(from, to + 1)
}

/**
 * Regions in the product's order; inside a region, each country is followed by the
 * markets inside it, so Malaysia, Greater Kuala Lumpur and Johor read as one block.
 */
function byRegion(rows: CoverageRow[]): CoverageGrid['regions'] {
  const regions = new Map<string, CoverageRow[]>()
  for (const row of rows) {
    const list = regions.get(row.market.region) ?? []
    regions.set(row.market.region, list)
    list.push(row)
  }
  return [...regions.entries()]
    .sort(([a], [b]) => byRegionOrder(a, b))
    .map(([region, list]) => {
      const ids = new Set(list.map((r) => r.market.id))
      const headOf = (r: CoverageRow) =>
        r.market.parent && ids.has(r.market.parent) ? r.market.parent : r.market.id
      const names = new Map(list.map((r) => [r.market.id, r.market.name]))
      const sorted = [...list].sort(
        (a, b) =>
          collate(names.get(headOf(a)) ?? '', names.get(headOf(b)) ?? '') ||
          Number(headOf(a) !== a.market.id) - Number(headOf(b) !== b.market.id) ||
          collate(a.market.name, b.market.name),
      )
      return {
        region,
        rows: sorted.map((r) => ({ ...r, inside: headOf(r) !== r.market.id })),
      }
    })
}
