/** Horizontal bars, one per market, coloured by region. Rows come ready from rankingSeries. */
import { type MouseEvent, memo, useMemo } from 'react'
import { BarChart, DefaultZIndexes, usePlotArea, useXAxisScale, XAxis, ZIndexLayer } from 'recharts'
import { valueAxis } from '../../charts/axis'
import { BarRect } from '../../charts/BarRect'
import { FigureHoverFrame, useChartHover } from '../../charts/ChartHover'
import {
  type CategoryLayout,
  CategoryName,
  categoryLayout,
  useNarrowChart,
} from '../../charts/categoryAxis'
import { formatFigureShort, formatNumber, marketLabel, toDisplay } from '../../charts/format'
import { regionColour } from '../../charts/palette'
import { marketKind } from '../../data/marketLevel'
import type { FigureRow } from '../../data/select/figureRow'
import { t } from '../../i18n/locale'
import { useStages } from '../../lib/Later'
import type { DisplayUnit, Scale } from '../../view/viewState'
import { type HeldExtent, withHeld } from '../heldExtent'

type Datum = {
  id: string
  name: string
  value: number
  label: string
  fill: string
  /** A country-level market (not a city-state): drawn open, named "(country)". */
  country: boolean
  row: FigureRow
}

type BarHandlers = {
  onMouseEnter: (datum: Datum, index: number, event: MouseEvent) => void
  onMouseMove: (datum: Datum, index: number, event: MouseEvent) => void
  onMouseLeave: () => void
  onClick: (datum: Datum, index: number) => void
}

/**
 * One bar and its value label. Memoised and keyed by market: a new year moves a market's bar,
 * it does not redraw every bar (Recharts' <Bar> remounted all of them on each data change, most
 * of a timeline step's time).
 */
const LabelledBar = memo(function LabelledBar({
  datum,
  index,
  x,
  y,
  width,
  height,
  marked,
  handlers,
}: {
  datum: Datum
  index: number
  x: number
  y: number
  width: number
  height: number
  marked: boolean
  handlers: BarHandlers
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the chart's frame takes the keyboard (the arrow keys walk the bars); a bar answers the mouse
    <g
      className="recharts-bar-rectangle"
      onMouseEnter={(e) => handlers.onMouseEnter(datum, index, e)}
      onMouseMove={(e) => handlers.onMouseMove(datum, index, e)}
      onMouseLeave={handlers.onMouseLeave}
      onClick={() => handlers.onClick(datum, index)}
    >
      <BarRect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={datum.fill}
        // A country's total is drawn open (tinted, outlined): not the same kind of number as a city's.
        fillOpacity={datum.country ? 0.3 : 1}
        stroke={marked ? 'var(--text)' : datum.country ? datum.fill : 'none'}
        strokeWidth={2}
        data-market={datum.id}
        data-level={datum.country ? 'country' : undefined}
      />
      <text
        className="bar-label"
        data-market={datum.id}
        x={x + Math.max(width, 0) + 5}
        y={y + height / 2}
        dominantBaseline="central"
        fill="var(--text)"
        fontSize={12}
      >
        {datum.label}
      </text>
    </g>
  )
})

/**
 * The bars, drawn in the chart's plot area on its value scale, one row per category band (as
 * the category axis lays its names out): `gap` on each side of a bar, or a fixed `size`.
 */
function RankingBars({
  data,
  slots,
  marked,
  gap,
  size,
  layout,
  handlers,
}: {
  data: Datum[]
  /** The rows the plot holds room for (at least the data's): a year with fewer leaves them empty. */
  slots: number
  marked: ReadonlyArray<string | null | undefined>
  gap: number
  size?: number
  layout: CategoryLayout
  handlers: BarHandlers
}) {
  const scale = useXAxisScale()
  const area = usePlotArea()
  // Each market's marks stay at one place in the document whatever the year (sorted by market;
  // their rank is only their y). Written in rank order, a new year made React move the node of
  // every market that had changed places, and the browser styled and laid each one out again as
  // if new: most of a timeline step's style and layout.
  const drawOrder = useMemo(
    () =>
      data
        .map((datum, index) => ({ datum, index }))
        .sort((a, b) => (a.datum.id < b.datum.id ? -1 : a.datum.id > b.datum.id ? 1 : 0)),
    [data],
  )
  if (!scale || !area || data.length === 0) return null
  const band = area.height / Math.max(slots, data.length)
  const thickness = size ?? Math.max(1, band - 2 * gap)
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      {/* The names beside (or above) the rows and the axis line, drawn here rather than by a
          Recharts category axis, whose ticks were half of what remained of a year's step. */}
      <g className="ranking-names">
        <line
          x1={area.x}
          x2={area.x}
          y1={area.y}
          y2={area.y + data.length * band}
          stroke="var(--axis)"
        />
        {drawOrder.map(({ datum, index }) => {
          const centre = area.y + (index + 0.5) * band
          return (
            <g key={datum.id}>
              {layout.narrow ? null : (
                <line x1={area.x - 6} x2={area.x} y1={centre} y2={centre} stroke="var(--axis)" />
              )}
              <CategoryName
                x={layout.narrow ? area.x : area.x - 6}
                y={centre}
                name={datum.name}
                market={datum.id}
                layout={layout}
                above={thickness / 2 + 4}
              />
            </g>
          )
        })}
      </g>
      <g className="recharts-bar-rectangles" cursor="pointer">
        {drawOrder.map(({ datum, index }) => {
          const end = scale(datum.value) ?? area.x
          return (
            <LabelledBar
              key={datum.id}
              datum={datum}
              index={index}
              x={area.x}
              y={area.y + index * band + (band - thickness) / 2}
              width={Math.max(0, end - area.x)}
              height={thickness}
              marked={marked.includes(datum.id)}
              handlers={handlers}
            />
          )
        })}
      </g>
    </ZIndexLayer>
  )
}

