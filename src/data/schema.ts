/**
 * The dataset format: one schema for the app, the dataset generator, the tests and the README.
 * Public contract: files users made must keep loading. A change to the format bumps
 * DATASET_SCHEMA and comes with a migration (see migrate.ts).
 */
import * as z from 'zod/mini'
import { EVENT_KINDS } from './eventKinds'
import { METRIC_UNIT, METRICS } from './metrics'
import { SCOPES } from './scopes'

export { EVENT_KINDS, type EventKind } from './eventKinds'
export { SCOPES, type Scope, scopeOf } from './scopes'

export const DATASET_SCHEMA = 'megawatt-atlas/dataset@1'
export const CATALOG_SCHEMA = 'megawatt-atlas/catalog@1'

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'))
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'))
const httpUrl = z.string().check(z.regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL'))
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'))

export const metricSchema = z.enum(METRICS)
export const basisSchema = z.enum(['it_load', 'total_power', 'not_stated'])
export const qualifierSchema = z.enum(['about', 'at_least', 'at_most'])
export const levelSchema = z.enum(['country', 'metro', 'aggregate'])
export const scopeSchema = z.enum(SCOPES)

export const marketSchema = z.object({
  id,
  name: text,
  /** ISO 3166-1 alpha-2; null only for an aggregate spanning countries. */
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'))),
  region: id,
  level: levelSchema,
  /** The market this one lies inside (Johor is inside Malaysia). */
  parent: z.optional(id),
  /** For an aggregate (FLAP-D): the markets it sums. Never drawn as a market of its own. */
  members: z.optional(z.array(id)),
  /** Where a city market (or a city-state) is, in degrees (WGS 84): its circle on the map. */
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
})

export const sourceSchema = z.object({
  id,
  publisher: text,
  title: text,
  url: httpUrl,
  date: z.optional(isoDay),
})

export const observationSchema = z.object({
  market: id,
  metric: metricSchema,
  year: z.int().check(z.gte(1990), z.lte(2100)),
  /** The period as the source words it ("H1 2025", "end-2025 / early 2026"). */
  period: text,
  /** End of that period when the wording gives it (YYYY-MM-DD), else only the year (YYYY). */
  asOf: z.string().check(z.regex(/^\d{4}(?:-\d{2}-\d{2})?$/, 'must be YYYY or YYYY-MM-DD')),
  value: z.number().check(z.gte(0, 'must not be negative')),
  unit: z.enum(['MW', '%']),
  basis: basisSchema,
  /** What the figure counts; a file that omits it says nothing: `not_stated` (see scopeOf). */
  scope: z.optional(scopeSchema),
  source: id,
  /** The phrase of the source that gives the number. */
  quote: text,
  qualifier: z.optional(qualifierSchema),
  /** What the publisher counts (scope, exclusions), as the record notes it. */
  definition: z.optional(z.string()),
  /** Line of the record CSV this observation was read from. */
  row: z.optional(z.int()),
  /** A caveat about this figure (an inferred date, a reprint, a correction), shown with its source. */
  note: z.optional(z.string()),
})

/**
 * A published statement to check against the figures: who said it, where, when, the groups it
 * compares and the value it gives each (the 2025 report: Singapore + Malaysia + Thailand +
 * Indonesia, about 2,000 MW, equal to London + Frankfurt). Members may lie in other datasets.
 */
export const claimSchema = z.object({
  id,
  claimant: text,
  reportedBy: text,
  date: isoDay,
  url: httpUrl,
  statement: text,
  groups: z
    .array(
      z.object({ name: text, markets: z.array(id).check(z.minLength(1, 'must name a market')) }),
    )
    .check(z.minLength(1, 'must name a group')),
  metric: metricSchema,
  /** The value the claim gives each group. */
  value: z.number().check(z.gte(0, 'must not be negative')),
  unit: z.literal('MW'),
  qualifier: z.optional(qualifierSchema),
  /** The sentence of the report that carries the claim, and where it was read. */
  quote: text,
  quoteUrl: httpUrl,
})

/**
 * A dated event that shaped a market (a moratorium, a grid limit, a policy), sourced like a
 * figure. `date` is as precise as the source: a day (YYYY-MM-DD), a month (YYYY-MM) or a year.
 * A national event belongs to the country's market; the charts also show it on its cities.
 */
export const eventSchema = z.object({
  market: id,
  date: z
    .string()
    .check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  kind: z.enum(EVENT_KINDS),
  /** What happened, in a line, as recorded (English). */
  title: text,
  /** Who said or decided it. */
  publisher: text,
  /** The page the event was read on. */
  report: text,
  url: httpUrl,
  /** The phrase of that page that gives the event. */
  quote: text,
  /** A caveat (where sources disagree on the date, ...). */
  note: z.optional(z.string()),
  /** Line of the record's events.csv this event was read from. */
  row: z.optional(z.int()),
})

export const datasetSchema = z
  .object({
    schema: z.literal(DATASET_SCHEMA, `must be "${DATASET_SCHEMA}"`),
    id,
    title: text,
    region: id,
    version: z.string().check(z.regex(/^[0-9A-Za-z.-]+$/, 'must be a version like 2026.11')),
    published: isoDay,
    markets: z.array(marketSchema),
    sources: z.array(sourceSchema),
    observations: z.array(observationSchema),
    claims: z.optional(z.array(claimSchema)),
    /** Dated events of the file's markets (from release 2027.01.1). */
    events: z.optional(z.array(eventSchema)),
  })
  .check(
    z.superRefine((dataset, ctx) => {
      const marketIds = new Set<string>()
      dataset.markets.forEach((market, i) => {
        if (marketIds.has(market.id))
          ctx.addIssue({
            code: 'custom',
            path: ['markets', i, 'id'],
            message: `duplicate market id '${market.id}'`,
            input: market.id,
          })
        marketIds.add(market.id)
      })
      dataset.markets.forEach((market, i) => {
        if (market.parent !== undefined && !marketIds.has(market.parent))
          ctx.addIssue({
            code: 'custom',
            path: ['markets', i, 'parent'],
            message: `parent '${market.parent}' is not in markets`,
            input: market.parent,
          })
      })
      const sourceIds = new Set<string>()
      dataset.sources.forEach((source, i) => {
        if (sourceIds.has(source.id))
          ctx.addIssue({
            code: 'custom',
            path: ['sources', i, 'id'],
            message: `duplicate source id '${source.id}'`,
            input: source.id,
          })
        sourceIds.add(source.id)
      })
      dataset.observations.forEach((obs, i) => {
        if (!marketIds.has(obs.market))
          ctx.addIssue({
            code: 'custom',
            path: ['observations', i, 'market'],
            message: `market '${obs.market}' is not in markets`,
            input: obs.market,
          })
        if (!sourceIds.has(obs.source))
          ctx.addIssue({
            code: 'custom',
            path: ['observations', i, 'source'],
            message: `source '${obs.source}' is not in sources`,
            input: obs.source,
          })
        const unit = METRIC_UNIT[obs.metric]
        if (obs.unit !== unit)
          ctx.addIssue({
            code: 'custom',
            path: ['observations', i, 'unit'],
            message: `unit of ${obs.metric} must be ${unit}`,
            input: obs.unit,
          })
        if (obs.unit === '%' && obs.value > 100)
          ctx.addIssue({
            code: 'custom',
            path: ['observations', i, 'value'],
            message: 'a percentage must be at most 100',
            input: obs.value,
          })
      })
      dataset.events?.forEach((event, i) => {
        if (!marketIds.has(event.market))
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'market'],
            message: `market '${event.market}' is not in markets`,
            input: event.market,
          })
      })
    }),
  )

