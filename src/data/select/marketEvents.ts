/**
 * The events beside a market's figures: its own, and those of the country it lies in (a
 * national grid rule shaped Dublin too), marked national so a chart draws them as such.
 */
import type { AtlasData } from '../atlasData'
import type { MarketEvent } from '../schema'

export type ShownEvent = MarketEvent & {
  /** The market whose line or row shows it. */
  on: string
  /** The event is its country's, shown on one of its cities. */
  national: boolean
}

// Dates and ids are ASCII codes: code-point order is their order (no ICU needed).
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export const eventYear = (event: Pick<MarketEvent, 'date'>): number =>
  Number(event.date.slice(0, 4))

/** One event's identity, the same wherever it is shown. */
export const eventKey = (event: Pick<MarketEvent, 'market' | 'date' | 'title'>): string =>
  `${event.market}|${event.date}|${event.title}`

/** The countries a market lies in, nearest first (Johor: Malaysia). */
function countriesOf(data: AtlasData, marketId: string): string[] {
  const chain: string[] = []
  let parent = data.markets.get(marketId)?.parent
  while (parent !== undefined && !chain.includes(parent)) {
    chain.push(parent)
    parent = data.markets.get(parent)?.parent
  }
  return chain
}

/** A market's events and its country's, by date. */
export function eventsOf(data: AtlasData, marketId: string): ShownEvent[] {
  const countries = countriesOf(data, marketId)
  return data.events.flatMap((event): ShownEvent[] =>
    event.market === marketId
      ? [{ ...event, on: marketId, national: false }]
      : countries.includes(event.market)
        ? [{ ...event, on: marketId, national: true }]
        : [],
  )
}

/**
 * The events of the markets in view, each once (a national event shown for two of its cities
 * is one event), by date: the timeline's ticks, the list, the exports.
 */
export function eventsOfMarkets(data: AtlasData, marketIds: readonly string[]): ShownEvent[] {
  const seen = new Map<string, ShownEvent>()
  for (const id of marketIds)
    for (const event of eventsOf(data, id)) {
      const key = eventKey(event)
      const known = seen.get(key)
      // Shown as its own market's where that market is in view, not as a city's national one.
      if (!known || (known.national && !event.national)) seen.set(key, event)
    }
  return [...seen.values()].sort((a, b) => byCode(a.date, b.date) || byCode(a.market, b.market))
}

/** Events grouped by the spot they fall on (a line and a year): one marker lists them all. */
export function groupBySpot<T extends ShownEvent>(
  events: readonly T[],
  spot: (event: T) => string,
): Array<{ spot: string; events: T[] }> {
  const groups = new Map<string, T[]>()
  for (const event of events) {
    const key = spot(event)
    const list = groups.get(key)
    if (list) list.push(event)
    else groups.set(key, [event])
  }
  return [...groups].map(([key, list]) => ({ spot: key, events: list }))
}
