/**
 * The record: CSV with one sourced figure per row, the columns of
 * record/capacity-figures.csv. The bundled datasets are generated from it, and a user's own
 * CSV in the same columns is read by the same code.
 */
import { parseCsv, sniffDelimiter } from '../lib/csv'
import { ownEntry } from '../lib/ownKey'
import { shortHash, slugify } from '../lib/slug'
import { countryCode } from './countryCodes'
import { isMetric, METRIC_UNIT } from './metrics'
import { periodEnd } from './periodEnd'
import { readQualifier } from './readQualifier'
import type { Basis, Market, Observation, Scope, Source } from './schema'
import { SCOPES } from './scopes'

export const RECORD_COLUMNS = [
  'market',
  'country',
  'region',
  'year',
  'period',
  'metric',
  'value_mw',
  'definition',
  'publisher',
  'report_or_article',
  'url',
  'quote',
] as const
/** Columns a file may have or not: the record's caveat about a figure, and what it counts. */
export const OPTIONAL_RECORD_COLUMNS = ['note', 'scope'] as const
type Column = (typeof RECORD_COLUMNS)[number] | (typeof OPTIONAL_RECORD_COLUMNS)[number]
export type RecordRow = Record<Column, string> & { line: number }

export type RecordProblem = { row: number; field?: string; message: string }

/** How often a long read says how far it is, in rows. */
const ROWS_PER_REPORT = 2000

/**
 * Reads the CSV text into rows keyed by column, reporting each problem with its line and column.
 * `rowsRead` hears how far a long file is (rows done, rows in all).
 */
export function readRecordCsv(
  text: string,
  rowsRead?: (done: number, total: number) => void,
): { rows: RecordRow[]; problems: RecordProblem[] } {
  const problems: RecordProblem[] = []
  const [header, ...body] = parseCsv(text, sniffDelimiter(text))
  if (!header) return { rows: [], problems: [{ row: 1, message: 'the file is empty' }] }
  const names = header.cells.map((cell) => cell.trim().toLowerCase())
  const missing = RECORD_COLUMNS.filter((column) => !names.includes(column))
  if (missing.length > 0)
    return {
      rows: [],
      problems: [
        {
          row: 1,
          message: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
        },
      ],
    }
  const rows: RecordRow[] = []
  for (const [index, { line, cells }] of body.entries()) {
    if (rowsRead && index % ROWS_PER_REPORT === 0) rowsRead(index, body.length)
    const row = { line } as RecordRow
    for (const column of [...RECORD_COLUMNS, ...OPTIONAL_RECORD_COLUMNS])
      row[column] = (cells[names.indexOf(column)] ?? '').trim()
    const rowProblems = checkRow(row)
    problems.push(...rowProblems)
    if (rowProblems.length === 0) rows.push(row)
  }
  return { rows, problems }
}

function checkRow(row: RecordRow): RecordProblem[] {
  const problems: RecordProblem[] = []
  const fail = (field: Column, message: string) => problems.push({ row: row.line, field, message })
  for (const column of [
    'market',
    'region',
    'period',
    'publisher',
    'report_or_article',
    'quote',
  ] as const)
    if (row[column] === '') fail(column, 'is empty')
  if (!/^\d{4}$/.test(row.year)) fail('year', `'${row.year}' is not a four-digit year`)
  if (!isMetric(row.metric)) fail('metric', `'${row.metric}' is not a metric`)
  const value = Number(row.value_mw)
  if (row.value_mw === '' || !Number.isFinite(value))
    fail('value_mw', `'${row.value_mw}' is not a number`)
  else if (value < 0) fail('value_mw', 'must not be negative')
  if (!/^https?:\/\/\S+$/i.test(row.url)) fail('url', `'${row.url}' is not an http(s) URL`)
  if (row.scope !== '' && !isScope(row.scope))
    fail('scope', `'${row.scope}' is not a scope (${SCOPES.join(', ')}, or empty)`)
  if (row.country !== 'Multiple' && row.country !== '' && countryCode(row.country) === undefined)
    fail('country', `'${row.country}' is not a country name`)
  if (problems.length === 0 && isMetric(row.metric)) {
    const reading = readQualifier(row.quote, value, METRIC_UNIT[row.metric], marketName(row))
    if (!reading.found) fail('quote', `the value ${row.value_mw} does not appear in the quote`)
  }
  return problems
}

const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value)

/** The market's name as a quote would print it: "Malaysia (country)" -> Malaysia. */
function marketName(row: Pick<RecordRow, 'market'>): string {
  return row.market.replace(/\([^)]*\)/g, '').trim()
}

/** "Malaysia (country)" -> malaysia; an aggregate keeps its bracket: "FLAP-D (total)" -> flap-d-total. */
export function marketIdFromName(name: string, isAggregate = false): string {
  return slugify(isAggregate ? name : name.replace(/\([^)]*\)/g, ''))
}

