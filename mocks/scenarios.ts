/** Named faults for one data file: what a flaky network or a broken deploy does to the app. */
import { delay, HttpResponse, http } from 'msw'

const fileUrl = (file: string) => `*/data/${file}`

export const scenarios = {
  serverError: (file: string) =>
    http.get(
      fileUrl(file),
      () => new HttpResponse('oops', { status: 503, statusText: 'Service Unavailable' }),
    ),
  notFound: (file: string) =>
    http.get(fileUrl(file), () => new HttpResponse(null, { status: 404, statusText: 'Not Found' })),
  networkError: (file: string) => http.get(fileUrl(file), () => HttpResponse.error()),
  malformedJson: (file: string) =>
    http.get(
      fileUrl(file),
      () =>
        new HttpResponse('{"schema": "megawatt-atlas/dataset@1", "markets": [', {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  /** Valid JSON, invalid dataset: `mutate` breaks a copy of the real file. */
  schemaInvalid: (file: string, real: unknown, mutate: (json: any) => void) =>
    http.get(fileUrl(file), () => {
      const copy = structuredClone(real)
      mutate(copy)
      return HttpResponse.json(copy as Record<string, unknown>)
    }),
  /** Responds after `ms`, passing the request on to the regular handlers. */
  slow: (file: string, ms: number) =>
    http.get(fileUrl(file), async () => {
      await delay(ms)
      return undefined
    }),
} as const

/**
 * A catalog that still lists an earlier release of `id`, served from a copy of the current
 * file changed by `mutate`: how a pinned link meets an updated deployment.
 */
export function olderRelease(
  id: string,
  version: string,
  current: { catalog: any; dataset: any },
  mutate: (dataset: any) => void,
) {
  const older = structuredClone(current.dataset)
  older.version = version
  mutate(older)
  const catalog = structuredClone(current.catalog)
  const entry = catalog.datasets.find((d: any) => d.id === id)
  catalog.datasets.push({
    ...entry,
    version,
    file: `${id}@${version}.json`,
    published: '2025-11-30',
  })
  return [
    http.get('*/data/catalog.json', () => HttpResponse.json(catalog)),
    http.get(`*/data/${id}@${version}.json`, () => HttpResponse.json(older)),
  ]
}
