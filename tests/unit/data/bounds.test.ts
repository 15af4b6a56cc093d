/**
 * The rules for sums and ratios of bounded figures, checked against interval arithmetic: for
 * random figures, qualifiers and missing members, and for any true values those figures allow,
 * the true sum (or ratio) lies inside what the reading promises.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type BoundReading,
  divideBounds,
  figureBound,
  readingInterval,
  readRatio,
  readSum,
  roundReading,
  sumBounds,
  UNKNOWN_TERM,
} from '../../../src/data/bounds'
import type { Qualifier } from '../../../src/data/schema'

type Term = { value: number; qualifier: Qualifier | undefined }

const term: fc.Arbitrary<Term> = fc.record({
  value: fc.integer({ min: 1, max: 50_000 }).map((n) => n / 10),
  qualifier: fc.constantFrom(undefined, 'about', 'at_least', 'at_most'),
})
/** A group: its figures, and whether a member has none. */
const group = fc.record({
  terms: fc.array(term, { minLength: 1, maxLength: 6 }),
  incomplete: fc.boolean(),
})
type Group = { terms: Term[]; incomplete: boolean }

/** One true value the figure allows ("about" read as its value: an estimate, not a bound). */
const truth = (t: Term, u: number) =>
  t.qualifier === 'at_least'
    ? t.value + u * 10_000
    : t.qualifier === 'at_most'
      ? t.value * u
      : t.value
const bound = (g: Group) =>
  sumBounds([
    ...g.terms.map((t) => figureBound(t.value, t.qualifier)),
    ...(g.incomplete ? [UNKNOWN_TERM] : []),
  ])
const trueSum = (g: Group, us: number[], missing: number) =>
  g.terms.reduce((s, t, i) => s + truth(t, us[i] ?? 0.5), 0) + (g.incomplete ? missing : 0)
const within = (x: number, r: BoundReading) => {
  const [lo, hi] = readingInterval(r)
  return x >= lo - 1e-6 && x <= hi + 1e-6
}
const unit = fc.double({ min: 0, max: 1, noNaN: true })
const units = fc.array(unit, { minLength: 6, maxLength: 6 })

describe('sums of figures', () => {
  it('hold every true sum the figures allow', () => {
    fc.assert(
      fc.property(group, units, unit, (g, us, m) => {
        expect(within(trueSum(g, us, m * 10_000), readSum(bound(g)))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('say "at least" for a lower-bound term or a missing member, "at most" the other way, a range where both mix', () => {
    fc.assert(
      fc.property(group, (g) => {
        const r = readSum(bound(g))
        const lower = g.incomplete || g.terms.some((t) => t.qualifier === 'at_least')
        const upper = g.terms.some((t) => t.qualifier === 'at_most')
        const about = g.terms.some((t) => t.qualifier === 'about')
        const sum = g.terms.reduce((s, t) => s + t.value, 0)
        if (!lower && !upper)
          expect(r).toEqual({ kind: 'exact', value: expect.closeTo(sum, 6), about })
        if (lower && !upper)
          expect(r).toEqual({
            kind: 'at_least',
            value: expect.closeTo(sum, 6),
            about,
            mixed: false,
          })
        if (upper && !lower)
          expect(r).toEqual({ kind: 'at_most', value: expect.closeTo(sum, 6), about })
        if (upper && lower) {
          // Not one number: the range from the terms that are not upper bounds, open above.
          const floor = g.terms.reduce((s, t) => s + (t.qualifier === 'at_most' ? 0 : t.value), 0)
          expect(r).toEqual({
            kind: 'at_least',
            value: expect.closeTo(floor, 6),
            about,
            mixed: true,
          })
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('are never "about" where a term is a bound: over 1,000 + about 845 is at least about 1,845', () => {
    const r = readSum(sumBounds([figureBound(1000, 'at_least'), figureBound(845, 'about')]))
    expect(r).toEqual({ kind: 'at_least', value: 1845, about: true, mixed: false })
  })
})

describe('ratios of totals', () => {
  it('hold every true ratio the totals allow', () => {
    fc.assert(
      fc.property(group, group, units, units, unit, unit, (a, b, ua, ub, ma, mb) => {
        const tb = trueSum(b, ub, mb * 10_000)
        fc.pre(tb > 0)
        const r = divideBounds(bound(a), bound(b))
        if (r === undefined) return
        expect(within(trueSum(a, ua, ma * 10_000) / tb, readRatio(r))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('are a lower bound from a lower bound over an upper bound, and nothing from two lower bounds', () => {
    const over = sumBounds([figureBound(1000, 'at_least')])
    const under = sumBounds([figureBound(500, 'at_most')])
    const exact = sumBounds([figureBound(400)])
    expect(readRatio(divideBounds(over, under) as never)).toMatchObject({
      kind: 'at_least',
      value: 2,
    })
    expect(readRatio(divideBounds(over, exact) as never)).toMatchObject({
      kind: 'at_least',
      value: 2.5,
    })
    expect(readRatio(divideBounds(exact, over) as never)).toMatchObject({
      kind: 'at_most',
      value: 0.4,
    })
    expect(readRatio(divideBounds(over, over) as never)).toEqual({ kind: 'none' })
  })

  it('are rounded outwards: a lower bound of 0.798 is never "at least 0.8"', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const r = divideBounds(bound(a), bound(b))
        if (r === undefined) return
        const exact = readRatio(r)
        const shown = roundReading(exact, 0.01)
        if (exact.kind === 'at_least' && shown.kind === 'at_least')
          expect(shown.value).toBeLessThanOrEqual(exact.value + 1e-9)
        if (exact.kind === 'at_most' && shown.kind === 'at_most')
          expect(shown.value).toBeGreaterThanOrEqual(exact.value - 1e-9)
        if (exact.kind === 'range' && shown.kind === 'range') {
          expect(shown.low).toBeLessThanOrEqual(exact.low + 1e-9)
          expect(shown.high).toBeGreaterThanOrEqual(exact.high - 1e-9)
        }
      }),
      { numRuns: 2000 },
    )
    expect(
      roundReading({ kind: 'at_least', value: 0.798, about: false, mixed: false }, 0.01),
    ).toMatchObject({ value: 0.79 })
  })
})
