/**
 * The loaded datasets joined into one read-only index, built once per set of datasets so that
 * every filter change is a lookup, not a scan.
 */
import { slugify } from '../lib/slug'
import type { Metric } from './metrics'
import type { Claim, Dataset, Market, MarketEvent, Observation, Scope, Source } from './schema'
import { scopeOf } from './scopes'
import { USER_DATASET_PREFIX } from './userDataLimits'

export type AtlasMarket = Market & { datasetId: string }

export type AtlasData = {
  datasets: Dataset[]
  markets: Map<string, AtlasMarket>
  sources: Map<string, Source>
  /** Claims to check, in dataset order. */
  claims: Map<string, Claim>
  /** Dated events of every market, by date (a file loaded twice gives each once). */
  events: MarketEvent[]
  /** Publisher id (slug of the name) -> publisher name. */
  publishers: Map<string, string>
  /** All observations of one market, metric and year. */
  figures(marketId: string, metric: Metric, year: number): Observation[]
  /** Years with at least one figure of the metric, ascending, and how many markets each has. */
  yearsOf(metric: Metric): Array<{ year: number; markets: number }>
  publisherIdOf(observation: Observation): string
}

const key = (market: string, metric: string, year: number) => `${market}|${metric}|${year}`

/**
 * `scope`: only figures of that scope are indexed (the `scope=` filter), so every view, the pick
 * rule and the timeline work within it; null: every figure.
 */
/**
 * Two markets never share a name on a chart. The import tells a file's markets apart from the
 * bundled ones and from each other; two of the reader's files (or a file and a link) may still
 * both hold a "Tokyo (yours)" under different ids: each then names its id, as markets of one
 * file do ("Tokyo (yours, tyo)").
 */
function toldApart(markets: Map<string, AtlasMarket>): void {
  const byName = new Map<string, AtlasMarket[]>()
  for (const market of markets.values())
    byName.set(market.name, [...(byName.get(market.name) ?? []), market])
  for (const same of byName.values()) {
    if (same.length < 2) continue
    for (const market of same) {
      if (!market.datasetId.startsWith(USER_DATASET_PREFIX)) continue
      const name = market.name.endsWith(')')
        ? `${market.name.slice(0, -1)}, ${market.id})`
        : `${market.name} (${market.id})`
      markets.set(market.id, { ...market, name })
    }
  }
}

export function combineDatasets(datasets: Dataset[], scope: Scope | null = null): AtlasData {
  const markets = new Map<string, AtlasMarket>()
  const sources = new Map<string, Source>()
  const publishers = new Map<string, string>()
  const claims = new Map<string, Claim>()
  const events = new Map<string, MarketEvent>()
  const index = new Map<string, Observation[]>()
  const marketsByMetricYear = new Map<Metric, Map<number, Set<string>>>()
  for (const dataset of datasets) {
    for (const market of dataset.markets)
      if (!markets.has(market.id)) markets.set(market.id, { ...market, datasetId: dataset.id })
    for (const claim of dataset.claims ?? []) if (!claims.has(claim.id)) claims.set(claim.id, claim)
    for (const event of dataset.events ?? []) {
      const k = `${event.market}|${event.date}|${event.title}`
      if (!events.has(k)) events.set(k, event)
    }
    for (const source of dataset.sources) {
      sources.set(source.id, source)
      publishers.set(slugify(source.publisher), source.publisher)
    }
    for (const observation of dataset.observations) {
      if (scope !== null && scopeOf(observation) !== scope) continue
      const k = key(observation.market, observation.metric, observation.year)
      const list = index.get(k)
      if (list) list.push(observation)
      else index.set(k, [observation])
      const byYear = marketsByMetricYear.get(observation.metric) ?? new Map<number, Set<string>>()
      marketsByMetricYear.set(observation.metric, byYear)
      const set = byYear.get(observation.year) ?? new Set<string>()
      byYear.set(observation.year, set)
      if (markets.get(observation.market)?.level !== 'aggregate') set.add(observation.market)
    }
  }
  toldApart(markets)
  const sourcePublisher = new Map([...sources.values()].map((s) => [s.id, slugify(s.publisher)]))
  return {
    datasets,
    markets,
    sources,
    claims,
    events: [...events.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    publishers,
    figures: (marketId, metric, year) => index.get(key(marketId, metric, year)) ?? [],
    yearsOf: (metric) =>
      [...(marketsByMetricYear.get(metric) ?? new Map<number, Set<string>>()).entries()]
        .filter(([, set]) => set.size > 0)
        .map(([year, set]) => ({ year, markets: set.size }))
        .sort((a, b) => a.year - b.year),
    publisherIdOf: (observation) => sourcePublisher.get(observation.source) ?? '',
  }
}

/**
 * The year a view opens on when the link names none: the latest year whose coverage is at
 * least half that of the best-covered year. The literal latest year often holds one or two
 * early figures (a January blog post); a ranking of two bars answers nobody's question.
 */
export function defaultYear(data: AtlasData, metric: Metric): number | undefined {
  const years = data.yearsOf(metric)
  const best = Math.max(0, ...years.map((y) => y.markets))
  return years.filter((y) => y.markets * 2 >= best).at(-1)?.year
}
