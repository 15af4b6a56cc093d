/**
 * The record's events.csv: one dated, sourced event per row (a moratorium, a grid limit, a
 * policy). Read by the dataset generator into each region's file; a row the app could not
 * stand behind (no quote, no address, a market the record does not have) is refused, as a
 * figure's would be.
 */
import { parseCsv } from '../lib/csv'
import { ownEntry } from '../lib/ownKey'
import { marketIdFromName, type RecordProblem } from './recordCsv'
import { EVENT_KINDS, type EventKind, type MarketEvent } from './schema'

export const EVENT_COLUMNS = [
  'market',
  'date',
  'date_precision',
  'kind',
  'title',
  'publisher',
  'report_or_article',
  'url',
  'quote',
] as const

const DATE_OF_PRECISION: Record<string, RegExp> = {
  day: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(?:0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
}

const isKind = (kind: string): kind is EventKind =>
  (EVENT_KINDS as readonly string[]).includes(kind)

export function readEventsCsv(
  text: string,
  knownMarkets: ReadonlySet<string>,
): { events: MarketEvent[]; problems: RecordProblem[] } {
  const [header, ...body] = parseCsv(text)
  const problems: RecordProblem[] = []
  if (!header) return { events: [], problems: [{ row: 1, message: 'the file is empty' }] }
  const names = header.cells.map((c) => c.trim().toLowerCase())
  const missing = EVENT_COLUMNS.filter((c) => !names.includes(c))
  if (missing.length > 0)
    return { events: [], problems: [{ row: 1, message: `missing columns: ${missing.join(', ')}` }] }
  const events: MarketEvent[] = []
  for (const { line, cells } of body) {
    if (cells.every((c) => c.trim() === '')) continue
    const cell = (name: string) => (cells[names.indexOf(name)] ?? '').trim()
    const refuse = (field: string, message: string) => problems.push({ row: line, field, message })
    const before = problems.length
    const market = marketIdFromName(cell('market'))
    if (!knownMarkets.has(market)) refuse('market', `'${cell('market')}' is not in the record`)
    const precision = cell('date_precision')
    const pattern = ownEntry(DATE_OF_PRECISION, precision)
    if (!pattern) refuse('date_precision', `'${precision}' is not day, month or year`)
    else if (!pattern.test(cell('date')))
      refuse('date', `'${cell('date')}' is not a date to the ${precision}`)
    const kind = cell('kind')
    if (!isKind(kind)) refuse('kind', `'${kind}' is not one of ${EVENT_KINDS.join(', ')}`)
    for (const field of ['title', 'publisher', 'report_or_article', 'quote'])
      if (cell(field) === '') refuse(field, 'is empty')
    if (!/^https?:\/\/\S+$/i.test(cell('url'))) refuse('url', 'is not an http(s) URL')
    if (problems.length > before || !isKind(kind)) continue
    const note = cell('note')
    events.push({
      market,
      date: cell('date'),
      kind,
      title: cell('title'),
      publisher: cell('publisher'),
      report: cell('report_or_article'),
      url: cell('url'),
      quote: cell('quote'),
      ...(note ? { note } : {}),
      row: line,
    })
  }
  return { events, problems }
}
