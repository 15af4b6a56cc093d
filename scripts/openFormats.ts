/**
 * The release in open formats, beside the app's own files in public/data: the dataset and
 * catalog formats as JSON Schema (generated from the one zod schema, so anyone can check a file
 * with a standard validator), and the record itself as CSV described by a Frictionless
 * datapackage.json (its columns, the licences, every source). Pure: the caller writes the files.
 */
import * as z from 'zod/mini'
import { readRecordCsv, sourceIdOf } from '../src/data/recordCsv'
import { CATALOG_SCHEMA, catalogSchema, DATASET_SCHEMA, datasetSchema } from '../src/data/schema'
import { sha256 } from './releases'

export type Release = { version: string; published: string }

export const recordFileName = (version: string) => `capacity-figures@${version}.csv`
export const claimsFileName = (version: string) => `claims@${version}.csv`
export const eventsFileName = (version: string) => `events@${version}.csv`
export const DATAPACKAGE = 'datapackage.json'
/** "megawatt-atlas/dataset@1" -> "dataset@1.schema.json" */
export const schemaFileName = (format: string) => `${format.split('/')[1]}.schema.json`

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/**
 * JSON Schema (2020-12) of the dataset and catalog formats. What a file must hold; the checks
 * that span records (a market's parent and an observation's source exist, ids are unique, a
 * percentage is at most 100) are the app's own and are named in the description.
 */
export function jsonSchemas(): Map<string, string> {
  const files = new Map<string, string>()
  const described = [
    {
      format: DATASET_SCHEMA,
      schema: datasetSchema,
      title: 'Megawatt Atlas dataset',
      description:
        'One region’s sourced data-center capacity figures: markets, sources, observations (each with its publisher’s quoted phrase), claims and dated events (each quoted like a figure). Beyond this schema, Megawatt Atlas also checks that ids are unique, that every parent, member, source and event market named exists, that each metric has its unit (MW, or % for vacancy_pct) and that a percentage is at most 100.',
    },
    {
      format: CATALOG_SCHEMA,
      schema: catalogSchema,
      title: 'Megawatt Atlas catalog',
      description:
        'The bundled datasets, each with its version, file and the markets it holds (aggregates left out).',
    },
  ]
  for (const { format, schema, title, description } of described) {
    // `input`: what a file may hold. Keys the app does not know are passed over, not refused.
    const generated = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>
    const { $schema, ...rest } = generated
    files.set(schemaFileName(format), json({ $schema, title, description, ...rest }))
  }
  return files
}

/** What each column of the record holds, for the Table Schema of datapackage.json. */
type Field = {
  type: string
  description: string
  required?: boolean
  constraints?: Record<string, unknown>
}
const RECORD_FIELDS: Record<string, Field> = {
  market: {
    type: 'string',
    description:
      'The market as the record names it: a city or metro, "X (country)" for a country total, or a total of several markets ("FLAP-D (total)", "Hanoi and Ho Chi Minh City (combined)").',
    required: true,
  },
  country: {
    type: 'string',
    description: 'The country, or "Multiple" for a total spanning countries.',
  },
  region: {
    type: 'string',
    description: 'Southeast Asia, Europe or Asia Pacific (other).',
    required: true,
  },
  year: { type: 'year', description: 'The year the figure describes.', required: true },
  period: {
    type: 'string',
    description: 'The period as the source words it ("H1 2025", "Q3 2024", "end-2025").',
    required: true,
  },
  metric: {
    type: 'string',
    description:
      'operational, under_construction, planned, pipeline (under construction plus planned, given as one figure), total_supply (live plus pipeline), take_up or vacancy_pct. Figures of different metrics are never added together.',
    required: true,
  },
  value_mw: {
    type: 'number',
    description:
      'The figure in megawatts (a percentage for vacancy_pct), as the quote gives it; gigawatts converted (x 1,000), nothing else computed.',
    required: true,
  },
  definition: {
    type: 'string',
    description:
      'What the publisher counts (scope, basis, exclusions), and any bound in its wording.',
  },
  publisher: {
    type: 'string',
    description:
      'Whose figure it is. "Not named (…)" where the page gives no publisher; Megawatt Atlas draws such a figure only where no named publisher has one.',
    required: true,
  },
  report_or_article: {
    type: 'string',
    description: 'The page the figure was read on.',
    required: true,
  },
  url: { type: 'string', description: 'The page’s address.', required: true },
  quote: {
    type: 'string',
    description: 'The phrase of the page that gives the figure, in the page’s language.',
    required: true,
  },
  note: {
    type: 'string',
    description:
      'A caveat about the figure (an inferred date, a reprint, a correction); often empty.',
  },
  scope: {
    type: 'string',
    description:
      'What the figure counts: colocation (space let by colocation operators), colocation_and_hyperscale (plus hyperscale self-build), all_data_centres (enterprise and own-use included), hyperscale_only (self-build alone) or not_stated. Settled from the row’s words, its publisher’s stated definition or the report; figures of different scopes are not like for like.',
    constraints: {
      required: true,
      enum: [
        'colocation',
        'colocation_and_hyperscale',
        'all_data_centres',
        'hyperscale_only',
        'not_stated',
      ],
    },
  },
}

