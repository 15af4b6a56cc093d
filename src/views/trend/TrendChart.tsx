/** Lines over the years; a year without a figure is a gap; a bound or estimate has its own mark. */
import { type MouseEvent, memo, useMemo, useState } from 'react'
import {
  DefaultZIndexes,
  LineChart,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts'
import { valueAxis, yearTicks } from '../../charts/axis'
import { HoverCard, useChartHover } from '../../charts/ChartHover'
import { useBoxWidth } from '../../charts/categoryAxis'
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
import { PlainTick } from '../../charts/PlainTick'
import { ValueGrid } from '../../charts/ValueGrid'
import type { AtlasData } from '../../data/atlasData'
import type { Unit } from '../../data/metrics'
import type { Qualifier } from '../../data/schema'
import { scopeOf } from '../../data/scopes'
import { t, tn } from '../../i18n/locale'
import { lazyComponent, useLazy } from '../../lib/lazyComponent'
import type { Change, DisplayUnit, Scale } from '../../view/viewState'
import { annualGrowth, indexLines } from './growth'
import { type EventRow, type OpenSpot, TrendEventKey, TrendEventLane } from './TrendEvents'
import type { TrendLine, TrendPoint } from './trendSeries'
import { growthText } from './trendText'

// The events' markers and card load once the trend has events to show.
const eventCard = lazyComponent(() => import('./TrendEventCard').then((m) => m.TrendEventCard))
const LANE_ROW = 18
/** From the plot's bottom to the events' first row: the year axis's ticks and labels. */
const LANE_BELOW = 34
const CHART_HEIGHT = 420
/** What the plot leaves of the chart's width: its margins and the value axis. */
const PLOT_SIDES = 8 + 32 + 64

const byYear = (lines: TrendLine[]) =>
  new Map(lines.map((l) => [l.id, new Map(l.points.map((p) => [p.year, p]))]))

type YearHandlers = ReturnType<typeof useChartHover>['barProps']
const COLUMN = '.trend-column'

export function TrendChart({
  years,
  lines,
  unit,
  scale,
  metricUnit,
  hidden,
  change,
  events = [],
  atlas,
}: {
  years: number[]
  lines: TrendLine[]
  /** Each line's events (those with none left out), drawn under the year axis. */
  events?: EventRow[]
  /** For the events' card (whose country a national event is). */
  atlas?: AtlasData
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
  const drawn = useMemo(() => {
    const value = (p: TrendPoint) =>
      change === 'index' ? p.value : toDisplay(p.value, metricUnit, unit)
    return lines
      .filter((line) => !hidden.has(line.id))
      .map((line) => ({
        line,
        pieces: linePieces(line),
        values: new Map(
          [...(drawnByLine.get(line.id)?.values() ?? [])].map((p) => [p.year, value(p)]),
        ),
        qualifiers: new Map(
          [...(drawnByLine.get(line.id)?.values() ?? [])].map((p) => [p.year, p.qualifier]),
        ),
      }))
  }, [lines, hidden, drawnByLine, change, unit, metricUnit])
  // Recharts gets the years and each year's highest value (its axes' domains); the lines, their
  // marks and the hover are our own layers on its scales: its Line, Tooltip and grid were ~30 kB
  // gzip on this view's first load, and its store filled with every point in the mount's commit.
  const data = useMemo(
    () =>
      years.map((year) => ({
        year,
        high: Math.max(0, ...drawn.map((d) => d.values.get(year) ?? 0)),
      })),
    [years, drawn],
  )
  const axis = useMemo(
    () =>
      valueAxis(
        drawn.flatMap((d) => [...d.values.values()]),
        scale,
      ),
    [drawn, scale],
  )
  const { hovered, frameProps, barProps } = useChartHover(
    years.length,
    () => undefined,
    (frame, index) => frame.querySelectorAll(COLUMN)[index],
  )
  const hoveredYear = hovered ? years[hovered.index] : undefined
  const eventRows = useMemo(() => events.filter((row) => !hidden.has(row.id)), [events, hidden])
  const [open, setOpen] = useState<OpenSpot | null>(null)
  // The card's code (and the events' details) on the first marker a reader reaches.
  const { component: EventCard } = useLazy(eventCard, open !== null)
  const lane = eventRows.length * LANE_ROW
  const [box, width] = useBoxWidth()
  // Kept while the years labelled stay the same: the chart is drawn again only when they change
  // (its width measured after the first draw names the same years on most screens).
  const labelled = yearTicks(years, (width ?? window.innerWidth) - PLOT_SIDES).join(' ')
  const ticks = useMemo(() => (labelled ? labelled.split(' ').map(Number) : []), [labelled])
  const chart = useMemo(
    () => (
      <LineChart
        data={data}
        responsive
        style={{ width: '100%', height: CHART_HEIGHT + lane + (lane > 0 ? 8 : 0) }}
        margin={{ top: 16, right: 32, bottom: 8 + lane + (lane > 0 ? 8 : 0), left: 8 }}
      >
        <ValueGrid axis="y" />
        <XAxis dataKey="year" ticks={ticks} interval={0} stroke="var(--axis)" tick={PlainTick} />
        <YAxis
          dataKey="high"
          {...axis}
          tickFormatter={formatNumber}
          stroke="var(--axis)"
          width={64}
          label={{
            value: change === 'index' ? t('trend.axis.index') : unitLabel(metricUnit, unit),
            angle: -90,
            position: 'insideLeft',
            fill: 'var(--muted)',
            fontSize: 12,
          }}
        />
        <TrendLines years={years} drawn={drawn} hovered={hoveredYear} handlers={barProps} />
        {eventRows.length > 0 ? (
          <TrendEventLane
            rows={eventRows}
            years={years}
            rowHeight={LANE_ROW}
            below={LANE_BELOW}
            open={open}
            onOpen={setOpen}
          />
        ) : null}
      </LineChart>
    ),
    [
      data,
      axis,
      change,
      metricUnit,
      unit,
      years,
      drawn,
      hoveredYear,
      barProps,
      lane,
      eventRows,
      open,
      ticks,
    ],
  )
  const entries =
    hoveredYear === undefined
      ? []
      : lines
          .filter((l) => !hidden.has(l.id))
          .map((l) => ({
            line: l,
            point: pointsByLine.get(l.id)?.get(hoveredYear),
            index: change === 'index' ? drawnByLine.get(l.id)?.get(hoveredYear) : undefined,
          }))
          .filter((e): e is typeof e & Entry => e.point !== undefined)
  return (
    // biome-ignore lint/a11y/useSemanticElements: a chart read with the arrow keys, not a set of form fields
    <div
      className="trend-chart"
      data-testid="trend-chart"
      role="group"
      aria-label={t('trend.chartAria')}
      {...frameProps}
    >
      <div ref={box}>{chart}</div>
      {eventRows.length > 0 ? (
        <div className="trend-events-key">
          <TrendEventKey rows={eventRows} />
        </div>
      ) : null}
      {open && EventCard && atlas ? (
        <EventCard open={open} data={atlas} onClose={() => setOpen(null)} />
      ) : null}
      <HoverCard hovered={hovered}>
        {hoveredYear !== undefined ? (
          <TrendTooltip year={hoveredYear} entries={entries} unit={unit} metricUnit={metricUnit} />
        ) : null}
      </HoverCard>
    </div>
  )
}

type DrawnLine = {
  line: TrendLine
  pieces: Piece[]
  values: Map<number, number>
  qualifiers: Map<number, Qualifier | undefined>
}

/**
 * On the chart's scales: a column per year that answers the pointer (under the lines), each
 * line's pieces (a gap where a year has no figure), its marks, and a rule at the hovered year.
 */
function TrendLines({
  years,
  drawn,
  hovered,
  handlers,
}: {
  years: number[]
  drawn: DrawnLine[]
  hovered: number | undefined
  handlers: YearHandlers
}) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  const area = usePlotArea()
  if (!x || !y || !area) return null
  const at = (year: number) => x(year)
  const step =
    years.length > 1 ? Math.abs((at(years[1] ?? 0) ?? 0) - (at(years[0] ?? 0) ?? 0)) : area.width
  const hoveredX = hovered === undefined ? undefined : at(hovered)
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.grid}>
        <g className="trend-columns">
          {years.map((year, index) => {
            const cx = at(year)
            return cx === undefined ? null : (
              // biome-ignore lint/a11y/noStaticElementInteractions: the chart's frame takes the keyboard (the arrow keys walk the years); a column answers the mouse
              <rect
                key={year}
                className="trend-column"
                data-year={year}
                x={cx - step / 2}
                y={area.y}
                width={step}
                height={area.height}
                fill="transparent"
                onMouseEnter={(e) => handlers.onMouseEnter(undefined, index, e)}
                onMouseMove={(e) => handlers.onMouseMove(undefined, index, e)}
                onMouseLeave={handlers.onMouseLeave}
              />
            )
          })}
          {hoveredX === undefined ? null : (
            <line
              className="chart-hover-mark"
              x1={hoveredX}
              x2={hoveredX}
              y1={area.y}
              y2={area.y + area.height}
              stroke="var(--axis)"
            />
          )}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
        {drawn.map((d) =>
          d.pieces.map((piece) => (
            <path
              key={piece.key}
              className="recharts-curve recharts-line-curve"
              name={d.line.name}
              d={piecePath(piece, years, d.values, at, y)}
              fill="none"
              stroke={d.line.colour}
              strokeWidth={d.line.kind === 'group' ? 3 : 2}
              strokeDasharray={piece.join ? '2 4' : d.line.kind === 'group' ? '8 4' : undefined}
              strokeLinecap={piece.join ? 'round' : undefined}
              pointerEvents="none"
            />
          )),
        )}
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
        {drawn.map((d) =>
          d.pieces
            .filter((piece) => !piece.join)
            .flatMap((piece) =>
              piece.years.map((year) => {
                const cx = at(year)
                const value = d.values.get(year)
                const cy = value === undefined ? undefined : y(value)
                return cx === undefined || cy === undefined ? null : (
                  <QualifierDot
                    key={`${piece.key}-${year}`}
                    cx={cx}
                    cy={cy}
                    colour={d.line.colour}
                    qualifier={d.qualifiers.get(year)}
                    line={d.line.id}
                    index={years.indexOf(year)}
                    handlers={handlers}
                  />
                )
              }),
            ),
        )}
      </ZIndexLayer>
    </>
  )
}

