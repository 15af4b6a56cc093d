/** The columns every table of figures shares: the figure, and where it comes from. */
import type { Market, Observation, Source } from '../../data/schema'
import { scopeOf } from '../../data/scopes'
import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { basisLabel, formatFigure, marketLabel, scopeLabel } from '../format'
import type { Column } from './SortableTable'

/** The market a row is about, as the row's header cell; a country's total says so. */
export function marketColumn<
  R extends { market: Pick<Market, 'name' | 'level' | 'lat'> },
>(): Column<R> {
  return {
    id: 'market',
    header: t('table.market'),
    cell: (r) => marketLabel(r.market),
    sortValue: (r) => r.market.name,
    rowHeader: true,
  }
}

/** A row's figure and its source, however the row holds them. */
type Sourced = { observation: Observation; source: Source }

export function figureColumn<R>(of: (row: R) => Sourced, unit: DisplayUnit): Column<R> {
  return {
    id: 'figure',
    header: t('table.figure'),
    cell: (r) => formatFigure(of(r).observation, unit),
    sortValue: (r) => of(r).observation.value,
    numeric: true,
  }
}

/**
 * Period, publisher, report (linked), basis and, where any row has one, a Note: the figure's
 * caveat and what the table says of the row (one column, one name; a column of empty cells
 * would cost a cell per row and say nothing).
 */
export function sourceColumns<R>(
  of: (row: R) => Sourced,
  rows: readonly R[],
  rowNote: (row: R) => string | undefined = () => undefined,
): Column<R>[] {
  const columns: Column<R>[] = [
    {
      id: 'period',
      header: t('tooltip.period'),
      cell: (r) => of(r).observation.period,
      sortValue: (r) => of(r).observation.asOf,
    },
    {
      id: 'publisher',
      header: t('tooltip.publisher'),
      cell: (r) => of(r).source.publisher,
      sortValue: (r) => of(r).source.publisher,
    },
    {
      id: 'report',
      header: t('tooltip.report'),
      prose: true,
      cell: (r) => (
        <a href={of(r).source.url} target="_blank" rel="noopener noreferrer">
          {of(r).source.title}
        </a>
      ),
    },
    {
      id: 'basis',
      header: t('tooltip.basis'),
      cell: (r) => basisLabel(of(r).observation.basis),
      // By the words shown, in the page's language.
      sortValue: (r) => basisLabel(of(r).observation.basis),
    },
    {
      id: 'scope',
      header: t('tooltip.scope'),
      cell: (r) => scopeLabel(scopeOf(of(r).observation)),
      sortValue: (r) => scopeLabel(scopeOf(of(r).observation)),
    },
  ]
  if (rows.some((r) => of(r).observation.note || rowNote(r)))
    columns.push({
      id: 'note',
      header: t('table.note'),
      prose: true,
      cell: (r) => {
        const caveat = of(r).observation.note
        const said = rowNote(r)
        return (
          <>
            {said ? <span className="row-note">{said}</span> : null}
            {said && caveat ? ' ' : null}
            {caveat ? <span className="figure-caveat">{caveat}</span> : null}
          </>
        )
      },
    })
  return columns
}
