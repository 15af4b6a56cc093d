import { useMemo } from 'react'
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import { eventsOfMarkets, type ShownEvent } from '../../data/select/marketEvents'

/** The events of the markets a view shows, each once, by date (the lists under its chart). */
export function useMarketEvents(data: AtlasData, markets: readonly AtlasMarket[]): ShownEvent[] {
  return useMemo(
    () =>
      eventsOfMarkets(
        data,
        markets.map((m) => m.id),
      ),
    [data, markets],
  )
}
