/**
 * The release in open formats: the JSON Schemas check the bundled files with a standard
 * validator (and refuse a broken one), and datapackage.json describes the CSV as it is.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { sha256 } from '../../../scripts/releases'
import { bundledCatalog, ROOT, readJson } from '../../helpers/bundledData'
import { recordRows } from '../../helpers/recordRows'

const dataFile = (name: string) => readFileSync(join(ROOT, 'public', 'data', name), 'utf8')
const validator = (name: string) =>
  new Ajv2020({ allErrors: true }).compile(readJson(`public/data/${name}`) as object)

describe('the JSON Schemas of the formats', () => {
  const dataset = validator('dataset@1.schema.json')

  it('accept every bundled dataset, of every release, and the catalog', () => {
    for (const entry of bundledCatalog().datasets)
      expect(dataset(readJson(`public/data/${entry.file}`)), entry.file).toBe(true)
    expect(validator('catalog@1.schema.json')(readJson('public/data/catalog.json'))).toBe(true)
  })

  it('refuse a file that breaks the format, saying where', () => {
    const broken = structuredClone(
      readJson(`public/data/${bundledCatalog().datasets[0]?.file}`),
    ) as {
      observations: Array<Record<string, unknown>>
    }
    const [first] = broken.observations
    if (first) {
      first.value = 'lots'
      first.qualifier = 'roughly'
    }
    expect(dataset(broken)).toBe(false)
    expect(dataset.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/observations/0/value', '/observations/0/qualifier']),
    )
  })
})

describe('datapackage.json', () => {
  const pkg = readJson('public/data/datapackage.json') as {
    version: string
    licenses: Array<{ name: string }>
    resources: Array<{
      name: string
      path: string
      bytes?: number
      hash?: string
      licenses?: Array<{ name: string }>
      schema?: {
        fields: Array<{ name: string; type: string; constraints?: { required?: boolean } }>
      }
    }>
    sources: Array<{ title: string; path: string }>
  }
  const record = pkg.resources.find((r) => r.name === 'capacity-figures')

  it('lists files that are there, byte for byte', () => {
    for (const resource of pkg.resources) {
      const text = dataFile(resource.path)
      if (resource.bytes !== undefined) expect(Buffer.byteLength(text)).toBe(resource.bytes)
      if (resource.hash) expect(`sha256:${sha256(text)}`).toBe(resource.hash)
    }
    expect(dataFile(record?.path ?? '')).toBe(
      readFileSync(join(ROOT, 'record', 'capacity-figures.csv'), 'utf8'),
    )
  })

  it('describes every column of the record, and every row holds its field’s type', () => {
    const rows = recordRows()
    const header = Object.keys(rows[0] ?? {})
    expect(record?.schema?.fields.map((f) => f.name)).toEqual(header)
    const holds: Record<string, (v: string) => boolean> = {
      string: () => true,
      year: (v) => /^\d{4}$/.test(v),
      number: (v) => v !== '' && Number.isFinite(Number(v)),
    }
    for (const field of record?.schema?.fields ?? []) {
      const check = holds[field.type]
      expect(check, field.type).toBeDefined()
      for (const row of rows) {
        const value = row[field.name] ?? ''
        if (field.constraints?.required) expect(value, field.name).not.toBe('')
        if (value !== '') expect(check?.(value), `${field.name}: ${value}`).toBe(true)
      }
    }
  })

  it('names the licences: the collection ours, each figure its publisher’s; and every page read', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0'])
    expect(record?.licenses?.map((l) => l.name)).toEqual(['other-closed'])
    const pages = new Set(pkg.sources.map((s) => s.path))
    for (const row of recordRows()) expect(pages.has(row.url ?? ''), row.url).toBe(true)
  })
})
