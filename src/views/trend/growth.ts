/**
 * Numbers derived from two figures of one line: the annual growth rate between them and the
 * index (the line's first figure = 100). Pure. A derived number keeps what its figures' bounds
 * make of it: from "over 1,000 MW" to 1,400 MW the growth is at most the rate computed, since
 * the start may have been higher.
 */
import type { Qualifier } from '../../data/schema'
import type { TrendLine, TrendPoint } from './trendSeries'

/**
 * What a ratio b / a (and so a growth rate) is, given the figures' qualifiers: exact, about,
 * an upper bound (at_most), a lower bound (at_least), or null where the bounds pull both ways
 * (both figures lower bounds: the ratio could be anything).
 */
export function ratioQualifier(
  a: Qualifier | undefined,
  b: Qualifier | undefined,
): Qualifier | undefined | null {
  // +1: the ratio is at least the one computed; -1: at most.
  const pulls = [
    a === 'at_least' ? -1 : a === 'at_most' ? 1 : 0,
    b === 'at_least' ? 1 : b === 'at_most' ? -1 : 0,
  ]
  const up = pulls.includes(1)
  const down = pulls.includes(-1)
  if (up && down) return null
  if (up) return 'at_least'
  if (down) return 'at_most'
  return a === 'about' || b === 'about' ? 'about' : undefined
}

export type Growth = {
  /** Per year, as a fraction: 0.38 is +38 % a year; null where the bounds pull both ways. */
  rate: number | null
  qualifier: Qualifier | undefined
  from: TrendPoint
  to: TrendPoint
}

/** The compound annual growth rate from one figure to a later one; undefined where it has none. */
export function annualGrowth(from: TrendPoint, to: TrendPoint): Growth | undefined {
  const years = to.year - from.year
  if (years <= 0 || from.value <= 0 || to.value < 0) return undefined
  const qualifier = ratioQualifier(from.qualifier, to.qualifier)
  if (qualifier === null) return { rate: null, qualifier: undefined, from, to }
  return { rate: (to.value / from.value) ** (1 / years) - 1, qualifier, from, to }
}

/** The growth from a line's first figure shown to its last. */
export const lineGrowth = (line: TrendLine) => {
  const [first] = line.points
  const last = line.points.at(-1)
  return first && last && first !== last ? annualGrowth(first, last) : undefined
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
        const qualifier = ratioQualifier(first.qualifier, p.qualifier)
        return qualifier === null ? [] : [{ ...p, value: (p.value / first.value) * 100, qualifier }]
      }),
    }
  })
}
