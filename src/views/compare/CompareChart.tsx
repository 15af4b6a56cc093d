/** Groups side by side, each bar stacked by its counted members, with the claim as a dashed line. */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react'
import {
  BarChart,
  DefaultZIndexes,
  usePlotArea,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts'
import { niceTicks } from '../../charts/axis'
import { BarRect } from '../../charts/BarRect'
import { FigureHoverFrame, useChartHover } from '../../charts/ChartHover'
import { formatFigure, formatNumber, toDisplay, unitLabel } from '../../charts/format'
import { PlainTick } from '../../charts/PlainTick'
import { marketColour, textOn } from '../../charts/palette'
import { ValueGrid } from '../../charts/ValueGrid'
import type { Claim } from '../../data/schema'
import type { GroupTotal } from '../../data/select/groupTotals'
import { t } from '../../i18n/locale'
import { useStages } from '../../lib/Later'
import type { DisplayUnit } from '../../view/viewState'
import { formatTotal } from './compareText'

const CHART_HEIGHT = 420

type Row = { name: string; total: string } & Record<string, number | string>

/** A member's segment in a group's stack: what the hover card and the arrow keys move over. */
type Segment = { group: string; market: string }

export function CompareChart({
  totals,
  claim,
  unit,
  hidden,
  top = 0,
}: {
  totals: GroupTotal[]
  claim: Claim | undefined
  unit: DisplayUnit
  hidden: ReadonlySet<string>
  /** MW the axis reaches at least: the largest total of any year, so a stack that grows, grows. */
  top?: number
}) {
  const axisTop = toDisplay(top, 'MW', unit)
  const claimTop = claim ? toDisplay(claim.value, 'MW', unit) : 0
  const members = useMemo(() => memberOrder(totals), [totals])
  const highest = Math.max(axisTop, claimTop, ...totals.map((g) => toDisplay(g.total, 'MW', unit)))
  const ticks = useMemo(() => niceTicks(highest), [highest])
  const data = useMemo<Row[]>(
    () =>
      totals.map((g) => {
        const row: Row = {
          name: g.group.name,
          total: g.counted.length > 0 ? formatTotal(g, unit) : t('compare.noFigureShort'),
        }
        for (const r of g.counted)
          if (!hidden.has(r.market.id)) row[r.market.id] = toDisplay(r.drawn.value, 'MW', unit)
        return row
      }),
    [totals, unit, hidden],
  )
  const figureOf = (group: string, market: string) =>
    totals.find((g) => g.group.name === group)?.counted.find((r) => r.market.id === market)
  // Group by group, each stack from the bottom up: the order the arrow keys take.
  const segments = useMemo<Segment[]>(
    () =>
      data.flatMap((row) =>
        members
          .filter((m) => row[m.id] !== undefined)
          .map((m) => ({ group: row.name, market: m.id })),
      ),
    [data, members],
  )
  const { hovered, frameProps, barProps } = useChartHover(
    segments.length,
    () => undefined,
    (frame, index) => {
      const s = segments[index]
      return s
        ? (frame.querySelector(
            `[data-group="${CSS.escape(s.group)}"][data-market="${CSS.escape(s.market)}"]`,
          ) ?? undefined)
        : undefined
    },
  )
  const hoveredSegment = hovered ? segments[hovered.index] : undefined
  const hoveredRow = hoveredSegment && figureOf(hoveredSegment.group, hoveredSegment.market)
  // Recharts is given the groups' names and totals, not the members' values: its store holds the
  // axes, and our own layer draws the stacks (a <Bar> per member cost the landing's first render
  // a cascade of store updates, 480 ms on a phone's CPU).
  // (Each with its stack's height, which the value axis reads: an axis no series names draws no ticks.)
  const axisData = useMemo(
    () =>
      data.map((row) => ({
        name: row.name,
        total: row.total,
        height: members.reduce((sum, m) => sum + (Number(row[m.id]) || 0), 0),
      })),
    [data, members],
  )
  // The chart's surface, its value axis, its group axis and its stacks, each a task after the one
  // before (see useStages): 420 ms as one task on a phone's CPU.
  const stage = useStages(4)
  const chart = useMemo(
    () => (
      <BarChart
        data={axisData}
        responsive
        style={{ width: '100%', height: CHART_HEIGHT }}
        margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
      >
        {stage >= 2 ? <ValueGrid axis="y" /> : null}
        {stage >= 3 ? (
          <XAxis
            dataKey="name"
            interval={0}
            height={58}
            stroke="var(--axis)"
            tick={(props: TickProps) => (
              <GroupTick
                {...props}
                band={Number(props.width ?? 0) / Math.max(1, axisData.length)}
                totalOf={(name) => axisData.find((d) => d.name === name)?.total}
              />
            )}
          />
        ) : null}
        {stage >= 2 ? (
          <YAxis
            dataKey="height"
            domain={[0, ticks.at(-1) ?? 0]}
            ticks={ticks}
            // Every round step shown, none measured in the page (see valueAxis and PlainTick).
            interval={0}
            tickFormatter={formatNumber}
            stroke="var(--axis)"
            tick={PlainTick}
            width={64}
            label={{
              value: unitLabel('MW', unit),
              angle: -90,
              position: 'insideLeft',
              fill: 'var(--muted)',
              fontSize: 12,
            }}
          />
        ) : null}
        {stage >= 4 ? <GroupStacks data={data} members={members} handlers={barProps} /> : null}
        {stage >= 4 && claim ? (
          <ClaimLine
            value={claimTop}
            text={t('compare.legend.claim', { figure: formatFigure(claim, unit) })}
            stacks={data.map((d) => d.total).join('|') + [...hidden].join(',')}
          />
        ) : null}
      </BarChart>
    ),
    [axisData, data, members, barProps, claim, claimTop, unit, hidden, ticks, stage],
  )
  return (
    <FigureHoverFrame
      name="compare-chart"
      label={t('compare.chartAria')}
      frameProps={frameProps}
      hovered={hovered}
      row={hoveredRow}
      unit={unit}
    >
      {stage === 0 ? <div style={{ height: CHART_HEIGHT }} /> : chart}
    </FigureHoverFrame>
  )
}

type BarHandlers = ReturnType<typeof useChartHover>['barProps']

/** Space on each side of a stack in its group's column, as a share of the column. */
const STACK_GAP = 0.28

/**
 * The stacks, drawn in the plot area on the value scale, one per group's column (as the
 * category axis lays the names out), each member's segment on the one below it, group by group
 * and bottom up: the order the arrow keys take. The members' names go on a layer of their own
 * above the claim's line.
 */
function GroupStacks({
  data,
  members,
  handlers,
}: {
  data: Row[]
  members: StackMember[]
  handlers: BarHandlers
}) {
  const scale = useYAxisScale()
  const area = usePlotArea()
  if (!scale || !area || data.length === 0) return null
  const band = area.width / data.length
  const width = Math.max(1, Math.floor(band * (1 - 2 * STACK_GAP)))
  const placed: SegmentPlace[] = []
  data.forEach((row, column) => {
    let base = 0
    for (const member of members) {
      const value = row[member.id]
      if (typeof value !== 'number') continue
      const bottom = scale(base) ?? area.y + area.height
      const top = scale(base + value) ?? bottom
      base += value
      placed.push({
        group: row.name,
        member,
        index: placed.length,
        x: area.x + column * band + (band - width) / 2,
        y: top,
        width,
        height: Math.max(0, bottom - top),
      })
    }
  })
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.bar}>
        <g className="recharts-bar-rectangles">
          {placed.map((p) => (
            <StackSegment key={`${p.group}\u0000${p.member.id}`} place={p} handlers={handlers} />
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        <g className="recharts-label-list">
          {placed.map((p) => (
            <SegmentLabel key={`${p.group}\u0000${p.member.id}`} place={p} />
          ))}
        </g>
      </ZIndexLayer>
    </>
  )
}

type SegmentPlace = {
  group: string
  member: StackMember
  /** Its place in the arrow keys' order. */
  index: number
  x: number
  y: number
  width: number
  height: number
}

/** One member's segment of a group's stack: keyed by group and market, so a change moves it. */
const StackSegment = memo(function StackSegment({
  place: p,
  handlers,
}: {
  place: SegmentPlace
  handlers: BarHandlers
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the chart's frame takes the keyboard (the arrow keys walk the segments); a segment answers the mouse
    <g
      className="recharts-bar-rectangle"
      onMouseEnter={(e) => handlers.onMouseEnter(undefined, p.index, e)}
      onMouseMove={(e) => handlers.onMouseMove(undefined, p.index, e)}
      onMouseLeave={handlers.onMouseLeave}
    >
      <BarRect
        x={p.x}
        y={p.y}
        width={p.width}
        height={p.height}
        fill={p.member.colour}
        stroke="var(--bg)"
        strokeWidth={1}
        data-group={p.group}
        data-market={p.member.id}
      />
    </g>
  )
})

/** Members in the order they first appear, each with one colour across groups. */
export type StackMember = { id: string; name: string; colour: string }

/** The markets the stacks hold, in the order first met, each in its own colour. */
export function memberOrder(totals: GroupTotal[]): StackMember[] {
  const seen = new Map<string, StackMember>()
  for (const g of totals)
    for (const { market } of g.counted)
      if (!seen.has(market.id))
        seen.set(market.id, { id: market.id, name: market.name, colour: marketColour(market) })
  return [...seen.values()]
}

type TickProps = {
  x?: number | string
  y?: number | string
  width?: number | string
  payload?: { value: string }
}

// Average advance of a bold 13 px Inter letter: enough to keep two groups' names apart.
const NAME_CHAR_WIDTH = 7.6

/** Words on lines of at most `chars` letters (a longer word keeps its own line). */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= chars)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/** The group's name, on two lines where its column is narrow, and under it what its members add up to. */
function GroupTick(
  props: TickProps & { band: number; totalOf: (name: string) => string | undefined },
) {
  const name = props.payload?.value ?? ''
  const y = Number(props.y ?? 0)
  const fits = name.length * NAME_CHAR_WIDTH <= props.band * 0.92
  const lines = fits ? [name] : wrapWords(name, Math.floor((props.band * 0.92) / NAME_CHAR_WIDTH))
  return (
    <g className="group-tick">
      <text
        x={props.x}
        y={y + 16}
        textAnchor="middle"
        fill="var(--text)"
        fontSize={13}
        fontWeight={600}
      >
        {lines.map((line, i) => (
          <tspan key={line} x={props.x} dy={i === 0 ? 0 : 15}>
            {line}
          </tspan>
        ))}
      </text>
      <text
        x={props.x}
        y={y + 34 + (lines.length - 1) * 15}
        textAnchor="middle"
        fill="var(--muted)"
        fontSize={12}
      >
        {props.totalOf(name)}
      </text>
    </g>
  )
}

/**
 * The claim's value above its line at the right, on a halo of the background: it stays legible
 * where the line crosses a bar.
 */
/*
 * The claim's line is drawn here from the chart's own scale: Recharts' ReferenceLine would bring
 * its chunk into the landing for one line.
 */

/** The claim: a dashed line across the chart at its value, named at its right end. */
function ClaimLine({ value, text, stacks }: { value: number; text: string; stacks: string }) {
  const y = useYAxisScale()?.(value)
  const area = usePlotArea()
  if (y === undefined || !area) return null
  // Over the bars, under their labels (where Recharts draws a reference line).
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="claim-line">
        <line
          x1={area.x}
          x2={area.x + area.width}
          y1={y}
          y2={y}
          stroke="var(--text)"
          strokeDasharray="6 4"
          strokeWidth={2}
        />
        <ClaimLabel area={area} lineY={y} text={text} stacks={stacks} />
      </g>
    </ZIndexLayer>
  )
}

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * The claim's label, where it collides with nothing: along its line (above it, then below it),
 * ending at the plot's right edge or just left of a bar; where no such place is free (a narrow
 * phone, a long Portuguese label), above the plot with a leader down to the line. Placed after
 * the bars are drawn, from their boxes, so the exports (copies of the drawing) carry the place.
 */
