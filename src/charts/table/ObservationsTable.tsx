/** Every figure, not only the drawn ones: one row per source's figure, sortable, with provenance. */
import type { DisplayUnit } from '../../view/viewState'
import { BASIS_LABEL, formatFigure } from '../format'
import type { SourcedFigure } from '../sources/sourcesSeries'
import { type Column, SortableTable } from './SortableTable'

export function ObservationsTable({
  figures,
  unit,
  caption,
}: {
  figures: SourcedFigure[]
  unit: DisplayUnit
  caption: string
}) {
  const columns: Column<SourcedFigure>[] = [
    {
      id: 'market',
      header: 'Market',
      cell: (f) => f.market.name,
      sortValue: (f) => f.market.name,
      rowHeader: true,
    },
    {
      id: 'figure',
      header: 'Figure',
      cell: (f) => formatFigure(f.observation, unit),
      sortValue: (f) => f.observation.value,
      numeric: true,
    },
    {
      id: 'drawn',
      header: 'Drawn',
      cell: (f) => (f.drawn ? 'yes' : ''),
      sortValue: (f) => (f.drawn ? 0 : 1),
    },
    {
      id: 'period',
      header: 'Period',
      cell: (f) => f.observation.period,
      sortValue: (f) => f.observation.asOf,
    },
    {
      id: 'publisher',
      header: 'Publisher',
      cell: (f) => f.source.publisher,
      sortValue: (f) => f.source.publisher,
    },
    {
      id: 'report',
      header: 'Report',
      cell: (f) => (
        <a href={f.source.url} target="_blank" rel="noopener noreferrer">
          {f.source.title}
        </a>
      ),
    },
    {
      id: 'basis',
      header: 'Basis',
      cell: (f) => BASIS_LABEL[f.observation.basis],
      sortValue: (f) => f.observation.basis,
    },
    { id: 'quote', header: 'Quote', cell: (f) => <q>{f.observation.quote}</q> },
    { id: 'definition', header: 'What it counts', cell: (f) => f.observation.definition },
    {
      id: 'row',
      header: 'Record row',
      cell: (f) => f.observation.row,
      sortValue: (f) => f.observation.row ?? 0,
      numeric: true,
    },
  ]
  return (
    <SortableTable
      rows={figures}
      columns={columns}
      caption={caption}
      rowKey={(f) =>
        `${f.market.id}|${f.observation.source}|${f.observation.metric}|${f.observation.year}|${f.observation.asOf}|${f.observation.value}|${f.observation.row ?? ''}`
      }
      rowClass={(f) => (f.drawn ? 'is-drawn' : undefined)}
      rowMarket={(f) => f.market.id}
    />
  )
}
