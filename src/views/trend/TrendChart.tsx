/** Lines over the years; a year without a figure is a gap; a bound or estimate has its own mark. */
import { useMemo } from 'react'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { valueAxis } from '../../charts/axis'
import {
  basisLabel,
  formatFigure,
  formatNumber,
  formatValue,
  qualified,
  scopeLabel,
  toDisplay,
  unitLabel,
} from '../../charts/format'
import type { Unit } from '../../data/metrics'
import type { Qualifier } from '../../data/schema'
import { scopeOf } from '../../data/scopes'
import { t, tn } from '../../i18n/locale'
import type { Change, DisplayUnit, Scale } from '../../view/viewState'
import { annualGrowth, indexLines } from './growth'
import type { TrendLine, TrendPoint } from './trendSeries'
import { growthText } from './trendText'

type Row = { year: number } & Record<string, number | null | number>

const byYear = (lines: TrendLine[]) =>
  new Map(lines.map((l) => [l.id, new Map(l.points.map((p) => [p.year, p]))]))

export function TrendChart({
  years,
  lines,
  unit,
  scale,
  metricUnit,
  hidden,
  change,
}: {
  years: number[]
  lines: TrendLine[]
  unit: DisplayUnit
  scale: Scale
  metricUnit: Unit
  hidden: ReadonlySet<string>
  /** `index`: each line drawn as change since its first figure (= 100). */
  change: Change | null
}) {
  // The figures, for the hover card; what is drawn (the figures, or their index) for the lines.
  const pointsByLine = useMemo(() => byYear(lines), [lines])
  const drawnByLine = useMemo(
    () => (change === 'index' ? byYear(indexLines(lines)) : pointsByLine),
    [change, lines, pointsByLine],
  )
  const drawnValue = (p: TrendPoint) =>
    change === 'index' ? p.value : toDisplay(p.value, metricUnit, unit)
  const pieces = useMemo(() => lines.map(linePieces), [lines])
  const data = useMemo<Row[]>(
    () =>
      years.map((year) => {
        const row: Row = { year }
        lines.forEach((line, i) => {
          const point = drawnByLine.get(line.id)?.get(year)
          const value = point
            ? change === 'index'
              ? point.value
              : toDisplay(point.value, metricUnit, unit)
            : null
          for (const piece of pieces[i] ?? [])
            row[piece.key] = value !== null && piece.years.includes(year) ? value : null
        })
        return row
      }),
    [years, lines, pieces, drawnByLine, change, unit, metricUnit],
  )
  const axis = valueAxis(
    [...drawnByLine.values()].flatMap((points) => [...points.values()].map(drawnValue)),
    scale,
  )
  return (
    <div className="trend-chart" data-testid="trend-chart">
      <LineChart
        data={data}
        responsive
        style={{ width: '100%', height: 420 }}
        margin={{ top: 16, right: 32, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke="var(--grid)" />
        <XAxis dataKey="year" stroke="var(--axis)" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
        <YAxis
          {...axis}
          tickFormatter={formatNumber}
          stroke="var(--axis)"
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          width={64}
          label={{
            value: change === 'index' ? t('trend.axis.index') : unitLabel(metricUnit, unit),
            angle: -90,
            position: 'insideLeft',
            fill: 'var(--muted)',
            fontSize: 12,
          }}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, label }) => {
            if (!active) return null
            const year = Number(label)
            const entries = lines
              .filter((l) => !hidden.has(l.id))
              .map((l) => ({
                line: l,
                point: pointsByLine.get(l.id)?.get(year),
                index: change === 'index' ? drawnByLine.get(l.id)?.get(year) : undefined,
              }))
              .filter((e): e is typeof e & Entry => e.point !== undefined)
            return (
              <TrendTooltip year={year} entries={entries} unit={unit} metricUnit={metricUnit} />
            )
          }}
        />
        {lines.flatMap((line, i) =>
          hidden.has(line.id)
            ? []
            : (pieces[i] ?? []).map((piece) => (
                <Line
                  key={piece.key}
                  dataKey={piece.key}
                  name={line.name}
                  stroke={line.colour}
                  strokeWidth={line.kind === 'group' ? 3 : 2}
                  strokeDasharray={piece.join ? '2 4' : line.kind === 'group' ? '8 4' : undefined}
                  strokeLinecap={piece.join ? 'round' : undefined}
                  connectNulls={piece.join}
                  isAnimationActive={false}
                  legendType="none"
                  dot={
                    piece.join
                      ? false
                      : (props: DotProps) => (
                          <QualifierDot
                            key={`${piece.key}-${props.index}`}
                            {...props}
                            colour={line.colour}
                            qualifier={
                              drawnByLine.get(line.id)?.get(Number(props.payload?.year))?.qualifier
                            }
                            line={line.id}
                          />
                        )
                  }
                  activeDot={piece.join ? false : { r: 6 }}
                />
              )),
        )}
      </LineChart>
    </div>
  )
}

