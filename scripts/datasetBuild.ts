/** Record CSV -> catalog.json + one dataset file per region. Pure: the caller writes the files. */

import { readEventsCsv } from '../src/data/eventsCsv'
import {
  marketIdFromName,
  type RecordProblem,
  readRecordCsv,
  recordContents,
} from '../src/data/recordCsv'
import {
  CATALOG_SCHEMA,
  type Catalog,
  type Claim,
  catalogSchema,
  DATASET_SCHEMA,
  type Dataset,
  datasetSchema,
  type Market,
  type MarketEvent,
} from '../src/data/schema'
import { describeSchemaProblems } from '../src/data/schemaProblems'
import { readClaimsCsv } from './claimsCsv'
import { gazetteerPlace } from './gazetteer'
import { jsonSchemas, recordFiles } from './openFormats'

export type Release = { version: string; published: string }
export type RegionTable = Record<string, { id: string; title: string }>

export class RecordError extends Error {
  constructor(readonly problems: RecordProblem[]) {
    super(
      problems.map((p) => `row ${p.row}${p.field ? `, ${p.field}` : ''}: ${p.message}`).join('\n'),
    )
  }
}

/**
 * Every file of a release in public/data: the catalog, one dataset per region, the record and
 * its claims as CSV with their datapackage.json, and the formats' JSON Schemas.
 */
export function buildRelease(
  recordCsv: string,
  claimsCsv: string,
  release: Release,
  regions: RegionTable,
  previous?: Catalog,
  place: PlaceOf = gazetteerPlace,
  eventsCsv?: string,
): Map<string, string> {
  const events = eventsCsv === undefined ? undefined : readEvents(eventsCsv, recordCsv)
  const files = buildDatasets(
    recordCsv,
    release,
    regions,
    readClaimsCsv(claimsCsv),
    previous,
    place,
    events,
  )
  const datasetFiles = [...files.keys()].filter((name) => name !== 'catalog.json')
  return new Map([
    ...files,
    ...recordFiles(recordCsv, claimsCsv, release, datasetFiles, eventsCsv),
    ...jsonSchemas(),
  ])
}

/** The record's events, each refused row named with its line (see readEventsCsv). */
function readEvents(eventsCsv: string, recordCsv: string): MarketEvent[] {
  const known = new Set(readRecordCsv(recordCsv).rows.map((r) => marketIdFromName(r.market)))
  const { events, problems } = readEventsCsv(eventsCsv, known)
  if (problems.length > 0)
    throw new RecordError(problems.map((p) => ({ ...p, message: `events.csv: ${p.message}` })))
  return events
}

/** Where a market is (the gazetteer's place), or undefined. */
export type PlaceOf = (market: Market) => { lat: number; lon: number } | undefined

function withPlace(market: Market, place: PlaceOf): Market {
  const where = place(market)
  return where ? { ...market, lat: where.lat, lon: where.lon } : market
}

export function datasetFileName(id: string, version: string): string {
  return `${id}@${version}.json`
}

/**
 * A claim goes into the dataset that holds the first market of its first group (the 2025
 * claim, about Southeast Asia, goes into `sea`); its other groups may name markets elsewhere.
 */
export function buildDatasets(
  csvText: string,
  release: Release,
  regions: RegionTable,
  claims: Claim[] = [],
  previous?: Catalog,
  place?: PlaceOf,
  events?: MarketEvent[],
): Map<string, string> {
  const { rows, problems } = readRecordCsv(csvText)
  if (problems.length > 0) throw new RecordError(problems)
  const read = recordContents(rows)
  const contents = place ? { ...read, markets: read.markets.map((m) => withPlace(m, place)) } : read
  const files = new Map<string, string>()
  const placed = new Set<string>()
  const catalog: Catalog = { schema: CATALOG_SCHEMA, datasets: [] }
  const marketIds = new Set(contents.markets.map((m) => m.id))
  for (const market of contents.markets) {
    const unknown = (market.members ?? []).filter((id) => !marketIds.has(id))
    if (unknown.length > 0)
      throw new Error(`${market.name} sums markets the record does not have: ${unknown.join(', ')}`)
  }
  const unknownRegion = contents.markets.find((m) => !regions[m.region])
  if (unknownRegion) throw new Error(`region '${unknownRegion.region}' has no dataset in REGIONS`)
  for (const [region, { id, title }] of Object.entries(regions)) {
    const markets = contents.markets.filter((m) => m.region === region)
    const marketIds = new Set(markets.map((m) => m.id))
    const observations = contents.observations
      .filter((o) => marketIds.has(o.market))
      .sort(
        (a, b) =>
          a.market.localeCompare(b.market) ||
          a.metric.localeCompare(b.metric) ||
          a.asOf.localeCompare(b.asOf) ||
          (a.row ?? 0) - (b.row ?? 0),
      )
    const sourceIds = new Set(observations.map((o) => o.source))
    const dataset: Dataset = {
      schema: DATASET_SCHEMA,
      id,
      title,
      region,
      version: release.version,
      published: release.published,
      markets: markets.sort((a, b) => a.id.localeCompare(b.id)),
      sources: contents.sources
        .filter((s) => sourceIds.has(s.id))
        .sort((a, b) => a.id.localeCompare(b.id)),
      observations,
    }
    const ownClaims = claims.filter((c) => marketIds.has(c.groups[0]?.markets[0] ?? ''))
    if (ownClaims.length > 0) dataset.claims = ownClaims
    const ownEvents = (events ?? [])
      .filter((e) => marketIds.has(e.market))
      .sort((a, b) => a.market.localeCompare(b.market) || a.date.localeCompare(b.date))
    if (ownEvents.length > 0) dataset.events = ownEvents
    for (const claim of ownClaims) placed.add(claim.id)
    const checked = datasetSchema.safeParse(dataset)
    if (!checked.success) throw new Error(describeSchemaProblems(checked.error, dataset).join('\n'))
    const file = datasetFileName(id, release.version)
    files.set(file, `${JSON.stringify(dataset, null, 2)}\n`)
    catalog.datasets.push({
      id,
      title,
      region,
      version: release.version,
      file,
      published: release.published,
      markets: dataset.markets.flatMap((m) =>
        m.level === 'aggregate' ? [] : [{ id: m.id, name: m.name, level: m.level }],
      ),
    })
  }
  const allMarkets = new Set(contents.markets.map((m) => m.id))
  for (const claim of claims) {
    const unknown = claim.groups.flatMap((g) => g.markets).filter((m) => !allMarkets.has(m))
    if (unknown.length > 0)
      throw new Error(`claim ${claim.id} names unknown markets: ${unknown.join(', ')}`)
    if (!placed.has(claim.id))
      throw new Error(`claim ${claim.id}: no dataset holds its first market`)
  }
  // Earlier releases stay in the catalog, so links pinned to them keep their numbers.
  const earlier = (previous?.datasets ?? []).filter((e) => e.version !== release.version)
  catalog.datasets = [...catalog.datasets, ...earlier].sort(
    (a, b) =>
      a.id.localeCompare(b.id) ||
      b.published.localeCompare(a.published) ||
      b.version.localeCompare(a.version),
  )
  catalogSchema.parse(catalog)
  files.set('catalog.json', `${JSON.stringify(catalog, null, 2)}\n`)
  return files
}
