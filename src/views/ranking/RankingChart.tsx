/** Horizontal bars, one per market, coloured by region. Rows come ready from rankingSeries. */
import { useMemo } from 'react'
import { Bar, BarChart, type BarShapeProps, Rectangle, XAxis, YAxis } from 'recharts'
import { valueAxis } from '../../charts/axis'
import { FigureHoverFrame, useChartHover } from '../../charts/ChartHover'
import { categoryAxisProps, categoryLayout, useNarrowChart } from '../../charts/categoryAxis'
import { formatFigureShort, formatNumber, marketLabel, toDisplay } from '../../charts/format'
import { regionColour } from '../../charts/palette'
import { marketKind } from '../../data/marketLevel'
import type { FigureRow } from '../../data/select/figureRow'
import { t } from '../../i18n/locale'
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

/**
 * One bar and its value label, drawn together: Recharts' Cell and LabelList cost a third of a
 * filter change with a few hundred markets, for what is one rectangle and one text each.
 */
function LabelledBar({
  marked,
  ...props
}: BarShapeProps & { marked: ReadonlyArray<string | null | undefined> }) {
  const datum = props.payload as Datum
  const { x = 0, y = 0, width = 0, height = 0 } = props
  return (
    <>
      <Rectangle
        {...props}
        fill={datum.fill}
        // A country's total is drawn open (tinted, outlined): not the same kind of number as a city's.
        fillOpacity={datum.country ? 0.3 : 1}
        stroke={marked.includes(datum.id) ? 'var(--text)' : datum.country ? datum.fill : 'none'}
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
    </>
  )
}

const ROW_HEIGHT = 30
/** A bar's thickness on a narrow chart, its name above it. */
const BAR_NARROW = 18
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
  const height = rows.length * layout.rowHeight + AXIS_HEIGHT
  const { hovered, frameProps, barProps } = useChartHover(data.length, (index) => {
    const id = data[index]?.id
    if (id) onSelect(id)
  })
  const outlined = hovered?.byKeyboard ? data[hovered.index]?.id : undefined
  const chart = useMemo(() => {
    const ids = data.map((d) => d.id)
    const axis = valueAxis(
      withHeld(
        data.map((d) => d.value),
        held,
      ),
      scale,
    )
    return (
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 4, right: narrow ? 56 : 72, bottom: 4, left: 8 }}
        barCategoryGap={6}
        {...(narrow ? { barSize: BAR_NARROW } : {})}
      >
        <XAxis
          type="number"
          {...axis}
          tickFormatter={formatNumber}
          stroke="var(--axis)"
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="name"
          {...categoryAxisProps(
            layout,
            (tick) => ({ name: String(tick.value), market: ids[tick.index] }),
            BAR_NARROW / 2 + 4,
          )}
        />
        <Bar
          dataKey="value"
          name="Value"
          isAnimationActive={false}
          cursor="pointer"
          shape={(props: BarShapeProps) => <LabelledBar {...props} marked={[selected, outlined]} />}
          {...barProps}
        />
      </BarChart>
    )
  }, [data, scale, height, selected, outlined, barProps, layout, narrow, held])
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
        // Room for the most rows any year draws: a year with fewer leaves space, not a shorter page.
        style={{
          minHeight: Math.max(rows.length, held?.rows ?? 0) * layout.rowHeight + AXIS_HEIGHT,
        }}
      >
        {chart}
      </div>
    </FigureHoverFrame>
  )
}
