/**
 * How a data file from the app's own host is checked. The generator checked every bundled file
 * against the schema before publishing it, and the build records each file's SHA-256; a file that
 * arrives byte for byte as built needs no second check. Anything else (a catalog the host updated
 * after the build, a damaged or substituted response) goes through the schema, whose code (zod)
 * then loads on demand: the first view neither downloads nor runs it.
 */
import builtDigests from 'virtual:bundled-data-digests'
import type { Check } from './fetchJson'
import { LoadError } from './fetchJson'
import type { Catalog, Dataset } from './schema'

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('')

/** True when `body` (bytes, or text as UTF-8) is exactly the file the build bundled under that name. */
export async function isAsBuilt(file: string, body: Uint8Array | string): Promise<boolean> {
  const expected = builtDigests[file]
  // Web Crypto exists only in secure contexts; elsewhere every file takes the schema.
  if (!expected || !globalThis.crypto?.subtle) return false
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return hex(digest) === expected
}

async function againstSchema<T>(
  pick: (schemas: typeof import('./schema')) => import('zod/mini').ZodMiniType<T>,
  json: unknown,
  file: { url: string; name: string },
): Promise<T> {
  const [schemas, { describeSchemaProblems }] = await Promise.all([
    import('./schema'),
    import('./schemaProblems'),
  ])
  const result = pick(schemas).safeParse(json)
  if (result.success) return result.data
  throw new LoadError(
    'schema',
    file.url,
    { key: 'fetch.invalid', values: { name: file.name } },
    describeSchemaProblems(result.error, json),
  )
}

const checkFile =
  <T>(pick: (schemas: typeof import('./schema')) => import('zod/mini').ZodMiniType<T>): Check<T> =>
  async (json, bytes, file) =>
    (await isAsBuilt(file.name, bytes)) ? (json as T) : againstSchema(pick, json, file)

export const checkCatalog: Check<Catalog> = checkFile((s) => s.catalogSchema)
export const checkDataset: Check<Dataset> = checkFile((s) => s.datasetSchema)
