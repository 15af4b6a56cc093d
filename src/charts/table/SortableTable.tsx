/** A table whose columns sort on click (ascending, then descending), announced to screen readers. */
import { type ReactNode, useMemo, useState } from 'react'

export type Column<Row> = {
  id: string
  header: string
  cell: (row: Row) => ReactNode
  /** Present: the column sorts by this value. */
  sortValue?: (row: Row) => string | number
  numeric?: boolean
  /** The row's header cell (scope="row"). */
  rowHeader?: boolean
}

export function SortableTable<Row>({
  rows,
  columns,
  caption,
  rowKey,
  rowClass,
  rowMarket,
  held = false,
}: {
  rows: Row[]
  columns: Column<Row>[]
  caption: string
  rowKey: (row: Row, index: number) => string
  rowClass?: (row: Row) => string | undefined
  /** The market a row is about, as data-market (tests and styles find rows by it). */
  rowMarket?: (row: Row) => string
  /** Holding an earlier year's rows while a play runs: drawn faint. */
  held?: boolean
}) {
  const [sort, setSort] = useState<{ id: string; descending: boolean } | null>(null)
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.id === sort?.id)
    if (!sort || !column?.sortValue) return rows
    const value = column.sortValue
    const direction = sort.descending ? -1 : 1
    return [...rows].sort((a, b) => {
      const va = value(a)
      const vb = value(b)
      return (
        direction *
        (typeof va === 'number' && typeof vb === 'number'
          ? va - vb
          : String(va).localeCompare(String(vb)))
      )
    })
  }, [rows, columns, sort])
  if (rows.length === 0) return null
  return (
    <div className={`table-scroll${held ? ' table-scroll--held' : ''}`}>
      <table className="figures-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.id === column.id
              const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : undefined
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={ariaSort}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort({
                          id: column.id,
                          descending: active ? !sort.descending : column.numeric === true,
                        })
                      }
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-mark">
                        {active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, i) => (
            <tr key={rowKey(row, i)} className={rowClass?.(row)} data-market={rowMarket?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.id} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={column.numeric ? 'num' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
