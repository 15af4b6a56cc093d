/**
 * What a group of markets adds up to for one metric and year, said honestly: members without a
 * figure are missing (not zero), a member inside another member (Johor inside Malaysia) is not
 * added twice, and a total with missing members or bounded figures is itself a bound.
 */
import type { AtlasData, AtlasMarket } from '../atlasData'
import {
  type Bounded,
  type BoundReading,
  divideBounds,
  figureBound,
  readRatio,
  readSum,
  sumBounds,
  UNKNOWN_TERM,
} from '../bounds'
import type { Group } from '../groups'
import type { Metric } from '../metrics'
import { type FigureRow, figureRow } from './figureRow'
import type { PickRule } from './pickObservation'

export type DoubleCount = { market: AtlasMarket; inside: AtlasMarket }

export type GroupTotal = {
  group: Group
  /** Members with a figure that the total adds up. */
  counted: FigureRow[]
  /** Members with a figure that the total leaves out, because a member they lie inside is counted. */
  notAdded: Array<{ row: FigureRow; inside: AtlasMarket }>
  /** Members with no sourced figure for this metric and year. */
  missing: AtlasMarket[]
  /** Ids in the group that no loaded dataset holds. */
  unknown: string[]
  /** Every pair of members where one lies inside the other, with or without figures. */
  doubleCounts: DoubleCount[]
  /** The drawn figures added up: the stack's height. */
  total: number
  /** What the figures allow the total to be (missing members can only add to it). */
  bound: Bounded
  /** How the total is said: exact, about, at least, at most (see readSum). */
  reading: BoundReading
}

/** The members of `markets` that lie inside another member, following parent links upward. */
export function findDoubleCounts(markets: AtlasMarket[], data: AtlasData): DoubleCount[] {
  const ids = new Set(markets.map((m) => m.id))
  const found: DoubleCount[] = []
  for (const market of markets) {
    let parentId = market.parent
    const seen = new Set<string>()
    while (parentId && !seen.has(parentId)) {
      seen.add(parentId)
      const parent = data.markets.get(parentId)
      if (!parent) break
      if (ids.has(parent.id)) {
        found.push({ market, inside: parent })
        break
      }
      parentId = parent.parent
    }
  }
  return found
}

export function groupTotal(
  data: AtlasData,
  group: Group,
  metric: Metric,
  year: number,
  pick: PickRule,
): GroupTotal {
  const markets = group.markets
    .map((id) => data.markets.get(id))
    .filter((m): m is AtlasMarket => m !== undefined)
  const unknown = group.markets.filter((id) => !data.markets.has(id))
  const rows = new Map<string, FigureRow>()
  const missing: AtlasMarket[] = []
  for (const market of markets) {
    const row = figureRow(data, market, metric, year, pick)
    if (row) rows.set(market.id, row)
    else missing.push(market)
  }
  const doubleCounts = findDoubleCounts(markets, data)
  const counted: FigureRow[] = []
  const notAdded: GroupTotal['notAdded'] = []
  for (const market of markets) {
    const row = rows.get(market.id)
    if (!row) continue
    // Left out only when the market it lies inside has a figure of its own to stand for it.
    const container = doubleCounts.find((d) => d.market.id === market.id && rows.has(d.inside.id))
    if (container) notAdded.push({ row, inside: container.inside })
    else counted.push(row)
  }
  const total = counted.reduce((sum, row) => sum + row.drawn.value, 0)
  // A member without a figure inside a counted member is covered by that member's figure.
  const uncovered = missing.filter(
    (m) => !doubleCounts.some((d) => d.market.id === m.id && rows.has(d.inside.id)),
  )
  const bound = sumBounds([
    ...counted.map((r) => figureBound(r.drawn.value, r.drawn.qualifier)),
    ...(uncovered.length > 0 || unknown.length > 0 ? [UNKNOWN_TERM] : []),
  ])
  return {
    group,
    counted,
    notAdded,
    missing: uncovered,
    unknown,
    doubleCounts,
    total,
    bound,
    reading: readSum(bound),
  }
}

/** a / b, bounded only as far as the two totals' bounds allow (see readRatio). */
export function ratio(
  a: Pick<GroupTotal, 'bound'>,
  b: Pick<GroupTotal, 'bound'>,
): BoundReading | undefined {
  const r = divideBounds(a.bound, b.bound)
  return r && a.bound.high > 0 ? readRatio(r) : undefined
}
