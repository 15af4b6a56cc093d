import { describe, expect, it } from 'vitest'
import { buildDatasets } from '../../../scripts/datasetBuild'
import { REGIONS, RELEASE } from '../../../scripts/datasetRelease'
import { checkReleases } from '../../../scripts/releases'
import { chooseVersions, currentEntries } from '../../../src/data/datasetVersions'
import type { CatalogEntry } from '../../../src/data/schema'
import { bundledCatalog, recordCsvText } from '../../helpers/bundledData'

const entry = (id: string, version: string, published: string): CatalogEntry => ({
  id,
  title: id.toUpperCase(),
  region: id,
  version,
  file: `${id}@${version}.json`,
  published,
  markets: [],
})
const catalog = [
  entry('sea', '2025.11', '2025-11-30'),
  entry('sea', '2026.11', '2026-11-28'),
  entry('europe', '2026.11', '2026-11-28'),
]

describe('chooseVersions', () => {
  it('loads the newest version of each dataset when the link pins none', () => {
    expect(currentEntries(catalog).map((e) => e.file)).toEqual([
      'sea@2026.11.json',
      'europe@2026.11.json',
    ])
    expect(chooseVersions(catalog, null)).toEqual({
      chosen: currentEntries(catalog),
      substitutions: [],
    })
  })

  it('loads a pinned version while it is still bundled', () => {
    const { chosen, substitutions } = chooseVersions(catalog, [{ id: 'sea', version: '2025.11' }])
    expect(chosen.map((e) => e.file)).toEqual(['sea@2025.11.json', 'europe@2026.11.json'])
    expect(substitutions).toEqual([])
  })

  it('shows the newest version, and says so, when a pinned one is gone or the dataset unknown', () => {
    const { chosen, substitutions } = chooseVersions(catalog, [
      { id: 'sea', version: '2024.01' },
      { id: 'mars', version: '1' },
    ])
    expect(chosen.map((e) => e.file)).toEqual(['sea@2026.11.json', 'europe@2026.11.json'])
    expect(substitutions).toEqual([
      { pin: { id: 'sea', version: '2024.01' }, shown: catalog[1] },
      { pin: { id: 'mars', version: '1' }, shown: undefined },
    ])
  })
})

describe('adding a release', () => {
  const csv = recordCsvText()
  const next = { version: '2099.01', published: '2099-01-15' }

  it('keeps the earlier versions in the catalog next to the new one', () => {
    const files = buildDatasets(csv, next, REGIONS, [], bundledCatalog())
    const listed = JSON.parse(files.get('catalog.json') ?? '{}').datasets.map(
      (d: CatalogEntry) => d.file,
    )
    expect(listed).toContain('sea@2099.01.json')
    expect(listed).toContain(`sea@${RELEASE.version}.json`)
    expect(files.has(`sea@${RELEASE.version}.json`)).toBe(false)
  })

  it('refuses to rewrite a published file with other content', () => {
    const files = new Map([['sea@2026.11.json', '{"changed":true}']])
    expect(() => checkReleases({ 'sea@2026.11.json': 'abc' }, files)).toThrow(
      /Bump RELEASE.version/,
    )
    expect(checkReleases({}, files)).toHaveProperty(['sea@2026.11.json'])
  })
})
