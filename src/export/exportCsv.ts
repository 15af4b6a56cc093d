/** The data behind a chart as CSV: one row per drawn value, with its source. */

import type { ExportRow } from '../charts/exportSpec'
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
  ]
}

/**
 * The CSV file of a chart's rows, in a spreadsheet's dialect. The header and the provenance
 * columns are the same in both (a data contract); only the separator and the value's decimal
 * mark change. Text is quoted and numbers and days are not, so a spreadsheet that keeps quoted
 * fields as text reads each column as what it is.
 */
export function exportCsv(rows: ExportRow[], dialect: CsvDialect = 'standard'): string {
  const pt = dialect === 'excel-pt'
  const cell = (c: ExportCell): CsvCell => {
    if ('number' in c) return pt ? { bare: String(c.number).replace('.', ',') } : c.number
    if ('day' in c) return { bare: c.day }
    return 'link' in c ? c.link : c.text
  }
  return `${BOM}${toCsv([[...CSV_COLUMNS], ...rows.map((r) => exportCells(r).map(cell))], pt ? ';' : ',')}`
}
