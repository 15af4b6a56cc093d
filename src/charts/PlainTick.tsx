/**
 * An axis's tick label as one plain text, where Recharts' own (its <Text>, given the axis's
 * width) measured each label's words in the page to wrap them: a layout each, inside the commit
 * of every chart's first draw. Numbers and years never wrap. Drawn as <Text> draws a one-line
 * label (its class, its `orientation`, the same baseline shift), so tests, exports and styles
 * find it alike.
 */
import type { ReactNode } from 'react'

type Anchor = 'start' | 'middle' | 'end'

/** The shift <Text> gives one line for each vertical anchor (capHeight 0.71em). */
const BASELINE: Record<Anchor, string> = { start: '0.71em', middle: '0.355em', end: '0em' }

export type PlainTickProps = {
  x?: number | string
  y?: number | string
  className?: string
  orientation?: string
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  verticalAnchor?: Anchor
  index?: number
  payload?: { value?: unknown }
  tickFormatter?: (value: never, index: number) => ReactNode
}

export function PlainTick({
  x,
  y,
  className,
  orientation,
  textAnchor,
  verticalAnchor,
  index = 0,
  payload,
  tickFormatter,
}: PlainTickProps) {
  const value = payload?.value
  const label = tickFormatter ? tickFormatter(value as never, index) : String(value ?? '')
  return (
    <text
      x={x}
      y={y}
      className={className}
      orientation={orientation}
      textAnchor={textAnchor}
      stroke="none"
      fill="var(--muted)"
      fontSize={12}
    >
      <tspan x={x} dy={BASELINE[verticalAnchor ?? 'end']}>
        {label}
      </tspan>
    </text>
  )
}
