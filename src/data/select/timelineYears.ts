/** The years a timeline walks: those in which at least one market in view has a figure drawn. */
import type { AtlasData, AtlasMarket } from '../atlasData'
import type { Metric } from '../metrics'
import { type PickRule, pickObservation } from './pickObservation'

export function timelineYears(
  data: AtlasData,
  metrics: readonly Metric[],
  markets: readonly AtlasMarket[],
  pick: PickRule,
): number[] {
  // A built-in rule draws a figure wherever there is one: only a publisher's rule needs the pick.
  const drawn = (market: AtlasMarket, metric: Metric, year: number) => {
    const figures = data.figures(market.id, metric, year)
    return typeof pick === 'string'
      ? figures.length > 0
      : pickObservation(figures, pick, data.publisherIdOf) !== undefined
  }
  const years = new Set<number>()
  for (const metric of metrics)
    for (const { year } of data.yearsOf(metric))
      if (!years.has(year) && markets.some((m) => drawn(m, metric, year))) years.add(year)
  return [...years].sort((a, b) => a - b)
}
