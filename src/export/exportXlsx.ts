/**
 * The data behind a chart as an Excel workbook, made in the browser: the CSV's columns with
 * typed cells (numbers as numbers, periods and years-alone as text, days as dates, addresses as
 * links), and a second sheet with every source the rows cite. The library (write-excel-file,
 * ~20 kB gzip) loads with this module, on the click.
 */
import type { Cell, SheetData } from 'write-excel-file/browser'
import type { ExportEvents, ExportRow } from '../charts/exportSpec'
import { collate } from '../lib/collate'
import { CSV_COLUMNS, type ExportCell, exportCells } from './exportCsv'

const SOURCE_COLUMNS = ['publisher', 'report', 'url', 'figures'] as const
const EVENT_COLUMNS = [
  'date',
  'market',
  'market_id',
  'kind',
  'title',
  'publisher',
  'report',
  'url',
  'quote',
  'note',
] as const

/** A HYPERLINK formula: the link's address, shown as `label`; quotes doubled as Excel wants. */
const link = (url: string, label = url): Cell => ({
  type: 'Formula',
  value: `HYPERLINK("${url.replaceAll('"', '""')}","${label.replaceAll('"', '""')}")`,
})

function cell(c: ExportCell): Cell {
  if ('number' in c) return { type: Number, value: c.number }
  if ('day' in c) {
    const [y, m, d] = c.day.split('-').map(Number) as [number, number, number]
    return { type: Date, value: new Date(Date.UTC(y, m - 1, d)), format: 'yyyy-mm-dd' }
  }
  if ('link' in c) return link(c.link)
  return { type: String, value: c.text }
}

const header = (names: readonly string[]): Cell[] =>
  names.map((name) => ({ type: String, value: name, fontWeight: 'bold' as const }))

export async function exportXlsx(
  rows: ExportRow[],
  events: ExportEvents['events'] = [],
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser')
  const figures: SheetData = [header(CSV_COLUMNS), ...rows.map((r) => exportCells(r).map(cell))]
  const cited = new Map<string, { row: ExportRow; count: number }>()
  for (const row of rows) {
    const seen = cited.get(row.source.id)
    cited.set(row.source.id, { row, count: (seen?.count ?? 0) + 1 })
  }
  const sources: SheetData = [
    header(SOURCE_COLUMNS),
    ...[...cited.values()]
      .sort(
        (a, b) =>
          collate(a.row.source.publisher, b.row.source.publisher) ||
          collate(a.row.source.title, b.row.source.title),
      )
      .map(({ row: { source }, count }): Cell[] => [
        { type: String, value: source.publisher },
        link(source.url, source.title),
        { type: String, value: source.url },
        { type: Number, value: count },
      ]),
  ]
  const eventRows: SheetData = [
    header(EVENT_COLUMNS),
    ...events.map((e): Cell[] => [
      // A date as precise as its source: a day is a date, a month or a year stays text.
      cell(e.date.length === 10 ? { day: e.date } : { text: e.date }),
      { type: String, value: e.marketName },
      { type: String, value: e.market },
      { type: String, value: e.kind },
      { type: String, value: e.title },
      { type: String, value: e.publisher },
      link(e.url, e.report),
      { type: String, value: e.url },
      { type: String, value: e.quote },
      { type: String, value: e.note ?? '' },
    ]),
  ]
  const widths = (list: readonly number[]) => list.map((width) => ({ width }))
  return writeXlsxFile(
    [
      {
        data: figures,
        sheet: 'figures',
        stickyRowsCount: 1,
        columns: widths([
          18, 22, 18, 14, 7, 12, 10, 6, 10, 12, 24, 40, 12, 30, 50, 7, 40, 24, 16, 50,
        ]),
      },
      { data: sources, sheet: 'sources', stickyRowsCount: 1, columns: widths([24, 60, 40, 8]) },
      ...(events.length > 0
        ? [
            {
              data: eventRows,
              sheet: 'events',
              stickyRowsCount: 1,
              columns: widths([12, 18, 14, 16, 60, 30, 50, 40, 50, 40]),
            },
          ]
        : []),
    ],
    {},
  ).toBlob()
}
