/** Per market, a bar stacked from operational through under construction to planned. */
import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts'
import { valueAxis } from '../../charts/axis'
import { categoryAxisProps, categoryLayout, useNarrowChart } from '../../charts/categoryAxis'
import { FigureTooltipContent } from '../../charts/FigureTooltip'
import { formatNumber, toDisplay, unitLabel } from '../../charts/format'
import { STAGE_COLOUR } from '../../charts/palette'
import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { type HeldExtent, withHeld } from '../heldExtent'
import { type PipelineRow, STAGES, type Stage } from './pipelineSeries'

export const stageLabel = (stage: Stage) => t(`stage.${stage}`)

const ROW_HEIGHT = 34
/** A bar's thickness on a narrow chart, its name above it. */
const BAR_NARROW = 18

type Datum = { name: string; id: string } & Partial<Record<Stage, number>>

export function PipelineChart({
  rows,
  unit,
  hidden,
  held,
}: {
  rows: PipelineRow[]
  unit: DisplayUnit
  hidden: ReadonlySet<string>
  /** Over the timeline's years: the axis's range and the rows the chart keeps room for. */
  held?: HeldExtent
}) {
  const data = useMemo<Datum[]>(
    () =>
      rows.map((row) => {
        const datum: Datum = { name: row.market.name, id: row.market.id }
        for (const stage of STAGES) {
          const figure = row.stages[stage]
          if (figure && !hidden.has(stage)) datum[stage] = toDisplay(figure.drawn.value, 'MW', unit)
        }
        return datum
      }),
    [rows, unit, hidden],
  )
  const [box, narrow] = useNarrowChart()
  const layout = categoryLayout(narrow, ROW_HEIGHT)
  return (
    <div
      className="pipeline-chart"
      data-testid="pipeline-chart"
      ref={box}
      style={{ minHeight: Math.max(rows.length, held?.rows ?? 0) * layout.rowHeight + 48 }}
    >
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: rows.length * layout.rowHeight + 48 }}
        margin={{ top: 4, right: narrow ? 16 : 32, bottom: 4, left: 8 }}
        barCategoryGap={6}
        {...(narrow ? { barSize: BAR_NARROW } : {})}
      >
        <CartesianGrid horizontal={false} stroke="var(--grid)" />
        <XAxis
          type="number"
          {...valueAxis(
            withHeld(
              data.map((d) => STAGES.reduce((sum, stage) => sum + (d[stage] ?? 0), 0)),
              held,
            ),
            'linear',
          )}
          tickFormatter={formatNumber}
          stroke="var(--axis)"
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          label={{
            value: unitLabel('MW', unit),
            position: 'insideBottomRight',
            offset: -2,
            fill: 'var(--muted)',
            fontSize: 12,
          }}
        />
        <YAxis
          type="category"
          dataKey="name"
          {...categoryAxisProps(
            layout,
            (tick) => ({ name: String(tick.value), market: data[tick.index]?.id }),
            BAR_NARROW / 2 + 4,
          )}
        />
        <Tooltip
          cursor={{ fill: 'var(--hover)' }}
          isAnimationActive={false}
          shared={false}
          content={({ active, payload }) => {
            const item = payload?.[0]
            const datum = item?.payload as Datum | undefined
            const stage = item?.dataKey as Stage | undefined
            const row = rows.find((r) => r.market.id === datum?.id)
            const figure = stage ? row?.stages[stage] : undefined
            return active && figure && stage ? (
              <FigureTooltipContent row={figure} unit={unit} note={stageLabel(stage)} />
            ) : null
          }}
        />
        {STAGES.map((stage) => (
          <Bar
            key={stage}
            dataKey={stage}
            name={stageLabel(stage)}
            stackId="stages"
            fill={STAGE_COLOUR[stage]}
            isAnimationActive={false}
            stroke="var(--bg)"
            strokeWidth={1}
          >
            {data.map((d) => (
              <Cell key={d.id} fill={STAGE_COLOUR[stage]} data-market={d.id} data-stage={stage} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </div>
  )
}
