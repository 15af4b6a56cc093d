/** The bundled files as the app ships them, read from disk for unit tests. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RELEASE } from '../../scripts/datasetRelease'
import { type Catalog, catalogSchema, type Dataset, datasetSchema } from '../../src/data/schema'

export const ROOT = join(import.meta.dirname, '..', '..')

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'))
}

export function bundledCatalog(): Catalog {
  return catalogSchema.parse(readJson('public/data/catalog.json'))
}

/** The datasets of one release (by default the newest, which a link without `ds=` opens on). */
export function bundledDatasets(version = RELEASE.version): Dataset[] {
  return bundledCatalog()
    .datasets.filter((entry) => entry.version === version)
    .map((entry) => datasetSchema.parse(readJson(`public/data/${entry.file}`)))
}

export function recordCsvText(): string {
  return readFileSync(join(ROOT, 'record', 'capacity-figures.csv'), 'utf8')
}

/**
 * A published release, frozen by record/releases.json: tests of the views' logic read it, so a
 * new data release does not rewrite their expectations. Tests of what ships read the newest.
 */
export const FROZEN_RELEASE = '2026.11'
