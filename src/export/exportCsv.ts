/** The data behind a chart as CSV: one row per drawn value, with its source. */

import type { ExportRow } from '../charts/exportSpec'
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
] as const

export function exportCsv(rows: ExportRow[]): string {
  return toCsv([
    [...CSV_COLUMNS],
    ...rows.map((r) => [
      r.group ?? '',
      r.marketName,
      r.marketId,
      r.metric,
      r.observation.year,
      r.observation.period,
      r.observation.value,
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
    ]),
  ])
}
