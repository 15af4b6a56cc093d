/** One line per market (and per group), one point per year with a figure. Pure. */
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import type { Group } from '../../data/groups'
import type { Metric } from '../../data/metrics'
import type { Qualifier } from '../../data/schema'
import { type FigureRow, figureRow } from '../../data/select/figureRow'
import { groupTotal } from '../../data/select/groupTotals'
import type { PickRule } from '../../data/select/pickObservation'

export type TrendPoint = {
  year: number
  value: number
  qualifier: Qualifier | undefined
  rows: FigureRow[]
}
export type TrendLine = { id: string; name: string; kind: 'market' | 'group'; points: TrendPoint[] }
export type TrendSeries = { years: number[]; lines: TrendLine[]; empty: AtlasMarket[] }

/** The markets a trend opens on when the link names none: the longest series, at most `limit`. */
export function longestSeries(data: AtlasData, metric: Metric, limit = 8): AtlasMarket[] {
  const years = data.yearsOf(metric).map((y) => y.year)
  return [...data.markets.values()]
    .filter((m) => m.level !== 'aggregate')
    .map((m) => ({ m, n: years.filter((y) => data.figures(m.id, metric, y).length > 0).length }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n || a.m.name.localeCompare(b.m.name))
    .slice(0, limit)
    .map(({ m }) => m)
}

export function yearRange(
  data: AtlasData,
  metric: Metric,
  from: number | null,
  to: number | null,
): number[] {
  const years = data.yearsOf(metric).map((y) => y.year)
  const first = from ?? years[0]
  const last = to ?? years.at(-1)
  if (first === undefined || last === undefined) return []
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)
}

export function trendSeries(
  data: AtlasData,
  markets: AtlasMarket[],
  groups: Group[],
  metric: Metric,
  years: number[],
  pick: PickRule,
): TrendSeries {
  const lines: TrendLine[] = []
  const empty: AtlasMarket[] = []
  for (const market of markets) {
    const points: TrendPoint[] = []
    for (const year of years) {
      const row = figureRow(data, market, metric, year, pick)
      if (row)
        points.push({ year, value: row.drawn.value, qualifier: row.drawn.qualifier, rows: [row] })
    }
    if (points.length > 0) lines.push({ id: market.id, name: market.name, kind: 'market', points })
    else empty.push(market)
  }
  groups.forEach((group, i) => {
    const points: TrendPoint[] = []
    for (const year of years) {
      const total = groupTotal(data, group, metric, year, pick)
      // A year where a member has no figure is a gap: a partial sum would read as a fall.
      if (total.missing.length === 0 && total.unknown.length === 0 && total.counted.length > 0)
        points.push({ year, value: total.total, qualifier: total.qualifier, rows: total.counted })
    }
    lines.push({ id: `group-${i}`, name: group.name, kind: 'group', points })
  })
  return { years, lines, empty }
}
