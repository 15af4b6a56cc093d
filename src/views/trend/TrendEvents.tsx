/**
 * The trend's events: under the year axis, a row per line with events in range, a marker at
 * each event's year (its kind's shape, in the line's colour; a national event tinted and
 * outlined). Events of one line in one year share a marker that lists them. A marker opens its
 * card on hover and on keyboard focus; a click or Enter keeps it open (its links can be
 * followed), Escape closes it. Loaded once a trend has events to show: most first views of the
 * trend are the lines alone.
 */
import type { KeyboardEvent } from 'react'
import { usePlotArea, useXAxisScale } from 'recharts'
import { EventGlyph, EventIcon, kindLabel } from '../../charts/events/EventGlyph'
import { EVENT_KINDS } from '../../data/eventKinds'
import { eventYear, groupBySpot, type ShownEvent } from '../../data/select/marketEvents'
import { t } from '../../i18n/locale'

/** A row of the lane: one line's events in the years drawn. */
export type EventRow = { id: string; name: string; colour: string; events: ShownEvent[] }

const NAME_CHARS = 10

export type OpenSpot = {
  key: string
  x: number
  y: number
  events: ShownEvent[]
  pinned: boolean
}

const short = (name: string) =>
  name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1).trimEnd()}…` : name

/** The markers, on the chart's year scale (inside its LineChart). */
export function TrendEventLane({
  rows,
  years,
  rowHeight,
  below,
  open,
  onOpen,
}: {
  rows: EventRow[]
  years: number[]
  rowHeight: number
  /** From the plot's bottom to the first row: the year axis's ticks and labels. */
  below: number
  open: OpenSpot | null
  onOpen: (spot: OpenSpot | null) => void
}) {
  const x = useXAxisScale()
  const area = usePlotArea()
  if (!x || !area) return null
  const top = area.y + area.height + below
  return (
    <g className="trend-events">
      {open ? (
        <line
          className="trend-events__guide"
          x1={open.x}
          x2={open.x}
          y1={area.y}
          y2={open.y - 8}
          stroke="var(--muted)"
          strokeDasharray="2 3"
          pointerEvents="none"
        />
      ) : null}
      {rows.map((row, i) => {
        const y = top + i * rowHeight + rowHeight / 2
        return (
          <g key={row.id} className="trend-events__row" data-market={row.id}>
            <text
              x={area.x - 8}
              y={y}
              textAnchor="end"
              dominantBaseline="central"
              fontSize={10}
              fill="var(--muted)"
            >
              {short(row.name)}
            </text>
            <line
              x1={area.x}
              x2={area.x + area.width}
              y1={y}
              y2={y}
              stroke={row.colour}
              strokeOpacity={0.35}
              strokeWidth={1}
            />
            {groupBySpot(
              row.events.filter((e) => years.includes(eventYear(e))),
              (e) => String(eventYear(e)),
            ).map(({ spot, events }) => {
              const cx = x(Number(spot))
              if (cx === undefined) return null
              const key = `${row.id}|${spot}`
              const first = events[0] as ShownEvent
              const label = t('events.marker', {
                market: row.name,
                year: spot,
                events: events.map((e) => `${kindLabel(e.kind)}: ${e.title}`).join('; '),
              })
              const show = (pinned: boolean) => onOpen({ key, x: cx, y, events, pinned })
              const onKeyDown = (event: KeyboardEvent) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  event.stopPropagation()
                  show(true)
                } else if (event.key === 'Escape') onOpen(null)
              }
              return (
                // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it takes focus and Enter as one
                <g
                  key={key}
                  className="event-marker"
                  role="button"
                  tabIndex={0}
                  aria-label={label}
                  aria-expanded={open?.key === key}
                  data-year={spot}
                  data-count={events.length}
                  data-kind={first.kind}
                  data-national={first.national ? 'true' : undefined}
                  onMouseEnter={() => {
                    if (!open?.pinned) show(false)
                  }}
                  onMouseLeave={() => {
                    if (!open?.pinned) onOpen(null)
                  }}
                  onFocus={() => show(false)}
                  onBlur={() => {
                    if (!open?.pinned) onOpen(null)
                  }}
                  onClick={() => show(true)}
                  onKeyDown={onKeyDown}
                >
                  <circle
                    className="event-marker__ring"
                    cx={cx}
                    cy={y}
                    r={9}
                    fill="transparent"
                    stroke="transparent"
                  />
                  <EventGlyph
                    kind={first.kind}
                    x={cx}
                    y={y}
                    r={6}
                    colour={row.colour}
                    national={first.national}
                  />
                  {events.length > 1 ? (
                    <text
                      className="event-marker__count"
                      x={cx + 8}
                      y={y - 5}
                      fontSize={9}
                      fontWeight={600}
                      fill="var(--text)"
                      pointerEvents="none"
                    >
                      {events.length}
                    </text>
                  ) : null}
                </g>
              )
            })}
          </g>
        )
      })}
    </g>
  )
}

/** What the markers' shapes mean: the kinds drawn, and the tint of a national event. */
export function TrendEventKey({ rows }: { rows: EventRow[] }) {
  const drawn = rows.flatMap((row) => row.events)
  const kinds = EVENT_KINDS.filter((kind) => drawn.some((e) => e.kind === kind))
  return (
    <ul className="events-key" aria-label={t('events.heading')}>
      {kinds.map((kind) => (
        <li key={kind}>
          <EventIcon kind={kind} /> {kindLabel(kind)}
        </li>
      ))}
      {drawn.some((e) => e.national) ? (
        <li>
          <EventIcon kind="policy" national /> {t('event.nationalKey')}
        </li>
      ) : null}
    </ul>
  )
}
