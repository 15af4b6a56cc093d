/** The data behind a chart as CSV: one row per drawn value, with its source. */

import type { ExportEvents, ExportRow } from '../charts/exportSpec'
import { scopeOf } from '../data/scopes'
import { type CsvCell, toCsv } from '../lib/csvWrite'

export const CSV_COLUMNS = [
  'group',
  'market',
  'market_id',
  'metric',
  'year',
  'period',
  'value',
  'unit',
  'qualifier',
  'basis',
  'publisher',
  'report',
  'date',
  'url',
  'quote',
  'drawn',
  'note',
  // Added with release 2027.01, last so that columns read by position keep their place.
  'scope',
  // Added with release 2027.01.1: an event's row (metric `event`) says its kind and title here.
  'event_kind',
  'event_title',
] as const

/**
 * How a spreadsheet expects its CSV: `standard` is RFC 4180 (comma, decimal point), what Google
 * Sheets, LibreOffice and Excel in English read; `excel-pt` is what Excel opens in columns where
 * the decimal mark is a comma (Brazil): semicolons between fields, decimal commas in numbers.
 */
export type CsvDialect = 'standard' | 'excel-pt'

/** A byte-order mark: without it Excel reads UTF-8 as Windows-1252 ("Singaporeâ€™s"). */
const BOM = '\uFEFF'

/** A cell of the export, typed: what a spreadsheet should make of it. */
export type ExportCell =
  | { text: string }
  | { number: number }
  /** A day, YYYY-MM-DD. (A year alone is text: it is not a date.) */
  | { day: string }
  | { link: string }

const text = (value: string | undefined): ExportCell => ({ text: value ?? '' })

/** One row's cells, in CSV_COLUMNS' order: the CSV and the workbook write the same. */
export function exportCells(r: ExportRow): ExportCell[] {
  const { observation: o, source } = r
  return [
    text(r.group),
    text(r.marketName),
    text(r.marketId),
    text(r.metric),
    { number: o.year },
    text(o.period),
    { number: o.value },
    text(o.unit),
    text(o.qualifier),
    text(o.basis),
    text(source.publisher),
    text(source.title),
    o.asOf.length === 10 ? { day: o.asOf } : text(o.asOf),
    { link: source.url },
    text(o.quote),
    text(r.drawn ? 'yes' : 'no'),
    text(o.note),
    text(scopeOf(o)),
    text(''),
    text(''),
  ]
}

type ExportEvent = ExportEvents['events'][number]

/**
 * An event's row, in the same columns: metric `event`, its date as the period (and as the
 * date when it is a day), no value; its kind and title in the last two columns.
 */
export function eventCells(e: ExportEvent): ExportCell[] {
  return [
    text(''),
    text(e.marketName),
    text(e.market),
    text('event'),
    { number: Number(e.date.slice(0, 4)) },
    text(e.date),
    text(''),
    text(''),
    text(''),
    text(''),
    text(e.publisher),
    text(e.report),
    e.date.length === 10 ? { day: e.date } : text(e.date),
    { link: e.url },
    text(e.quote),
    text(''),
    text(e.note),
    text(''),
    text(e.kind),
    text(e.title),
  ]
}

/**
 * The CSV file of a chart's rows, in a spreadsheet's dialect. The header and the provenance
 * columns are the same in both (a data contract); only the separator and the value's decimal
 * mark change. Text is quoted and numbers and days are not, so a spreadsheet that keeps quoted
 * fields as text reads each column as what it is.
 */
export function exportCsv(
  rows: ExportRow[],
  dialect: CsvDialect = 'standard',
  events: ExportEvents['events'] = [],
): string {
  const pt = dialect === 'excel-pt'
  const cell = (c: ExportCell): CsvCell => {
    if ('number' in c) return pt ? { bare: String(c.number).replace('.', ',') } : c.number
    if ('day' in c) return { bare: c.day }
    return 'link' in c ? c.link : c.text
  }
  const body = [...rows.map(exportCells), ...events.map(eventCells)]
  return `${BOM}${toCsv([[...CSV_COLUMNS], ...body.map((cells) => cells.map(cell))], pt ? ';' : ',')}`
}
