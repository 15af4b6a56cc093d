/** Every figure, not only the drawn ones: one row per source's figure, sortable, with provenance. */

import type { SourcedFigure } from '../../data/select/sourcesSeries'
import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { type Column, SortableTable } from './SortableTable'
import { figureColumn, marketColumn, sourceColumns } from './sourceColumns'

export function ObservationsTable({
  figures,
  unit,
  caption,
  captionShown = true,
}: {
  figures: SourcedFigure[]
  unit: DisplayUnit
  caption: string
  captionShown?: boolean
}) {
  const columns: Column<SourcedFigure>[] = [
    marketColumn(),
    figureColumn((f: SourcedFigure) => f, unit),
    {
      id: 'drawn',
      header: t('table.drawn'),
      cell: (f) => (f.drawn ? t('table.yes') : ''),
      sortValue: (f) => (f.drawn ? 0 : 1),
    },
    ...sourceColumns((f: SourcedFigure) => f, figures),
    {
      id: 'quote',
      header: t('table.quote'),
      prose: true,
      cell: (f) => <q>{f.observation.quote}</q>,
    },
    {
      id: 'definition',
      header: t('table.definition'),
      prose: true,
      cell: (f) => f.observation.definition,
    },
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
      captionShown={captionShown}
      rowKey={(f) =>
        `${f.market.id}|${f.observation.source}|${f.observation.metric}|${f.observation.year}|${f.observation.asOf}|${f.observation.value}|${f.observation.row ?? ''}`
      }
      rowClass={(f) => (f.drawn ? 'is-drawn' : undefined)}
      rowMarket={(f) => f.market.id}
    />
  )
}
