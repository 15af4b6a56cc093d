/**
 * Numbers derived from two figures of one line: the annual growth rate between them and the
 * index (the line's first figure = 100). Pure. A derived number keeps what its figures' bounds
 * make of it: from "over 1,000 MW" to 1,400 MW the growth is at most the rate computed, since
 * the start may have been higher.
 */
import {
  type BoundReading,
  divideBounds,
  figureBound,
  readingQualifier,
  readRatio,
} from '../../data/bounds'
import type { Qualifier } from '../../data/schema'
import type { TrendLine, TrendPoint } from './trendSeries'

/**
 * b / a between two figures, as their bounds allow (the bounds module's rules): exact, about,
 * at least, at most, or none where they pull both ways (two lower bounds).
 */
export function figureRatio(
  a: Pick<TrendPoint, 'value' | 'qualifier'>,
  b: Pick<TrendPoint, 'value' | 'qualifier'>,
): BoundReading | undefined {
  const r = divideBounds(figureBound(b.value, b.qualifier), figureBound(a.value, a.qualifier))
  return r ? readRatio(r) : undefined
}

const readingValue = (r: BoundReading) =>
  r.kind === 'exact' || r.kind === 'at_least' || r.kind === 'at_most' ? r.value : null

export type Growth = {
  /** Per year, as a fraction: 0.38 is +38 % a year; null where none can be given. */
  rate: number | null
  qualifier: Qualifier | undefined
  /** Why there is no rate: the bounds pull both ways, or the line changes publisher or scope. */
  none?: 'bounds' | 'break'
  from: TrendPoint
  to: TrendPoint
}

/**
 * The compound annual growth rate from one figure to a later one; undefined where it has none.
 * Never across a break: figures of two publishers or scopes measure different things.
 */
export function annualGrowth(
  from: TrendPoint,
  to: TrendPoint,
  line?: TrendLine,
): Growth | undefined {
  const years = to.year - from.year
  if (years <= 0 || from.value <= 0 || to.value < 0) return undefined
  if (line && breakBetween(line, from, to))
    return { rate: null, qualifier: undefined, none: 'break', from, to }
  const reading = figureRatio(from, to)
  const ratio = reading ? readingValue(reading) : null
  if (!reading || ratio === null)
    return { rate: null, qualifier: undefined, none: 'bounds', from, to }
  return { rate: ratio ** (1 / years) - 1, qualifier: readingQualifier(reading), from, to }
}

/** Whether the line changes publisher or scope between two of its points. */
export function breakBetween(line: TrendLine, from: TrendPoint, to: TrendPoint): boolean {
  const start = line.points.indexOf(from)
  const end = line.points.indexOf(to)
  return line.points.slice(start + 1, end + 1).some((p) => p.breakBefore)
}

/** The growth from a line's first figure shown to its last. */
export const lineGrowth = (line: TrendLine) => {
  const [first] = line.points
  const last = line.points.at(-1)
  return first && last && first !== last ? annualGrowth(first, last, line) : undefined
}

/**
 * Each line as change since its first figure shown: 100 there, value / first × 100 after. A
 * point whose bounds pull both ways against the first is left out (a gap), not guessed.
 */
export function indexLines(lines: TrendLine[]): TrendLine[] {
  return lines.map((line) => {
    const [first] = line.points
    if (!first || first.value <= 0) return { ...line, points: [] }
    return {
      ...line,
      points: line.points.flatMap((p) => {
        if (p === first) return [{ ...p, value: 100, qualifier: undefined }]
        // Past a change of publisher or scope the index would compare two sources: left out.
        if (breakBetween(line, first, p)) return []
        const reading = figureRatio(first, p)
        const ratio = reading ? readingValue(reading) : null
        return reading && ratio !== null
          ? [{ ...p, value: ratio * 100, qualifier: readingQualifier(reading) }]
          : []
      }),
    }
  })
}