function ClaimLabel({
  area,
  lineY,
  text,
  stacks,
}: {
  area: { x: number; y: number; width: number }
  lineY: number
  text: string
  /** Changes whenever the stacks do: the place is found again. */
  stacks: string
}) {
  const ref = useRef<SVGTextElement>(null)
  const right = area.x + area.width
  const [place, setPlace] = useState<{ x: number; y: number; leader: boolean }>({
    x: right,
    y: lineY - 7,
    leader: false,
  })
  // biome-ignore lint/correctness/useExhaustiveDependencies: stacks stands for the bars' boxes
  useLayoutEffect(() => {
    const label = ref.current
    const svg = label?.ownerSVGElement
    // Without a layout (jsdom) the label keeps its place at the line's end.
    if (!label || !svg || typeof label.getBBox !== 'function') return
    const { width, height } = label.getBBox()
    const taken: Box[] = [
      ...svg.querySelectorAll<SVGGraphicsElement>(
        'path.recharts-rectangle[data-group], .recharts-label-list text',
      ),
    ].map((el) => el.getBBox())
    // The label's box when its text ends at x with its baseline at y.
    const boxAt = (x: number, y: number): Box => ({
      x: x - width - 3,
      y: y - height * 0.8 - 2,
      width: width + 6,
      height: height + 4,
    })
    const ends = [right, ...taken.map((b) => b.x - 4)].sort((a, b) => b - a)
    for (const y of [lineY - 7, lineY + height + 2])
      for (const x of ends) {
        const box = boxAt(x, y)
        if (box.x >= area.x && x <= right && !taken.some((b) => overlaps(b, box))) {
          setPlace({ x, y, leader: false })
          return
        }
      }
    setPlace({ x: right, y: area.y - 6, leader: true })
  }, [text, lineY, area.x, area.y, area.width, stacks])
  return (
    <>
      {place.leader ? (
        <line
          className="claim-leader"
          x1={right - 2}
          x2={right - 2}
          y1={area.y - 4}
          y2={lineY}
          stroke="var(--text)"
          strokeWidth={1}
        />
      ) : null}
      <text
        ref={ref}
        className="claim-label"
        x={place.x}
        y={place.y}
        textAnchor="end"
        fill="var(--text)"
        stroke="var(--bg)"
        strokeWidth={4}
        strokeLinejoin="round"
        paintOrder="stroke"
        fontSize={13}
        fontWeight={600}
      >
        {text}
      </text>
    </>
  )
}

/** The member's name inside its segment, where the segment is tall and wide enough to hold it. */
function SegmentLabel({ place: p }: { place: SegmentPlace }) {
  // A name wider than its segment is left to the legend and the hover card.
  const fits = p.member.name.length * 7 <= p.width - 6
  if (p.height < 18 || !fits) return null
  return (
    <text
      x={p.x + p.width / 2}
      y={p.y + p.height / 2}
      textAnchor="middle"
      dominantBaseline="central"
      fill={textOn(p.member.colour)}
      fontSize={12}
      fontWeight={600}
      pointerEvents="none"
    >
      {p.member.name}
    </text>
  )
}