/** What each column of events.csv holds: dated, sourced events that shaped a market. */
const EVENT_FIELDS: Record<string, Field> = {
  market: {
    type: 'string',
    description: 'The market as the record names it; a national event sits under "X (country)".',
    required: true,
  },
  date: {
    type: 'string',
    description: 'When, as precisely as the source gives it: YYYY-MM-DD or YYYY-MM.',
    required: true,
  },
  date_precision: { type: 'string', description: 'day, month or year.', required: true },
  kind: {
    type: 'string',
    description: 'moratorium, moratorium_lifted, grid_limit, policy, incentive or power_price.',
    required: true,
  },
  title: { type: 'string', description: 'What happened, in a line (English).', required: true },
  publisher: { type: 'string', description: 'Who said or decided it.', required: true },
  report_or_article: {
    type: 'string',
    description: 'The page the event was read on.',
    required: true,
  },
  url: { type: 'string', description: 'The page’s address.', required: true },
  quote: {
    type: 'string',
    description: 'The phrase of the page that gives the event.',
    required: true,
  },
  note: { type: 'string', description: 'A caveat (where sources disagree on the date, …).' },
}

const CLAIM_FIELDS: Record<string, { type: string; description: string }> = {
  id: { type: 'string', description: 'The claim’s id (the compare view’s claim= key).' },
  claimant: { type: 'string', description: 'Who made the estimate.' },
  reported_by: { type: 'string', description: 'Where it was published.' },
  date: { type: 'date', description: 'When it was published.' },
  url: { type: 'string', description: 'The report’s address.' },
  statement: { type: 'string', description: 'The claim in one sentence.' },
  groups: {
    type: 'string',
    description: 'The groups compared, in the URL’s syntax: Name:id+id;Name:id+id.',
  },
  value_mw: { type: 'number', description: 'The value the claim gives each group, in MW.' },
  quote: { type: 'string', description: 'The sentence of the report that carries the claim.' },
  quote_source_url: { type: 'string', description: 'Where that sentence was read.' },
}

function tableSchema(header: string[], fields: Record<string, Field>) {
  return {
    fields: header.map((name) => {
      const field = fields[name]
      if (!field) throw new Error(`no description for the column '${name}'`)
      const constraints = field.constraints ?? (field.required ? { required: true } : undefined)
      return {
        name,
        type: field.type,
        description: field.description,
        ...(constraints ? { constraints } : {}),
      }
    }),
    missingValues: [''],
  }
}

const headerOf = (csv: string) => (csv.split(/\r?\n/, 1)[0] ?? '').replace(/^\uFEFF/, '').split(',')

/**
 * The record, its claims and (from 2027.01) its events as released, and the datapackage.json
 * that describes them.
 */