/** A piece's path through its years: a new stroke after a year of the axis it has no figure for. */
function piecePath(
  piece: Piece,
  years: number[],
  values: Map<number, number>,
  x: (year: number) => number | undefined,
  y: (value: number) => number | undefined,
): string {
  let path = ''
  let drawing = false
  for (const year of years) {
    const value = piece.years.includes(year) ? values.get(year) : undefined
    const px = x(year)
    const py = value === undefined ? undefined : y(value)
    if (px === undefined || py === undefined) {
      // A join spans its two years whatever lies between them; a run breaks at a gap.
      if (!piece.join) drawing = false
      continue
    }
    path += `${drawing ? 'L' : 'M'}${px},${py}`
    drawing = true
  }
  return path
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

/** Filled circle: as published; hollow: about; triangle up: a lower bound; down: an upper bound. */
const QualifierDot = memo(function QualifierDot({
  cx,
  cy,
  colour,
  qualifier,
  line,
  index,
  handlers,
}: {
  cx: number
  cy: number
  colour: string
  qualifier: Qualifier | undefined
  line: string
  /** Its year's place on the axis: the hover card of that year. */
  index: number
  handlers: YearHandlers
}) {
  const common = {
    'data-line': line,
    'data-qualifier': qualifier ?? 'exact',
    className: 'trend-dot',
    onMouseEnter: (e: MouseEvent) => handlers.onMouseEnter(undefined, index, e),
    onMouseMove: (e: MouseEvent) => handlers.onMouseMove(undefined, index, e),
    onMouseLeave: handlers.onMouseLeave,
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
})

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
