/** Each query is a value: defined once, used by hooks, prefetching and tests alike. */
import { queryOptions } from '@tanstack/react-query'
import { checkCatalog, checkDataset } from './checkData'
import { dataUrl, fetchJson } from './fetchJson'
import type { CatalogEntry } from './schema'

export const CATALOG_PATH = 'data/catalog.json'

export function catalogQuery() {
  return queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => fetchJson(dataUrl(CATALOG_PATH), checkCatalog, signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

/** A dataset file never changes under its version, so it never goes stale. */
export function datasetQuery(entry: Pick<CatalogEntry, 'id' | 'version' | 'file'>) {
  return queryOptions({
    queryKey: ['dataset', entry.id, entry.version],
    queryFn: ({ signal }) => fetchJson(dataUrl(`data/${entry.file}`), checkDataset, signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
}
