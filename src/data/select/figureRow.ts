/** One market's drawn figure for a metric and year, with its source and every other figure. */
import type { AtlasData, AtlasMarket } from '../atlasData'
import type { Metric } from '../metrics'
import type { Observation, Source } from '../schema'
import { type PickRule, pickObservation } from './pickObservation'

export type FigureRow = {
  market: AtlasMarket
  drawn: Observation
  source: Source
  /** The market this one lies inside (Johor: Malaysia), where the data hold it. */
  parentName?: string
  /** The other figures for this market, metric and year, most recent first. */
  others: Array<{ observation: Observation; source: Source }>
}

export function figureRow(
  data: AtlasData,
  market: AtlasMarket,
  metric: Metric,
  year: number,
  pick: PickRule,
): FigureRow | undefined {
  const picked = pickObservation(data.figures(market.id, metric, year), pick, data.publisherIdOf)
  if (!picked) return undefined
  const parentName = market.parent ? data.markets.get(market.parent)?.name : undefined
  return {
    market,
    drawn: picked.drawn,
    source: sourceOf(data, picked.drawn),
    ...(parentName ? { parentName } : {}),
    others: picked.others.map((observation) => ({
      observation,
      source: sourceOf(data, observation),
    })),
  }
}

export function sourceOf(data: AtlasData, observation: Observation): Source {
  const source = data.sources.get(observation.source)
  // The schema guarantees every observation's source is in its dataset.
  if (!source) throw new Error(`source ${observation.source} missing`)
  return source
}
