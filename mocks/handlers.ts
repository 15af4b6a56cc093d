/**
 * MSW handlers serving the very files the app ships (public/data), for component tests.
 * Faults are named scenarios in scenarios.ts, swapped in with server.use().
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HttpResponse, http } from 'msw'

export const PUBLIC_DATA = join(import.meta.dirname, '..', 'public', 'data')

/** Matches the app's data requests whatever the page's base path. */
export const DATA_URL = '*/data/:file'

export const handlers = [
  http.get(DATA_URL, async ({ params }) => {
    const file = String(params.file)
    if (!/^[\w.@-]+\.json$/.test(file)) return new HttpResponse(null, { status: 404 })
    try {
      return new HttpResponse(await readFile(join(PUBLIC_DATA, file), 'utf8'), {
        headers: { 'Content-Type': 'application/json' },
      })
    } catch {
      return new HttpResponse(null, { status: 404, statusText: 'Not Found' })
    }
  }),
]
