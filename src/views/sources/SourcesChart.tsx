/** One row per market, one mark per source's figure; the drawn figure is the large outlined mark. */
import { type MouseEvent, memo, useMemo } from 'react'
import {
  DefaultZIndexes,
  ScatterChart,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts'
import { valueAxis } from '../../charts/axis'
import { HoverCard, useChartHover } from '../../charts/ChartHover'
import { categoryAxisProps, categoryLayout, useNarrowChart } from '../../charts/categoryAxis'
import { CaveatEntry } from '../../charts/FigureCaveat'
import {
  basisLabel,
  formatFigure,
  formatNumber,
  scopeLabel,
  toDisplay,
  unitLabel,
} from '../../charts/format'
import { regionColour } from '../../charts/palette'
import { scopeMarkPath } from '../../charts/scopeMarks'
import { ValueGrid } from '../../charts/ValueGrid'
import type { Unit } from '../../data/metrics'
import { scopeOf } from '../../data/scopes'
import type { SourcedFigure, SpreadRow } from '../../data/select/sourcesSeries'
import { t } from '../../i18n/locale'
import type { DisplayUnit, Scale } from '../../view/viewState'
import { type HeldExtent, withHeld } from '../heldExtent'

const ROW_HEIGHT = 34
/** On a narrow chart a row's name sits this far above its centre: clear of its largest mark. */
const MARK_REACH = 12

type Point = { y: number; x: number; figure: SourcedFigure }
type MarkHandlers = ReturnType<typeof useChartHover>['barProps']
const MARK = '.source-mark'

export function SourcesChart({
  rows,
  unit,
  scale,
  metricUnit,
  held,
}: {
  rows: SpreadRow[]
  unit: DisplayUnit
  scale: Scale
  metricUnit: Unit
  /** Over the timeline's years: the axis's range and the rows the chart keeps room for. */
  held?: HeldExtent
}) {
  const points = useMemo(
    () =>
      rows.flatMap((row, i) => {
        // Equal figures from several sources would hide one another: spread them a little vertically.
        const seen = new Map<number, number>()
        return row.figures.map((figure) => {
          const n = seen.get(figure.observation.value) ?? 0
          seen.set(figure.observation.value, n + 1)
          const offset = n === 0 ? 0 : (n % 2 === 1 ? -1 : 1) * Math.ceil(n / 2) * 0.22
          return { y: i + offset, x: toDisplay(figure.observation.value, metricUnit, unit), figure }
        })
      }),
    [rows, unit, metricUnit],
  )
  const axis = valueAxis(
    withHeld(
      points.map((p) => p.x),
      held,
    ),
    scale,
  )
  const names = rows.map((r) => r.market.name)
  const [box, narrow] = useNarrowChart()
  const layout = categoryLayout(narrow, ROW_HEIGHT)
  // The marks in their drawn order, which the arrow keys follow.
  const { hovered, frameProps, barProps } = useChartHover(
    points.length,
    () => undefined,
    (frame, index) => frame.querySelectorAll(MARK)[index],
  )
  const hoveredPoint = hovered ? points[hovered.index] : undefined
  const chart = useMemo(
    () => (
      // Recharts lays out the axes from the points; the grid and the marks are our own layers
      // on its scales (its Scatter, Tooltip and grid were ~20 kB gzip on this view's first load).
      <ScatterChart
        data={points}
        responsive
        style={{ width: '100%', height: rows.length * layout.rowHeight + 56 }}
        margin={{ top: 8, right: narrow ? 16 : 32, bottom: 8, left: 8 }}
      >
        <ValueGrid axis="x" />
        <XAxis
          type="number"
          dataKey="x"
          {...axis}
          tickFormatter={formatNumber}
          stroke="var(--axis)"
          label={{
            value: unitLabel(metricUnit, unit),
            position: 'insideBottomRight',
            offset: -2,
            fill: 'var(--muted)',
            fontSize: 12,
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, rows.length - 0.5]}
          ticks={rows.map((_, i) => i)}
          reversed
          {...categoryAxisProps(
            layout,
            (tick) => ({
              name: names[Number(tick.value)] ?? '',
              market: rows[Number(tick.value)]?.market.id,
            }),
            MARK_REACH,
          )}
        />
        <Marks points={points} handlers={barProps} />
      </ScatterChart>
    ),
    [points, rows, axis, names, layout, narrow, unit, metricUnit, barProps],
  )
  return (
    // biome-ignore lint/a11y/useSemanticElements: a chart read with the arrow keys, not a set of form fields
    <div
      className="sources-chart"
      data-testid="sources-chart"
      role="group"
      aria-label={t('sources.chartAria')}
      {...frameProps}
    >
      <div
        ref={box}
        style={{ minHeight: Math.max(rows.length, held?.rows ?? 0) * layout.rowHeight + 56 }}
      >
        {chart}
      </div>
      <HoverCard hovered={hovered}>
        {hoveredPoint ? <SpreadTooltip figure={hoveredPoint.figure} unit={unit} /> : null}
      </HoverCard>
    </div>
  )
}

/** Every source's mark, on the chart's scales. */
function Marks({ points, handlers }: { points: Point[]; handlers: MarkHandlers }) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y) return null
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="source-marks">
        {points.map((point, index) => {
          const cx = x(point.x)
          const cy = y(point.y)
          return cx === undefined || cy === undefined ? null : (
            <Mark
              // biome-ignore lint/suspicious/noArrayIndexKey: a mark holds no state; two sources may give one market the same figure and period
              key={`${point.figure.market.id}\u0000${index}`}
              cx={cx}
              cy={cy}
              point={point}
              index={index}
              handlers={handlers}
            />
          )
        })}
      </g>
    </ZIndexLayer>
  )
}

