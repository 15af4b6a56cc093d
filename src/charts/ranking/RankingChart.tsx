/** Horizontal bars, one per market, coloured by region. Rows come ready from rankingSeries. */
import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import type { FigureRow } from '../../data/select/figureRow'
import type { DisplayUnit, Scale } from '../../view/viewState'
import { valueAxis } from '../axis'
import { FigureTooltipContent } from '../FigureTooltip'
import { formatFigureShort, formatNumber, toDisplay } from '../format'
import { regionColour } from '../palette'

type Datum = {
  id: string
  name: string
  value: number
  label: string
  fill: string
  row: FigureRow
}

const ROW_HEIGHT = 30
const AXIS_HEIGHT = 40

export function RankingChart({
  rows,
  selected,
  onSelect,
  unit,
  scale,
}: {
  rows: FigureRow[]
  selected: string | null
  onSelect: (marketId: string) => void
  unit: DisplayUnit
  scale: Scale
}) {
  const data = useMemo<Datum[]>(
    () =>
      rows.map((row) => ({
        id: row.market.id,
        name: row.market.name,
        value: toDisplay(row.drawn.value, row.drawn.unit, unit),
        label: formatFigureShort(row.drawn, unit),
        fill: regionColour(row.market.region),
        row,
      })),
    [rows, unit],
  )
  const axis = valueAxis(
    data.map((d) => d.value),
    scale,
  )
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT
  return (
    <div className="ranking-chart" data-testid="ranking-chart">
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 4, right: 72, bottom: 4, left: 8 }}
        barCategoryGap={6}
      >
        <CartesianGrid horizontal={false} stroke="var(--grid)" />
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
          width={160}
          interval={0}
          stroke="var(--axis)"
          tick={{ fill: 'var(--text)', fontSize: 13 }}
        />
        <Tooltip
          cursor={{ fill: 'var(--hover)' }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as Datum | undefined
            return active && datum ? <FigureTooltipContent row={datum.row} unit={unit} /> : null
          }}
        />
        <Bar
          dataKey="value"
          name="Value"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => {
            const id = (entry as unknown as { payload?: Datum }).payload?.id
            if (id) onSelect(id)
          }}
        >
          {data.map((d) => (
            <Cell
              key={d.id}
              fill={d.fill}
              stroke={d.id === selected ? 'var(--text)' : 'none'}
              strokeWidth={2}
              data-market={d.id}
            />
          ))}
          <LabelList dataKey="label" position="right" fill="var(--text)" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  )
}
