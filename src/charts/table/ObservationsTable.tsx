/** Every figure, not only the drawn ones: one row per source's figure, sortable, with provenance. */

import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { basisLabel, formatFigure } from '../format'
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
      header: t('table.market'),
      cell: (f) => f.market.name,
      sortValue: (f) => f.market.name,
      rowHeader: true,
    },
    {
      id: 'figure',
      header: t('table.figure'),
      cell: (f) => formatFigure(f.observation, unit),
      sortValue: (f) => f.observation.value,
      numeric: true,
    },
    {
      id: 'drawn',
      header: t('table.drawn'),
      cell: (f) => (f.drawn ? t('table.yes') : ''),
      sortValue: (f) => (f.drawn ? 0 : 1),
    },
    {
      id: 'period',
      header: t('tooltip.period'),
      cell: (f) => f.observation.period,
      sortValue: (f) => f.observation.asOf,
    },
    {
      id: 'publisher',
      header: t('tooltip.publisher'),
      cell: (f) => f.source.publisher,
      sortValue: (f) => f.source.publisher,
    },
    {
      id: 'report',
      header: t('tooltip.report'),
      cell: (f) => (
        <a href={f.source.url} target="_blank" rel="noopener noreferrer">
          {f.source.title}
        </a>
      ),
    },
    {
      id: 'basis',
      header: t('tooltip.basis'),
      cell: (f) => basisLabel(f.observation.basis),
      sortValue: (f) => f.observation.basis,
    },
    { id: 'quote', header: t('table.quote'), cell: (f) => <q>{f.observation.quote}</q> },
    { id: 'definition', header: t('table.definition'), cell: (f) => f.observation.definition },
    {
      id: 'row',
      header: t('table.row'),
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
