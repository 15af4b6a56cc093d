/** Rows of the ranking: one bar per market with a figure, highest first. Pure, no React. */
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import type { Metric } from '../../data/metrics'
import type { Observation, Source } from '../../data/schema'
import { type PickRule, pickObservation } from '../../data/select/pickObservation'

export type FigureRow = {
  market: AtlasMarket
  drawn: Observation
  source: Source
  /** The market this one lies inside (Johor: Malaysia), where the data hold it. */
  parentName?: string
  /** The other figures for this market, metric and year, most recent first. */
  others: Array<{ observation: Observation; source: Source }>
}

export type RankingSeries = {
  rows: FigureRow[]
  /** Chosen markets with no sourced figure for this metric and year (or from this publisher). */
  missing: AtlasMarket[]
}

/** The markets a view is about: those named in the URL that exist, else every market (no aggregates). */
export function marketsInView(data: AtlasData, ids: string[] | null): AtlasMarket[] {
  if (ids === null) return [...data.markets.values()].filter((m) => m.level !== 'aggregate')
  return ids
    .map((id) => data.markets.get(id))
    .filter((m): m is AtlasMarket => m !== undefined && m.level !== 'aggregate')
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
  const withSource = (observation: Observation) => {
    const source = data.sources.get(observation.source)
    // The schema guarantees every observation's source exists in its dataset.
    if (!source) throw new Error(`source ${observation.source} missing`)
    return { observation, source }
  }
  for (const market of markets) {
    const picked = pickObservation(data.figures(market.id, metric, year), pick, data.publisherIdOf)
    if (!picked) {
      missing.push(market)
      continue
    }
    const parentName = market.parent ? data.markets.get(market.parent)?.name : undefined
    rows.push({
      market,
      ...(parentName ? { parentName } : {}),
      drawn: picked.drawn,
      source: withSource(picked.drawn).source,
      others: picked.others.map(withSource),
    })
  }
  rows.sort((a, b) => b.drawn.value - a.drawn.value || a.market.name.localeCompare(b.market.name))
  missing.sort((a, b) => a.name.localeCompare(b.name))
  return { rows, missing }
}