/**
 * A line's drawn pieces: a solid run of points for each stretch with one publisher and scope, and
 * a dotted join between two runs in adjacent years (`series=latest`: the source changes there).
 */
type Piece = { key: string; years: number[]; join: boolean }

function linePieces(line: TrendLine): Piece[] {
  const runs: TrendPoint[][] = []
  for (const point of line.points) {
    const run = runs.at(-1)
    if (!run || point.breakBefore) runs.push([point])
    else run.push(point)
  }
  return runs.flatMap((run, k) => {
    const piece = {
      key: runs.length === 1 ? line.id : `${line.id}~${k}`,
      years: run.map((p) => p.year),
      join: false,
    }
    const last = run.at(-1)
    const next = runs[k + 1]?.[0]
    return last && next && next.year - last.year === 1
      ? [piece, { key: `${line.id}~join${k}`, years: [last.year, next.year], join: true }]
      : [piece]
  })
}

type DotProps = {
  cx?: number
  cy?: number
  index?: number
  value?: unknown
  payload?: { year?: number }
}

/** Filled circle: as published; hollow: about; triangle up: a lower bound; down: an upper bound. */
function QualifierDot({
  cx,
  cy,
  value,
  colour,
  qualifier,
  line,
}: DotProps & { colour: string; qualifier: Qualifier | undefined; line: string }) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return <g />
  const common = {
    'data-line': line,
    'data-qualifier': qualifier ?? 'exact',
    className: 'trend-dot',
  }
  if (qualifier === 'at_least')
    return (
      <path
        {...common}
        d={`M${cx},${cy - 6} L${cx + 6},${cy + 5} L${cx - 6},${cy + 5} Z`}
        fill={colour}
      />
    )
  if (qualifier === 'at_most')
    return (
      <path
        {...common}
        d={`M${cx},${cy + 6} L${cx + 6},${cy - 5} L${cx - 6},${cy - 5} Z`}
        fill={colour}
      />
    )
  if (qualifier === 'about')
    return (
      <circle
        {...common}
        cx={cx}
        cy={cy}
        r={4.5}
        fill="var(--bg)"
        stroke={colour}
        strokeWidth={2}
      />
    )
  return <circle {...common} cx={cx} cy={cy} r={4} fill={colour} />
}

type Entry = { line: TrendLine; point: TrendPoint; index: TrendPoint | undefined }

/** The growth from the line's figure before this one, in words that say it is derived. */
function growthSince(line: TrendLine, point: TrendPoint): string | undefined {
  const before = line.points[line.points.indexOf(point) - 1]
  const growth = before ? annualGrowth(before, point, line) : undefined
  return growth ? growthText(growth) : undefined
}

function TrendTooltip({
  year,
  entries,
  unit,
  metricUnit,
}: {
  year: number
  entries: Entry[]
  unit: DisplayUnit
  metricUnit: Unit
}) {
  return (
    <div className="figure-tooltip">
      <p className="figure-tooltip__market">{year}</p>
      {entries.length === 0 ? <p>{t('trend.tooltip.none')}</p> : null}
      <ul className="figure-tooltip__list">
        {entries.map(({ line, point, index }) => (
          <li key={line.id}>
            <strong>{line.name}</strong>:{' '}
            {index
              ? `${t('trend.tooltip.index', { value: qualified(index.qualifier, formatNumber(Math.round(index.value))) })} · `
              : null}
            {line.kind === 'group'
              ? t('trend.tooltip.sum', {
                  value: qualified(point.qualifier, formatValue(point.value, metricUnit, unit)),
                  count: point.rows.length,
                })
              : formatFigure(
                  point.rows[0]?.drawn ?? {
                    value: point.value,
                    unit: metricUnit,
                    qualifier: point.qualifier,
                  },
                  unit,
                )}
            {line.kind === 'market' && point.rows[0] ? (
              <span className="figure-tooltip__meta">
                {' '}
                · {point.rows[0].drawn.period} · {point.rows[0].source.publisher} ·{' '}
                {basisLabel(point.rows[0].drawn.basis)} · {scopeLabel(scopeOf(point.rows[0].drawn))}
                {point.rows[0].others.length > 0
                  ? ` · ${tn('tooltip.otherSources', point.rows[0].others.length)}`
                  : ''}
              </span>
            ) : null}
            {growthSince(line, point) ? (
              <span className="trend-growth"> · {growthSince(line, point)}</span>
            ) : null}
            {line.kind === 'market' && point.rows[0]?.drawn.note ? (
              <span className="figure-caveat">
                {' '}
                · {t('tooltip.caveat')}: {point.rows[0].drawn.note}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
