/** One line per market (and per group), one point per year with a figure. Pure. */
import { groupColour, marketColour } from '../../charts/palette'
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import { readingQualifier } from '../../data/bounds'
import type { Group } from '../../data/groups'
import type { Metric } from '../../data/metrics'
import type { Qualifier, Scope } from '../../data/schema'
import { scopeOf } from '../../data/scopes'
import { type FigureRow, figureRow } from '../../data/select/figureRow'
import { groupTotal } from '../../data/select/groupTotals'
import { isUnnamedPublisher, type PickRule } from '../../data/select/pickObservation'
import { collate } from '../../lib/collate'
import type { SeriesMode } from '../../view/viewState'

export type TrendPoint = {
  year: number
  value: number
  qualifier: Qualifier | undefined
  rows: FigureRow[]
  /** The figures change publisher or scope from the line's point before: drawn as a dotted join. */
  breakBefore?: boolean
}
export type TrendLine = {
  id: string
  name: string
  kind: 'market' | 'group'
  /** The market's own colour (every view's), or its group's. */
  colour: string
  points: TrendPoint[]
  /** `series=publisher`: the one publisher the market's line follows. */
  publisher?: string
}
export type TrendSeries = { years: number[]; lines: TrendLine[]; empty: AtlasMarket[] }

/** The markets a trend opens on when the link names none: the longest series, at most `limit`. */
export function longestSeries(data: AtlasData, metric: Metric, limit = 8): AtlasMarket[] {
  const years = data.yearsOf(metric).map((y) => y.year)
  return [...data.markets.values()]
    .filter((m) => m.level !== 'aggregate')
    .map((m) => ({ m, n: years.filter((y) => data.figures(m.id, metric, y).length > 0).length }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n || collate(a.m.name, b.m.name))
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

/**
 * The publisher a market's line follows (`series=publisher`): the one with the most figures in
 * the range, then the most recent, then by id; a publisher pick names it. A figure whose source
 * names no publisher is followed only where no named publisher has one.
 */
export function linePublisher(
  data: AtlasData,
  market: AtlasMarket,
  metric: Metric,
  years: number[],
  pick: PickRule,
): string | undefined {
  if (typeof pick === 'object') return pick.publisher
  const count = new Map<string, { years: number; last: number }>()
  for (const year of years)
    for (const id of new Set(data.figures(market.id, metric, year).map(data.publisherIdOf))) {
      const known = count.get(id)
      count.set(id, { years: (known?.years ?? 0) + 1, last: year })
    }
  const ranked = [...count.entries()].sort(
    ([a, x], [b, y]) =>
      Number(isUnnamedPublisher(a)) - Number(isUnnamedPublisher(b)) ||
      y.years - x.years ||
      y.last - x.last ||
      collate(a, b),
  )
  return ranked[0]?.[0]
}

/** What a point is made of: its figures' publishers and scopes. A change of it is a break. */
function signature(rows: FigureRow[]): string {
  return rows
    .map((r) => `${r.market.id}:${r.source.publisher}:${scopeOf(r.drawn) satisfies Scope}`)
    .sort()
    .join(',')
}

function markBreaks(points: TrendPoint[]): TrendPoint[] {
  return points.map((p, i) => {
    const before = points[i - 1]
    return before && signature(before.rows) !== signature(p.rows) ? { ...p, breakBefore: true } : p
  })
}

export function trendSeries(
  data: AtlasData,
  markets: AtlasMarket[],
  groups: Group[],
  metric: Metric,
  years: number[],
  pick: PickRule,
  mode: SeriesMode = 'latest',
): TrendSeries {
  const lines: TrendLine[] = []
  const empty: AtlasMarket[] = []
  for (const market of markets) {
    const publisher =
      mode === 'publisher' ? linePublisher(data, market, metric, years, pick) : undefined
    const rule: PickRule = publisher ? { publisher } : pick
    const points: TrendPoint[] = []
    for (const year of years) {
      const row = figureRow(data, market, metric, year, rule)
      if (row)
        points.push({ year, value: row.drawn.value, qualifier: row.drawn.qualifier, rows: [row] })
    }
    if (points.length > 0)
      lines.push({
        id: market.id,
        name: market.name,
        kind: 'market',
        colour: marketColour(market),
        points: markBreaks(points),
        ...(publisher ? { publisher: data.publishers.get(publisher) ?? publisher } : {}),
      })
    else empty.push(market)
  }
  groups.forEach((group, i) => {
    const points: TrendPoint[] = []
    for (const year of years) {
      const total = groupTotal(data, group, metric, year, pick)
      // A year where a member has no figure is a gap: a partial sum would read as a fall.
      const value =
        total.reading.kind === 'exact' ||
        total.reading.kind === 'at_least' ||
        total.reading.kind === 'at_most'
          ? total.reading.value
          : undefined
      if (
        total.missing.length === 0 &&
        total.unknown.length === 0 &&
        total.counted.length > 0 &&
        value !== undefined
      )
        points.push({
          year,
          value,
          qualifier: readingQualifier(total.reading),
          rows: total.counted,
        })
    }
    const regions = group.markets.flatMap((id) => data.markets.get(id)?.region ?? [])
    lines.push({
      id: `group-${i}`,
      name: group.name,
      kind: 'group',
      colour: groupColour(regions),
      points: markBreaks(points),
    })
  })
  return { years, lines, empty }
}