const ROW_HEIGHT = 30
/** A bar's thickness on a narrow chart, its name above it. */
const BAR_NARROW = 18
/** Space above and below a bar in its row. */
const BAR_GAP = 6
const AXIS_HEIGHT = 40

export function RankingChart({
  rows,
  selected,
  onSelect,
  unit,
  scale,
  held,
}: {
  rows: FigureRow[]
  selected: string | null
  onSelect: (marketId: string) => void
  unit: DisplayUnit
  scale: Scale
  /** Over the timeline's years: the axis's range and the rows the chart keeps room for. */
  held?: HeldExtent
}) {
  const data = useMemo<Datum[]>(
    () =>
      rows.map((row) => ({
        id: row.market.id,
        name: marketLabel(row.market),
        value: toDisplay(row.drawn.value, row.drawn.unit, unit),
        label: formatFigureShort(row.drawn, unit),
        fill: regionColour(row.market.region),
        country: marketKind(row.market) === 'country',
        row,
      })),
    [rows, unit],
  )
  const [box, narrow] = useNarrowChart()
  const layout = useMemo(() => categoryLayout(narrow, ROW_HEIGHT), [narrow])
  // One height for every year the timeline shows, room for the most rows any year draws: a new
  // year is drawn in one pass at its places. (Sized to each year's rows, the chart was
  // drawn at the old height first, and again a few frames later once Recharts had measured the
  // new one: every bar moved twice, the axis jumped.)
  const slots = Math.max(rows.length, held?.rows ?? 0)
  const height = slots * layout.rowHeight + AXIS_HEIGHT
  const { hovered, frameProps, barProps } = useChartHover(data.length, (index) => {
    const id = data[index]?.id
    if (id) onSelect(id)
  })
  const outlined = hovered?.byKeyboard ? data[hovered.index]?.id : undefined
  // Recharts is given only the value range (held over the timeline's years), not the rows: a new
  // year then leaves its store as it was and redraws our bars alone.
  const values = withHeld(
    data.map((d) => d.value),
    held,
  )
  // The smallest positive value: where a log axis starts (a linear one starts at zero).
  const low = Math.min(...values.filter((v) => v > 0), Number.POSITIVE_INFINITY)
  const high = Math.max(0, ...values)
  const extent = useMemo(
    () => (Number.isFinite(low) ? [{ value: low }, { value: high }] : [{ value: high }]),
    [low, high],
  )
  const axis = useMemo(
    () => valueAxis(Number.isFinite(low) ? [low, high] : [high], scale),
    [low, high, scale],
  )
  // The axis a task after the page around it, the bars a task after the axis: the axis's
  // mount is Recharts' cascade of store updates, and the bars then draw on a settled store
  // (together, one task of 180 ms after a tap on a phone's CPU).
  const stage = useStages(2)
  const chart = useMemo(() => {
    return (
      <BarChart
        layout="vertical"
        data={extent}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 4, right: narrow ? 56 : 72, bottom: 4, left: 8 + layout.axisWidth }}
      >
        {/* Above the rows: it stays where it is while a year's rows come and go below it (and a
            phone shows it without scrolling past thirty bars). */}
        <XAxis
          orientation="top"
          type="number"
          dataKey="value"
          {...axis}
          tickFormatter={formatNumber}
          stroke="var(--axis)"
        />
        {stage === 2 && (
          <RankingBars
            data={data}
            slots={slots}
            marked={[selected, outlined]}
            gap={BAR_GAP}
            size={narrow ? BAR_NARROW : undefined}
            layout={layout}
            handlers={barProps}
          />
        )}
      </BarChart>
    )
  }, [data, slots, extent, axis, height, selected, outlined, barProps, layout, narrow, stage])
  const hoveredRow = hovered ? data[hovered.index]?.row : undefined
  return (
    <FigureHoverFrame
      name="ranking-chart"
      label={t('ranking.chartAria')}
      frameProps={frameProps}
      hovered={hovered}
      row={hoveredRow}
      unit={unit}
    >
      <div
        ref={box}
        // Room held before the chart is drawn (useStages), so the page below does not move.
        style={{ minHeight: height }}
      >
        {/* A link's first chart draws whole (useStages). */}
        {stage > 0 ? chart : null}
      </div>
    </FigureHoverFrame>
  )
}