const Mark = memo(function Mark({
  cx,
  cy,
  point,
  index,
  handlers,
}: {
  cx: number
  cy: number
  point: Point
  index: number
  handlers: MarkHandlers
}) {
  const colour = regionColour(point.figure.market.region)
  const attrs = {
    'data-market': point.figure.market.id,
    'data-drawn': point.figure.drawn ? 'true' : 'false',
    className: 'source-mark',
    onMouseEnter: (e: MouseEvent) => handlers.onMouseEnter(undefined, index, e),
    onMouseMove: (e: MouseEvent) => handlers.onMouseMove(undefined, index, e),
    onMouseLeave: handlers.onMouseLeave,
  }
  const scope = scopeOf(point.figure.observation)
  // The shape says what the figure counts; filled and larger: the one drawn in other views.
  return point.figure.drawn ? (
    <path
      {...attrs}
      data-scope={scope}
      d={scopeMarkPath(scope, cx, cy, 8)}
      fill={colour}
      stroke="var(--text)"
      strokeWidth={2}
    />
  ) : (
    <path
      {...attrs}
      data-scope={scope}
      d={scopeMarkPath(scope, cx, cy, 5.5)}
      fill="var(--bg)"
      stroke={colour}
      strokeWidth={2}
    />
  )
})

function SpreadTooltip({ figure, unit }: { figure: SourcedFigure; unit: DisplayUnit }) {
  const { market, observation, source, drawn } = figure
  return (
    <div className="figure-tooltip">
      <p className="figure-tooltip__market">{market.name}</p>
      <p className="figure-tooltip__value">{formatFigure(observation, unit)}</p>
      <p className="figure-tooltip__note">
        {drawn ? t('sources.tooltip.drawn') : t('sources.tooltip.other')}
      </p>
      <dl>
        <dt>{t('tooltip.period')}</dt>
        <dd>{observation.period}</dd>
        <dt>{t('tooltip.publisher')}</dt>
        <dd>{source.publisher}</dd>
        <dt>{t('tooltip.report')}</dt>
        <dd>{source.title}</dd>
        <dt>{t('tooltip.basis')}</dt>
        <dd>{basisLabel(observation.basis)}</dd>
        <dt>{t('tooltip.scope')}</dt>
        <dd>{scopeLabel(scopeOf(observation))}</dd>
        <CaveatEntry observation={observation} />
      </dl>
      <p className="figure-tooltip__others">“{observation.quote}”</p>
    </div>
  )
}
