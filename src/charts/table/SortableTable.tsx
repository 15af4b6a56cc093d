/** A table whose columns sort on click (ascending, then descending), announced to screen readers. */
import { type ReactNode, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { collate } from '../../lib/collate'

export type Column<Row> = {
  id: string
  header: string
  cell: (row: Row) => ReactNode
  /** Present: the column sorts by this value. */
  sortValue?: (row: Row) => string | number
  numeric?: boolean
  /** Sentences (a report's title, a quote, a note): wrapped at a width one can read. */
  prose?: boolean
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
  captionShown = true,
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
  /** False where the heading just above says the same: the caption is for screen readers. */
  captionShown?: boolean
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
          : collate(String(va), String(vb)))
      )
    })
  }, [rows, columns, sort])
  const { box, more, onScroll } = useScrollEdges(sorted)
  if (rows.length === 0) return null
  return (
    <div
      className={`table-frame${more.left ? ' has-more-left' : ''}${more.right ? ' has-more-right' : ''}`}
    >
      <div
        ref={box}
        onScroll={onScroll}
        className={`table-scroll${held ? ' table-scroll--held' : ''}`}
        // A wide table scrolls: the keyboard reaches it, and it is named for what it holds.
        {...(more.left || more.right ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
      >
        <table className="figures-table">
          <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
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
                    <td
                      key={column.id}
                      className={column.numeric ? 'num' : column.prose ? 'prose' : undefined}
                    >
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/** Whether there is more of the table to the left or right of what its box shows. */
function useScrollEdges(content: unknown) {
  const box = useRef<HTMLDivElement>(null)
  const [more, setMore] = useState({ left: false, right: false })
  const measure = useCallback(() => {
    const element = box.current
    if (!element) return
    const left = element.scrollLeft > 1
    const right = element.scrollLeft + element.clientWidth < element.scrollWidth - 1
    setMore((was) => (was.left === left && was.right === right ? was : { left, right }))
    // The left shadow falls beside the pinned first column, not over it.
    const pinned = element.querySelector<HTMLElement>('tbody tr > :first-child')
    element.parentElement?.style.setProperty('--pinned-width', `${pinned?.offsetWidth ?? 0}px`)
  }, [])
  useLayoutEffect(() => {
    void content
    const element = box.current
    if (!element) return
    if (typeof ResizeObserver === 'undefined') return measure()
    // Measured when the observer reports the box and its table (on observing, and on each change
    // of size), after the frame's layout: measured here, in the commit, it forced the whole page's
    // layout inside the task that draws the table (120 ms on a slow phone's CPU).
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    return () => observer.disconnect()
  }, [content, measure])
  return { box, more, onScroll: measure }
}
