/** The numbers behind a chart, with their sources: one row per drawn figure. */

import { useContext, useMemo, useRef } from 'react'
import type { FigureRow } from '../../data/select/figureRow'
import { t } from '../../i18n/locale'
import { useAfterPaint } from '../../lib/Later'
import type { DisplayUnit } from '../../view/viewState'
import { PlayingFrom } from '../chartContext'
import { regionLabel } from '../format'
import { type Column, SortableTable } from './SortableTable'
import { figureColumn, marketColumn, sourceColumns } from './sourceColumns'

export type TableRow = FigureRow & { group?: string; note?: string }

const drawnOf = (r: TableRow) => ({ observation: r.drawn, source: r.source })

export function figureColumns(
  unit: DisplayUnit,
  rows: readonly TableRow[],
  options: { group?: string } = {},
): Column<TableRow>[] {
  const columns: Column<TableRow>[] = []
  if (options.group)
    columns.push({
      id: 'group',
      header: options.group,
      cell: (r) => r.group,
      sortValue: (r) => r.group ?? '',
    })
  columns.push(
    marketColumn(),
    {
      id: 'region',
      header: t('table.region'),
      cell: (r) => regionLabel(r.market.region),
      sortValue: (r) => regionLabel(r.market.region),
    },
    figureColumn(drawnOf, unit),
    ...sourceColumns(drawnOf, rows, (r) => r.note),
    {
      id: 'others',
      header: t('table.others'),
      cell: (r) => r.others.length,
      sortValue: (r) => r.others.length,
      numeric: true,
    },
  )
  return columns
}

export function FiguresTable({
  rows,
  caption,
  unit,
  group,
}: {
  rows: TableRow[]
  caption: string
  unit: DisplayUnit
  /** Header of a first column naming each row's group (or stage). */
  group?: string
}) {
  // While a play is under way the table holds the rows it had, and says which year they are.
  const playingFrom = useContext(PlayingFrom)
  const held = useRef({ rows, caption })
  // A new object only for new rows or words: the table waits for a new one (useAfterPaint).
  if (playingFrom === null && (held.current.rows !== rows || held.current.caption !== caption))
    held.current = { rows, caption }
  // A new year or filter redraws the chart first; the table (hundreds of cells) follows once that
  // is painted, so a step of the timeline answers within a frame or two.
  const shown = useAfterPaint(held.current)
  const isHeld = playingFrom !== null
  const table = useMemo(
    () => (
      <SortableTable
        held={isHeld}
        rows={shown.rows}
        columns={figureColumns(unit, shown.rows, group ? { group } : {})}
        caption={shown.caption}
        // Keys name the row's market (and group, year), not its position or figure: a re-sorted or
        // refiltered table updates its rows in place instead of rebuilding them.
        rowKey={(r) => `${r.group ?? ''}|${r.market.id}|${r.drawn.year}`}
        rowClass={(r) => (r.note ? 'has-note' : undefined)}
        rowMarket={(r) => r.market.id}
      />
    ),
    [shown, unit, group, isHeld],
  )
  return (
    <>
      {playingFrom === null ? null : (
        <p className="visually-hidden" role="status">
          {t('table.heldDuringPlay', { year: String(playingFrom) })}
        </p>
      )}
      {table}
    </>
  )
}
