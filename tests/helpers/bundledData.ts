/** The bundled files as the app ships them, read from disk for unit tests. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Catalog, catalogSchema, type Dataset, datasetSchema } from '../../src/data/schema'

export const ROOT = join(import.meta.dirname, '..', '..')

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'))
}

export function bundledCatalog(): Catalog {
  return catalogSchema.parse(readJson('public/data/catalog.json'))
}

export function bundledDatasets(): Dataset[] {
  return bundledCatalog().datasets.map((entry) =>
    datasetSchema.parse(readJson(`public/data/${entry.file}`)),
  )
}

export function recordCsvText(): string {
  return readFileSync(join(ROOT, 'record', 'capacity-figures.csv'), 'utf8')
}
