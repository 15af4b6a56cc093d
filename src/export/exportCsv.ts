/** The data behind a chart as CSV: one row per drawn value, with its source. */

import type { ExportRow } from '../charts/exportSpec'
import { scopeOf } from '../data/scopes'
import { toCsv } from '../lib/csvWrite'

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

/**
 * The CSV file of a chart's rows, in a spreadsheet's dialect. The header and the provenance
 * columns are the same in both (a data contract); only the separator and the value's decimal
 * mark change.
 */
export function exportCsv(rows: ExportRow[], dialect: CsvDialect = 'standard'): string {
  const pt = dialect === 'excel-pt'
  const number = (value: number) => (pt ? String(value).replace('.', ',') : value)
  return `${BOM}${toCsv(
    [
      [...CSV_COLUMNS],
      ...rows.map((r) => [
        r.group ?? '',
        r.marketName,
        r.marketId,
        r.metric,
        r.observation.year,
        r.observation.period,
        number(r.observation.value),
        r.observation.unit,
        r.observation.qualifier ?? '',
        r.observation.basis,
        r.source.publisher,
        r.source.title,
        r.observation.asOf,
        r.source.url,
        r.observation.quote,
        r.drawn ? 'yes' : 'no',
        r.observation.note ?? '',
        scopeOf(r.observation),
      ]),
    ],
    pt ? ';' : ',',
  )}`
}