export function recordFiles(
  recordCsv: string,
  claimsCsv: string,
  release: Release,
  datasetFiles: string[],
  eventsCsv?: string,
): Map<string, string> {
  return new Map([
    [recordFileName(release.version), recordCsv],
    [claimsFileName(release.version), claimsCsv],
    ...(eventsCsv === undefined ? [] : [[eventsFileName(release.version), eventsCsv] as const]),
    [DATAPACKAGE, dataPackage(recordCsv, claimsCsv, release, datasetFiles, eventsCsv)],
  ])
}

/**
 * datapackage.json for a release: the record and its claims as tabular resources, the regional
 * JSON files beside them, the licences (each figure is its publisher's; the collection is ours)
 * and every page a figure was read on.
 */
export function dataPackage(
  recordCsv: string,
  claimsCsv: string,
  release: Release,
  datasetFiles: string[],
  eventsCsv?: string,
): string {
  const { rows } = readRecordCsv(recordCsv)
  const sources = new Map<string, { title: string; path: string }>()
  for (const row of rows)
    sources.set(sourceIdOf(row), {
      title: `${row.publisher}: ${row.report_or_article}`,
      path: row.url,
    })
  const csvResource = (name: string, path: string, text: string, description: string) => ({
    profile: 'tabular-data-resource',
    name,
    path,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(text),
    hash: `sha256:${sha256(text)}`,
    description,
  })
  return json({
    profile: 'data-package',
    name: 'megawatt-atlas-capacity-figures',
    title: 'Megawatt Atlas: data-center capacity figures',
    description:
      'Data-center capacity in megawatts for Southeast Asian, European and other Asia Pacific markets, one sourced figure per row: each with its publisher, the page it was read on and the phrase that gives it. Where sources disagree, every figure is kept.',
    version: release.version,
    created: release.published,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title:
          'The collection (the selection and arrangement of the figures, the definitions, notes and ids): Megawatt Atlas, under CC BY 4.0. Each figure and quote stays its publisher’s (see the resources).',
      },
    ],
    keywords: ['data centers', 'capacity', 'megawatts', 'Southeast Asia', 'Europe'],
    resources: [
      {
        ...csvResource(
          'capacity-figures',
          recordFileName(release.version),
          recordCsv,
          'The record: one sourced figure per row. The app’s datasets are made from it.',
        ),
        licenses: [
          {
            name: 'other-closed',
            title:
              'Each figure and quote is its publisher’s (the row names it and links to the page), quoted with attribution; Megawatt Atlas grants no licence to them.',
          },
        ],
        schema: tableSchema(headerOf(recordCsv), RECORD_FIELDS),
      },
      {
        ...csvResource(
          'claims',
          claimsFileName(release.version),
          claimsCsv,
          'Published statements the compare view checks against the figures.',
        ),
        schema: tableSchema(headerOf(claimsCsv), CLAIM_FIELDS),
      },
      ...(eventsCsv === undefined
        ? []
        : [
            {
              ...csvResource(
                'events',
                eventsFileName(release.version),
                eventsCsv,
                'Dated events that shaped a market (moratoria, grid limits, policies, incentives, power prices), each sourced like a figure.',
              ),
              licenses: [
                {
                  name: 'other-closed',
                  title:
                    'Each quote is its publisher’s (the row names it and links to the page), quoted with attribution; Megawatt Atlas grants no licence to them.',
                },
              ],
              schema: tableSchema(headerOf(eventsCsv), EVENT_FIELDS),
            },
          ]),
      ...datasetFiles.map((file) => ({
        profile: 'data-resource',
        name: file.replace(/@.*$/, '').concat('-dataset'),
        path: file,
        format: 'json',
        mediatype: 'application/json',
        description: `The figures of one region in the dataset format (${DATASET_SCHEMA}), described by ${schemaFileName(DATASET_SCHEMA)}.`,
      })),
    ],
    sources: [...sources.values()].sort(
      (a, b) => a.title.localeCompare(b.title) || a.path.localeCompare(b.path),
    ),
  })
}
