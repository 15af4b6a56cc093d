/** One row per market, one mark per source's figure; the drawn figure is the large outlined mark. */
import { useMemo } from 'react'
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts'
import { valueAxis } from '../../charts/axis'
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
  return (
    <div
      className="sources-chart"
      data-testid="sources-chart"
      ref={box}
      style={{ minHeight: Math.max(rows.length, held?.rows ?? 0) * layout.rowHeight + 56 }}
    >
      <ScatterChart
        responsive
        style={{ width: '100%', height: rows.length * layout.rowHeight + 56 }}
        margin={{ top: 8, right: narrow ? 16 : 32, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke="var(--grid)" />
        <XAxis
          type="number"
          dataKey="x"
          {...axis}
          tickFormatter={formatNumber}
          stroke="var(--axis)"
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
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
        <ZAxis range={[60, 60]} />
        <Tooltip
          isAnimationActive={false}
          cursor={false}
          content={({ active, payload }) => {
            const point = payload?.[0]?.payload as Point | undefined
            return active && point ? <SpreadTooltip figure={point.figure} unit={unit} /> : null
          }}
        />
        <Scatter
          data={points}
          isAnimationActive={false}
          shape={(props: { cx?: number; cy?: number; payload?: Point }) => <Mark {...props} />}
        />
      </ScatterChart>
    </div>
  )
}

function Mark({ cx, cy, payload }: { cx?: number; cy?: number; payload?: Point }) {
  if (cx === undefined || cy === undefined || !payload) return <g />
  const colour = regionColour(payload.figure.market.region)
  const attrs = {
    'data-market': payload.figure.market.id,
    'data-drawn': payload.figure.drawn ? 'true' : 'false',
    className: 'source-mark',
  }
  const scope = scopeOf(payload.figure.observation)
  // The shape says what the figure counts; filled and larger: the one drawn in other views.
  return payload.figure.drawn ? (
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
}

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
