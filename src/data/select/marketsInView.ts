import type { AtlasData, AtlasMarket } from '../atlasData'

/** The markets a view is about: those named in the URL that exist, else every market (no aggregates). */
export function marketsInView(data: AtlasData, ids: string[] | null): AtlasMarket[] {
  if (ids === null) return [...data.markets.values()].filter((m) => m.level !== 'aggregate')
  return ids
    .map((id) => data.markets.get(id))
    .filter((m): m is AtlasMarket => m !== undefined && m.level !== 'aggregate')
}