export const catalogEntrySchema = z.object({
  id,
  title: text,
  region: id,
  version: z.string().check(z.regex(/^[0-9A-Za-z.-]+$/)),
  /** Path relative to the catalog file. */
  file: z.string().check(z.regex(/^[\w.@-]+\.json$/, 'must be a .json file name')),
  published: isoDay,
  /**
   * The markets the file holds (no aggregates), so a view loads only the files it needs and the
   * market picker can offer every market before any dataset has arrived.
   */
  markets: z.array(z.object({ id, name: text, level: z.enum(['country', 'metro']) })),
})

export const catalogSchema = z.object({
  schema: z.literal(CATALOG_SCHEMA, `must be "${CATALOG_SCHEMA}"`),
  datasets: z.array(catalogEntrySchema).check(z.minLength(1, 'must list at least one dataset')),
})

export type Market = z.infer<typeof marketSchema>
export type Source = z.infer<typeof sourceSchema>
export type Observation = z.infer<typeof observationSchema>
export type Dataset = z.infer<typeof datasetSchema>
export type Catalog = z.infer<typeof catalogSchema>
export type CatalogEntry = z.infer<typeof catalogEntrySchema>
export type Claim = z.infer<typeof claimSchema>
export type MarketEvent = z.infer<typeof eventSchema>
export type Basis = z.infer<typeof basisSchema>
export type Qualifier = z.infer<typeof qualifierSchema>
