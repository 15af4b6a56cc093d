/**
 * Loads the catalog, then the regional datasets the view needs (those holding its markets),
 * and joins what has arrived. A region that fails does not take the others down with it.
 */
import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { type AtlasData, combineDatasets } from './atlasData'
import { type LoadError, toLoadError } from './fetchJson'
import { catalogQuery, datasetQuery } from './queries'
import type { CatalogEntry, Dataset } from './schema'

export type DatasetFailure = { entry: CatalogEntry; error: LoadError; retry: () => void }

export type AtlasLoad =
  | { status: 'loading' }
  | { status: 'error'; error: LoadError; retry: () => void }
  | {
      status: 'ready'
      data: AtlasData
      catalog: CatalogEntry[]
      pending: CatalogEntry[]
      failures: DatasetFailure[]
    }

/** The newest version of each dataset id in the catalog. */
export function currentEntries(entries: CatalogEntry[]): CatalogEntry[] {
  const newest = new Map<string, CatalogEntry>()
  for (const entry of entries) {
    const known = newest.get(entry.id)
    if (
      !known ||
      known.published < entry.published ||
      (known.published === entry.published && known.version < entry.version)
    )
      newest.set(entry.id, entry)
  }
  return [...newest.values()]
}

export function entriesFor(entries: CatalogEntry[], markets: string[] | null): CatalogEntry[] {
  if (markets === null) return entries
  const wanted = entries.filter((entry) => entry.markets.some((m) => markets.includes(m.id)))
  // A link naming only unknown markets still shows something to choose from.
  return wanted.length > 0 ? wanted : entries
}

export function useAtlasData(markets: string[] | null): AtlasLoad {
  const catalog = useQuery(catalogQuery())
  const current = useMemo(() => currentEntries(catalog.data?.datasets ?? []), [catalog.data])
  const needed = useMemo(() => entriesFor(current, markets), [current, markets])
  const results = useQueries({ queries: needed.map((entry) => datasetQuery(entry)) })
  const loaded = results.map((r) => r.data).filter((d): d is Dataset => d !== undefined)
  const loadedKey = loaded.map((d) => `${d.id}@${d.version}`).join(',')
  // biome-ignore lint/correctness/useExhaustiveDependencies: the datasets are immutable per id@version
  const data = useMemo(() => combineDatasets(loaded), [loadedKey])

  if (catalog.isError)
    return {
      status: 'error',
      error: toLoadError(catalog.error),
      retry: () => void catalog.refetch(),
    }
  if (!catalog.data) return { status: 'loading' }
  const failures: DatasetFailure[] = []
  const pending: CatalogEntry[] = []
  needed.forEach((entry, i) => {
    const result = results[i]
    if (result?.isError)
      failures.push({ entry, error: toLoadError(result.error), retry: () => void result.refetch() })
    else if (!result?.data) pending.push(entry)
  })
  if (loaded.length === 0 && failures.length === 0) return { status: 'loading' }
  return { status: 'ready', data, catalog: current, pending, failures }
}