export function isAggregateRow(row: Pick<RecordRow, 'market' | 'country'>): boolean {
  return row.country === 'Multiple' || /\((?:total|combined|.*markets)\b/i.test(row.market)
}

/** "Hanoi and Ho Chi Minh City (combined)" sums the markets its name lists. */
function combinedMembers(name: string): string[] | undefined {
  const listed = /^(.+?)\s*\(combined\)$/i.exec(name)?.[1]
  return listed?.split(/\s+(?:and|\+|&)\s+|\s*,\s*/).map((member) => marketIdFromName(member))
}

/**
 * Which markets an aggregate sums, where its name defines them (FLAP-D is Frankfurt, London,
 * Amsterdam, Paris and Dublin by definition). Others have no member list.
 */
const AGGREGATE_MEMBERS: Record<string, string[]> = {
  'flap-d-total': ['frankfurt', 'london', 'amsterdam', 'paris', 'dublin'],
  'flap-total-excl-dublin': ['frankfurt', 'london', 'amsterdam', 'paris'],
}

/**
 * Basis of a figure: IT load where the record's definition says so, or where the publisher
 * reports IT load throughout (Cushman & Wakefield's key indicators; see the record's notes).
 */
export function basisOf(row: Pick<RecordRow, 'definition' | 'publisher' | 'metric'>): Basis {
  // "basis (IT load / colocation) not stated" names IT load only to say it is not known.
  if (/\bbasis\b[^;]*\bnot stated\b/i.test(row.definition)) return 'not_stated'
  // IT in capitals: "calls it power consumption" is no basis.
  if (
    /\bIT[- ](?:[Ll]oad|[Cc]apacity|[Ss]upply|[Pp]ower)\b|\bMW IT\b|critical IT|live IT/.test(
      row.definition,
    )
  )
    return 'it_load'
  if (/total (?:facility|utility) power|grid power/i.test(row.definition)) return 'total_power'
  if (/^Cushman & Wakefield$/.test(row.publisher) && row.metric !== 'vacancy_pct') return 'it_load'
  return 'not_stated'
}

export function sourceIdOf(
  row: Pick<RecordRow, 'publisher' | 'report_or_article' | 'url'>,
): string {
  const base = slugify(row.publisher).slice(0, 40).replace(/-+$/, '')
  return `${base}-${shortHash(`${row.publisher}|${row.report_or_article}|${row.url}`)}`
}

export type RecordContents = {
  markets: Market[]
  sources: Source[]
  observations: Observation[]
}

/** Turns checked record rows into markets, sources and observations (in row order). */
export function recordContents(rows: RecordRow[]): RecordContents {
  const markets = new Map<string, Market>()
  const sources = new Map<string, Source>()
  const observations: Observation[] = []
  for (const row of rows) {
    const aggregate = isAggregateRow(row)
    const marketId = marketIdFromName(row.market, aggregate)
    if (!markets.has(marketId)) {
      const isCountry = /\(country\)/i.test(row.market) || row.market === row.country
      const market: Market = {
        id: marketId,
        name: row.market.replace(/\s*\(country\)\s*/i, '').trim(),
        country: row.country === 'Multiple' ? null : (countryCode(row.country) ?? null),
        region: slugify(row.region),
        level: aggregate ? 'aggregate' : isCountry ? 'country' : 'metro',
      }
      const members =
        ownEntry(AGGREGATE_MEMBERS, marketId) ??
        (aggregate ? combinedMembers(row.market) : undefined)
      if (members) market.members = members
      markets.set(marketId, market)
    }
    const sourceId = sourceIdOf(row)
    if (!sources.has(sourceId))
      sources.set(sourceId, {
        id: sourceId,
        publisher: row.publisher,
        title: row.report_or_article,
        url: row.url,
      })
    const metric = row.metric as Observation['metric']
    const unit = METRIC_UNIT[metric]
    const value = Number(row.value_mw)
    const reading = readQualifier(row.quote, value, unit, marketName(row))
    const observation: Observation = {
      market: marketId,
      metric,
      year: Number(row.year),
      period: row.period,
      asOf: periodEnd(row.period, Number(row.year)),
      value,
      unit,
      basis: basisOf(row),
      // A file without the column states no scope; the record states one on every row.
      scope: isScope(row.scope) ? row.scope : 'not_stated',
      source: sourceId,
      quote: row.quote,
      definition: row.definition,
      row: row.line,
    }
    if (reading.found && reading.qualifier) observation.qualifier = reading.qualifier
    if (row.note) observation.note = row.note
    observations.push(observation)
  }
  // A metro lies inside the country-level market of its country, where the record has one.
  const countryMarkets = new Map(
    [...markets.values()]
      .filter((m) => m.level === 'country' && m.country)
      .map((m) => [m.country, m.id]),
  )
  for (const market of markets.values()) {
    const parent = market.level === 'metro' ? countryMarkets.get(market.country) : undefined
    if (parent) market.parent = parent
  }
  return { markets: [...markets.values()], sources: [...sources.values()], observations }
}
