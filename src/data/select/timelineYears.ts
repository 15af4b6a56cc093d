/** The years a timeline walks: those in which at least one market in view has a figure drawn. */
import type { AtlasData, AtlasMarket } from '../atlasData'
import type { Metric } from '../metrics'
import { type PickRule, pickObservation } from './pickObservation'

/** Each year with a figure drawn, ascending, with how many of the markets in view have one. */
export function timelineCoverage(
  data: AtlasData,
  metrics: readonly Metric[],
  markets: readonly AtlasMarket[],
  pick: PickRule,
): Array<{ year: number; markets: number }> {
  // A built-in rule draws a figure wherever there is one: only a publisher's rule needs the pick.
  const drawn = (market: AtlasMarket, metric: Metric, year: number) => {
    const figures = data.figures(market.id, metric, year)
    return typeof pick === 'string'
      ? figures.length > 0
      : pickObservation(figures, pick, data.publisherIdOf) !== undefined
  }
  const years = new Set(metrics.flatMap((metric) => data.yearsOf(metric).map((y) => y.year)))
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      markets: markets.filter((m) => metrics.some((metric) => drawn(m, metric, year))).length,
    }))
    .filter((y) => y.markets > 0)
}

export function timelineYears(
  data: AtlasData,
  metrics: readonly Metric[],
  markets: readonly AtlasMarket[],
  pick: PickRule,
): number[] {
  return timelineCoverage(data, metrics, markets, pick).map((y) => y.year)
}

/**
 * Years in which few of the markets in view have a figure: fewer than half as many as the
 * best-covered year (the rule the default year follows). The timeline marks them, and Play
 * with only such years left starts from the first year.
 */
export function sparseYears(
  coverage: ReadonlyArray<{ year: number; markets: number }>,
): Set<number> {
  const best = Math.max(0, ...coverage.map((y) => y.markets))
  return new Set(coverage.filter((y) => y.markets * 2 < best).map((y) => y.year))
}
