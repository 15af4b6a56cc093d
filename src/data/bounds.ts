/**
 * Arithmetic on figures that are bounds or estimates: one set of rules for every number the app
 * makes from figures (a group's sum, a ratio between groups, a growth rate, an index), so a sum
 * with an "over 1,000" term is "at least", never "about", wherever it is shown. Pure.
 *
 * A figure is an interval: "1,002" is [1002, 1002]; "over 1,000" [1000, ∞); "up to 40" [0, 40];
 * "about 845" is 845 marked as an estimate. Arithmetic is interval arithmetic; how a result is
 * said follows from its interval (see readSum and readRatio).
 */
import type { Qualifier } from './schema'

export type Bounded = {
  /** The lowest and highest values the figures allow; `high` may be Infinity. */
  low: number
  high: number
  /** An estimate ("about") went into it: its ends are estimates too. */
  about: boolean
  /** Terms bounded from below and from above both went into it: no one number can be given. */
  mixed: boolean
}

/** A missing member of a group: it can only add to the total. */
export const UNKNOWN_TERM: Bounded = { low: 0, high: Infinity, about: false, mixed: false }

export function figureBound(value: number, qualifier?: Qualifier): Bounded {
  const about = qualifier === 'about'
  if (qualifier === 'at_least') return { low: value, high: Infinity, about, mixed: false }
  if (qualifier === 'at_most') return { low: 0, high: value, about, mixed: false }
  return { low: value, high: value, about, mixed: false }
}

// Figures carry at most four decimals; sums are cleaned of binary noise (0.1 + 0.2).
const clean = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : x)

const pullsUp = (b: Bounded) => b.high === Infinity
const pullsDown = (b: Bounded) => b.high !== Infinity && b.low < b.high

export function sumBounds(terms: Bounded[]): Bounded {
  return {
    low: clean(terms.reduce((s, b) => s + b.low, 0)),
    high: clean(terms.reduce((s, b) => s + b.high, 0)),
    about: terms.some((b) => b.about),
    mixed: terms.some((b) => b.mixed) || (terms.some(pullsUp) && terms.some(pullsDown)),
  }
}

/** a / b. Undefined where b allows nothing but zero. */
export function divideBounds(a: Bounded, b: Bounded): Bounded | undefined {
  if (b.high <= 0) return undefined
  const low = b.high === Infinity ? 0 : a.low / b.high
  const high = a.high === Infinity || b.low <= 0 ? Infinity : a.high / b.low
  return { low, high, about: a.about || b.about, mixed: false }
}

/** How a number made from figures is said. */
export type BoundReading =
  | { kind: 'exact'; value: number; about: boolean }
  | { kind: 'at_least'; value: number; about: boolean; mixed: boolean }
  | { kind: 'at_most'; value: number; about: boolean }
  | { kind: 'range'; low: number; high: number; about: boolean }
  /** Nothing can be said: the bounds allow any value (two lower bounds divided). */
  | { kind: 'none' }

/**
 * A sum: exact (or "about") when every term is; "at least" when a term is a lower bound or a
 * member is missing and none is an upper bound; "at most" the other way; where both kinds mix,
 * the range it lies in: from the terms that are not upper bounds, with no upper end.
 */
export function readSum(b: Bounded): BoundReading {
  if (b.low === b.high) return { kind: 'exact', value: b.low, about: b.about }
  if (b.high === Infinity) return { kind: 'at_least', value: b.low, about: b.about, mixed: b.mixed }
  return { kind: 'at_most', value: b.high, about: b.about }
}

/**
 * A ratio, a growth rate, an index: bounded only where the bounds pull the same way (a lower
 * bound over an upper bound is at least); a finite interval is given as a range; none where
 * it is open at both ends (a lower bound over a lower bound).
 */
export function readRatio(b: Bounded): BoundReading {
  if (b.low === b.high) return { kind: 'exact', value: b.low, about: b.about }
  if (b.high === Infinity)
    return b.low > 0
      ? { kind: 'at_least', value: b.low, about: b.about, mixed: false }
      : { kind: 'none' }
  if (b.low <= 0) return { kind: 'at_most', value: b.high, about: b.about }
  return { kind: 'range', low: b.low, high: b.high, about: b.about }
}

/** The interval a reading promises: what the property tests hold against interval arithmetic. */
export function readingInterval(r: BoundReading): [number, number] {
  switch (r.kind) {
    case 'exact':
      return [r.value, r.value]
    case 'at_least':
      return [r.value, Infinity]
    case 'at_most':
      return [Number.NEGATIVE_INFINITY, r.value]
    case 'range':
      return [r.low, r.high]
    case 'none':
      return [Number.NEGATIVE_INFINITY, Infinity]
  }
}

/**
 * A reading rounded for display at `step` (0.01 for ratios): a lower bound rounds down, an upper
 * bound up, so rounding never turns 0.798 into "at least 0.8"; an exact value rounds to nearest.
 */
export function roundReading(r: BoundReading, step: number): BoundReading {
  const down = (x: number) => Math.floor(x / step + 1e-9) * step
  const up = (x: number) => Math.ceil(x / step - 1e-9) * step
  const near = (x: number) => Math.round(x / step) * step
  const fix = (x: number) => Number(x.toFixed(10))
  switch (r.kind) {
    case 'exact':
      return { ...r, value: fix(near(r.value)) }
    case 'at_least':
      return { ...r, value: fix(down(r.value)) }
    case 'at_most':
      return { ...r, value: fix(up(r.value)) }
    case 'range':
      return { ...r, low: fix(down(r.low)), high: fix(up(r.high)) }
    case 'none':
      return r
  }
}

/** The qualifier a reading carries where a single figure's place takes it (a trend point). */
export function readingQualifier(r: BoundReading): Qualifier | undefined {
  if (r.kind === 'at_least' || r.kind === 'at_most') return r.kind
  return r.kind === 'exact' && r.about ? 'about' : undefined
}
