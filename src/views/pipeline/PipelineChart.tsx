/** Per market, a bar stacked from operational through under construction to planned. */
import { memo, useMemo } from 'react'
import {
  BarChart,
  DefaultZIndexes,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts'
import { valueAxis } from '../../charts/axis'
import { BarRect } from '../../charts/BarRect'
import { FigureHoverFrame, useChartHover } from '../../charts/ChartHover'
import { categoryAxisProps, categoryLayout, useNarrowChart } from '../../charts/categoryAxis'
import { formatNumber, toDisplay, unitLabel } from '../../charts/format'
import { STAGE_COLOUR } from '../../charts/palette'
import { ValueGrid } from '../../charts/ValueGrid'
import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { type HeldExtent, withHeld } from '../heldExtent'
import { type PipelineRow, STAGES, type Stage } from './pipelineSeries'

export const stageLabel = (stage: Stage) => t(`stage.${stage}`)

const ROW_HEIGHT = 34
/** A bar's thickness on a narrow chart, its name above it. */
const BAR_NARROW = 18
/** Space above and below a bar in its row. */
const BAR_GAP = 6

type Datum = { name: string; id: string; total: number } & Partial<Record<Stage, number>>
/** One stage of one market's bar, in the order the arrow keys take: market by market, left to right. */
type Segment = { market: string; stage: Stage }
type BarHandlers = ReturnType<typeof useChartHover>['barProps']

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
        const datum: Datum = { name: row.market.name, id: row.market.id, total: 0 }
        for (const stage of STAGES) {
          const figure = row.stages[stage]
          if (figure && !hidden.has(stage)) {
            datum[stage] = toDisplay(figure.drawn.value, 'MW', unit)
            datum.total += datum[stage] ?? 0
          }
        }
        return datum
      }),
    [rows, unit, hidden],
  )
  const segments = useMemo<Segment[]>(
    () =>
      data.flatMap((d) =>
        STAGES.filter((stage) => d[stage] !== undefined).map((stage) => ({ market: d.id, stage })),
      ),
    [data],
  )
  const { hovered, frameProps, barProps } = useChartHover(
    segments.length,
    () => undefined,
    (frame, index) => {
      const s = segments[index]
      return s
        ? (frame.querySelector(
            `[data-market="${CSS.escape(s.market)}"][data-stage="${s.stage}"]`,
          ) ?? undefined)
        : undefined
    },
  )
  const hoveredSegment = hovered ? segments[hovered.index] : undefined
  const hoveredRow =
    hoveredSegment &&
    rows.find((r) => r.market.id === hoveredSegment.market)?.stages[hoveredSegment.stage]
  const [box, narrow] = useNarrowChart()
  const layout = categoryLayout(narrow, ROW_HEIGHT)
  const axis = useMemo(
    () =>
      valueAxis(
        withHeld(
          data.map((d) => d.total),
          held,
        ),
        'linear',
      ),
    [data, held],
  )
  const chart = useMemo(
    () => (
      // Recharts lays out the axes (the markets' names and the value scale); the stacks are our
      // own layer on its scale, keyed by market and stage (see PipelineStacks).
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: data.length * layout.rowHeight + 48 }}
        margin={{ top: 4, right: narrow ? 16 : 32, bottom: 4, left: 8 }}
      >
        <ValueGrid axis="x" />
        <XAxis
          type="number"
          dataKey="total"
          {...axis}
          tickFormatter={formatNumber}
          stroke="var(--axis)"
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
        <PipelineStacks
          data={data}
          size={narrow ? BAR_NARROW : undefined}
          hovered={hoveredSegment}
          handlers={barProps}
          segments={segments}
        />
      </BarChart>
    ),
    [data, axis, unit, layout, narrow, hoveredSegment, barProps, segments],
  )
  return (
    <FigureHoverFrame
      name="pipeline-chart"
      label={t('pipeline.chartAria')}
      frameProps={frameProps}
      hovered={hovered}
      row={hoveredRow}
      unit={unit}
      note={hoveredSegment && stageLabel(hoveredSegment.stage)}
    >
      <div
        ref={box}
        style={{ minHeight: Math.max(rows.length, held?.rows ?? 0) * layout.rowHeight + 48 }}
      >
        {chart}
      </div>
    </FigureHoverFrame>
  )
}

/**
 * The stacks in the plot area on the value scale, one per category band (as the category axis
 * lays the names out), each stage's segment after the one before it; the hovered market's row
 * shaded behind.
 */
function PipelineStacks({
  data,
  size,
  hovered,
  handlers,
  segments,
}: {
  data: Datum[]
  size?: number
  hovered: Segment | undefined
  handlers: BarHandlers
  segments: Segment[]
}) {
  const scale = useXAxisScale()
  const area = usePlotArea()
  if (!scale || !area || data.length === 0) return null
  const band = area.height / data.length
  const thickness = size ?? Math.max(1, band - 2 * BAR_GAP)
  const row = hovered ? data.findIndex((d) => d.id === hovered.market) : -1
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      {row >= 0 ? (
        <rect
          className="chart-hover-mark"
          x={area.x}
          y={area.y + row * band}
          width={area.width}
          height={band}
          fill="var(--hover)"
        />
      ) : null}
      <g className="recharts-bar-rectangles">
        {data.map((d, i) => {
          let base = 0
          return STAGES.map((stage) => {
            const value = d[stage]
            if (value === undefined) return null
            const start = scale(base) ?? area.x
            base += value
            const end = scale(base) ?? start
            return (
              <StageSegment
                key={`${d.id}\u0000${stage}`}
                market={d.id}
                stage={stage}
                index={segments.findIndex((s) => s.market === d.id && s.stage === stage)}
                x={start}
                y={area.y + i * band + (band - thickness) / 2}
                width={Math.max(0, end - start)}
                height={thickness}
                handlers={handlers}
              />
            )
          })
        })}
      </g>
    </ZIndexLayer>
  )
}

const StageSegment = memo(function StageSegment({
  market,
  stage,
  index,
  x,
  y,
  width,
  height,
  handlers,
}: {
  market: string
  stage: Stage
  /** Its place in the arrow keys' order. */
  index: number
  x: number
  y: number
  width: number
  height: number
  handlers: BarHandlers
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the chart's frame takes the keyboard (the arrow keys walk the segments); a segment answers the mouse
    <g
      className="recharts-bar-rectangle"
      onMouseEnter={(e) => handlers.onMouseEnter(undefined, index, e)}
      onMouseMove={(e) => handlers.onMouseMove(undefined, index, e)}
      onMouseLeave={handlers.onMouseLeave}
    >
      <BarRect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={STAGE_COLOUR[stage]}
        stroke="var(--bg)"
        strokeWidth={1}
        data-market={market}
        data-stage={stage}
      />
    </g>
  )
})
