/**
 * The names beside horizontal bars or rows of marks (ranking, pipeline, sources). Beside the plot
 * where the chart is wide; on a narrow one (a phone), above each row, so the plot keeps the width.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { YAxisTickContentProps } from 'recharts'

/** Below this chart width a 160 px column of names would leave the plot less than half. */
export const NARROW_CHART_WIDTH = 560
const NAME_COLUMN = 160
const NAME_FONT = 13

export type CategoryLayout = {
  narrow: boolean
  /** Height of one row: on a narrow chart it holds the name above the bar. */
  rowHeight: number
  /** Width Recharts' category axis takes from the plot. */
  axisWidth: number
}

export function categoryLayout(narrow: boolean, rowHeight: number): CategoryLayout {
  return narrow
    ? { narrow, rowHeight: rowHeight + NAME_FONT + 4, axisWidth: 1 }
    : { narrow, rowHeight, axisWidth: NAME_COLUMN }
}

/**
 * Whether the chart is narrow, measured on its box; the first render guesses from the window,
 * so a phone draws its layout at once rather than the desktop's first. Only the answer is state:
 * a box that changes width but not the answer draws nothing again. Its box is read when the
 * browser lays the page out (a ResizeObserver), not by asking for a layout as the chart is
 * committed: on a phone's CPU that forced layout was 30-70 ms of the task that draws a tapped
 * view.
 */
export function useNarrowChart(): [RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement | null>(null)
  const [narrow, setNarrow] = useState(
    () => typeof window !== 'undefined' && window.innerWidth < NARROW_CHART_WIDTH + 48,
  )
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.borderBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width ?? 0
      if (width > 0) setNarrow(width < NARROW_CHART_WIDTH)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, narrow]
}

/** The width of a box, measured when it is laid out and whenever it changes (undefined before). */
export function useBoxWidth(): [RefObject<HTMLDivElement | null>, number | undefined] {
  const ref = useRef<HTMLDivElement | null>(null)
  const [width, setWidth] = useState<number | undefined>(undefined)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      const measured = element.getBoundingClientRect().width
      if (measured > 0) setWidth(Math.round(measured))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}

/**
 * One row's name as one plain text (Recharts' own tick text measures each word to wrap it, a
 * good part of a filter change with a few hundred markets). Wide: right-aligned before the
 * axis. Narrow: left-aligned on the plot's edge, just above the row's bar or marks.
 */
export function CategoryName({
  x,
  y,
  name,
  market,
  layout,
  above,
}: {
  x: number
  y: number
  name: string
  market?: string | undefined
  layout: CategoryLayout
  /** Narrow: how far above the row's centre the name's baseline sits. */
  above: number
}) {
  return (
    <text
      className="market-tick"
      data-market={market}
      x={layout.narrow ? x + 3 : x - 4}
      y={layout.narrow ? y - above : y}
      textAnchor={layout.narrow ? 'start' : 'end'}
      dominantBaseline={layout.narrow ? 'auto' : 'central'}
      fill="var(--text)"
      fontSize={NAME_FONT}
    >
      {name}
    </text>
  )
}

type Tick = YAxisTickContentProps['payload']

/**
 * A category axis's settings (Recharts' YAxis): the names beside or above the rows. Narrow, the
 * tick's x is the plot's edge, where the names above the rows start.
 */
export function categoryAxisProps(
  layout: CategoryLayout,
  row: (tick: Tick) => { name: string; market: string | undefined },
  above: number,
) {
  return {
    width: layout.axisWidth,
    interval: 0,
    stroke: 'var(--axis)',
    tickLine: !layout.narrow,
    ...(layout.narrow ? { tickSize: 0, tickMargin: 0 } : {}),
    tick: (props: YAxisTickContentProps) => (
      <CategoryName
        x={Number(props.x)}
        y={Number(props.y)}
        {...row(props.payload)}
        layout={layout}
        above={above}
      />
    ),
  }
}
