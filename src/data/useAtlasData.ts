/**
 * Loads the catalog, then the regional datasets the view needs (those holding its markets),
 * and joins what has arrived. A region that fails does not take the others down with it.
 */
import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { type AtlasData, combineDatasets } from './atlasData'
import { chooseVersions, entriesFor, type Pin, type Substitution } from './datasetVersions'
import { type LoadError, toLoadError } from './fetchJson'
import { catalogQuery, datasetQuery } from './queries'
import type { CatalogEntry, Dataset, Scope } from './schema'

export type DatasetFailure = { entry: CatalogEntry; error: LoadError; retry: () => void }

export type AtlasLoad =
  | { status: 'loading' }
  | { status: 'error'; error: LoadError; retry: () => void }
  | {
      status: 'ready'
      data: AtlasData
      /** The version of each dataset the view uses (pinned or newest). */
      catalog: CatalogEntry[]
      /** Pins the catalog could not honour. */
      substitutions: Substitution[]
      pending: CatalogEntry[]
      failures: DatasetFailure[]
    }

/** `extra`: the user's own datasets, joined to the bundled ones. */
export function useAtlasData(
  markets: string[] | null,
  pins: Pin[] | null,
  extra: Dataset[] = [],
  scope: Scope | null = null,
): AtlasLoad {
  const catalog = useQuery(catalogQuery())
  const versions = useMemo(
    () => chooseVersions(catalog.data?.datasets ?? [], pins),
    [catalog.data, pins],
  )
  const needed = useMemo(() => entriesFor(versions.chosen, markets), [versions, markets])
  const results = useQueries({ queries: needed.map((entry) => datasetQuery(entry)) })
  const loaded = results.map((r) => r.data).filter((d): d is Dataset => d !== undefined)
  const loadedKey = loaded.map((d) => `${d.id}@${d.version}`).join(',')
  // biome-ignore lint/correctness/useExhaustiveDependencies: the datasets are immutable per id@version
  const data = useMemo(
    () => combineDatasets([...loaded, ...extra], scope),
    [loadedKey, extra, scope],
  )

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
  return {
    status: 'ready',
    data,
    catalog: versions.chosen,
    substitutions: versions.substitutions,
    pending,
    failures,
  }
}
