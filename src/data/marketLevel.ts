/**
 * Countries and cities told apart. A country-level figure (Germany) and a city's (Frankfurt) are
 * different kinds of number; a city-state (Singapore, Hong Kong) is both, and is recognised as a
 * country market with a place of its own on the map (the gazetteer places it as a city).
 */
import type { Market } from './schema'

export type MarketKind = 'metro' | 'country' | 'city-state'

export function marketKind(market: Pick<Market, 'level' | 'lat'>): MarketKind {
  if (market.level !== 'country') return 'metro'
  return market.lat === undefined ? 'country' : 'city-state'
}

/** Whether `level=` keeps the market: `metro` keeps cities and city-states, `country` countries and city-states. */
export function keptByLevel(
  market: Pick<Market, 'level' | 'lat'>,
  level: 'all' | 'metro' | 'country',
): boolean {
  if (level === 'all') return true
  const kind = marketKind(market)
  return kind === 'city-state' || kind === level
}
