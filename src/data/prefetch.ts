/**
 * Starts loading the catalog and the datasets a view needs as soon as the script runs, before
 * React's first render asks for them; the hooks then find them in the query cache.
 */
import type { QueryClient } from '@tanstack/react-query'
import { chooseVersions, entriesFor, type Pin } from './datasetVersions'
import { catalogQuery, datasetQuery } from './queries'

export async function prefetchData(
  client: QueryClient,
  markets: string[] | null,
  pins: Pin[] | null,
): Promise<void> {
  try {
    const catalog = await client.fetchQuery(catalogQuery())
    const { chosen } = chooseVersions(catalog.datasets, pins)
    await Promise.all(
      entriesFor(chosen, markets).map((entry) => client.prefetchQuery(datasetQuery(entry))),
    )
  } catch {
    // The hooks report failures, with a retry; a prefetch only saves time.
  }
}
