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
  const years = new Set<number>()
  for (const metric of metrics)
    for (const { year } of data.yearsOf(metric)) {
      if (years.has(year)) continue
      const drawn = markets.some(
        (m) =>
          pickObservation(data.figures(m.id, metric, year), pick, data.publisherIdOf) !== undefined,
      )
      if (drawn) years.add(year)
    }
  return [...years].sort((a, b) => a - b)
}
