/**
 * An event's mark and its kind's word: one shape per kind (never colour alone), the same on the
 * chart, in its key and in the lists. A national event (its country's, shown on a city) is drawn
 * tinted and outlined, as the ranking draws a country's total.
 */
import type { EventKind } from '../../data/eventKinds'
import { t } from '../../i18n/locale'

export const kindLabel = (kind: EventKind) => t(`event.kind.${kind}`)

const octagon = (r: number) => {
  const a = r * 0.414
  return `M${-a},${-r}H${a}L${r},${-a}V${a}L${a},${r}H${-a}L${-r},${a}V${-a}Z`
}

/** Each kind's outline around (0, 0), `r` its half-size. */
const SHAPES: Record<EventKind, (r: number) => string> = {
  // A no-entry sign: an octagon with a bar cut out of it (drawn even-odd).
  moratorium: (r) => `${octagon(r)}M${-r * 0.6},${-r * 0.2}H${r * 0.6}V${r * 0.2}H${-r * 0.6}Z`,
  // A plus: the way open again.
  moratorium_lifted: (r) => {
    const w = r * 0.38
    return `M${-w},${-r}H${w}V${-w}H${r}V${w}H${w}V${r}H${-w}V${w}H${-r}V${-w}H${-w}Z`
  },
  // A bolt: the grid.
  // Drawn larger than its box: a bolt is mostly empty space.
  grid_limit: (r) => {
    const b = r * 1.35
    return `M${b * 0.4},${-b}L${-b * 0.75},${b * 0.2}H${b * 0.05}L${-b * 0.4},${b}L${b * 0.75},${-b * 0.2}H${-b * 0.05}Z`
  },
  // A diamond.
  policy: (r) => `M0,${-r}L${r},0L0,${r}L${-r},0Z`,
  // A star.
  incentive: (r) => {
    const points: string[] = []
    for (let i = 0; i < 10; i++) {
      const radius = i % 2 === 0 ? r * 1.2 : r * 0.5
      const angle = (Math.PI / 5) * i - Math.PI / 2
      points.push(
        `${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`,
      )
    }
    return `M${points.join('L')}Z`
  },
  // A square: a price.
  power_price: (r) => `M${-r * 0.85},${-r * 0.85}H${r * 0.85}V${r * 0.85}H${-r * 0.85}Z`,
}

export function eventShape(kind: EventKind, r: number): string {
  return SHAPES[kind](r)
}

export function EventGlyph({
  kind,
  x = 0,
  y = 0,
  r = 6,
  colour = 'var(--text)',
  national = false,
}: {
  kind: EventKind
  x?: number
  y?: number
  r?: number
  colour?: string
  national?: boolean
}) {
  return (
    <path
      className="event-glyph"
      data-kind={kind}
      transform={`translate(${x},${y})`}
      d={eventShape(kind, r)}
      fillRule="evenodd"
      fill={colour}
      fillOpacity={national ? 0.3 : 1}
      stroke={national ? colour : 'var(--bg)'}
      strokeWidth={national ? 1.5 : 1}
    />
  )
}

/** A glyph alone, for the lists and the key (HTML around it). */
export function EventIcon({ kind, national }: { kind: EventKind; national?: boolean }) {
  return (
    <svg className="event-icon" width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
      <EventGlyph kind={kind} r={6} national={national ?? false} />
    </svg>
  )
}
