/**
 * The claim, by whose numbers, on the newest release; expectations read from the record with the
 * tests' own CSV parser.
 */
import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { SCOPES } from '../../../src/data/schema'
import { figureRow } from '../../../src/data/select/figureRow'
import { groupTotal } from '../../../src/data/select/groupTotals'
import { claimByPublisher, claimByScope } from '../../../src/views/compare/claimCheck'
import { compareTitle, likeForLikeText } from '../../../src/views/compare/compareText'
import { bundledDatasets } from '../../helpers/bundledData'
import { isTotal, recordRows, shownName } from '../../helpers/recordRows'

const data = combineDatasets(bundledDatasets())
const claim = [...data.claims.values()][0]
if (!claim) throw new Error('the newest release has no claim')
const groups = claim.groups.map((g) => ({ name: g.name, markets: g.markets }))
const members = groups.flatMap((g) => g.markets)
const nameOf = (id: string) => data.markets.get(id)?.name ?? id
const rows = recordRows().filter((r) => !isTotal(r) && r.metric === 'operational')
const year = Number(claim.date.slice(0, 4))

describe('the landing’s claim, by publisher', () => {
  const readings = claimByPublisher(data, groups, 'operational', year)

  it('lists every named publisher with a figure for a member, and the members each lacks', () => {
    const byPublisher = new Map<string, Set<string>>()
    for (const r of rows)
      if (Number(r.year) === year && !(r.publisher ?? '').startsWith('Not named')) {
        const member = members.find((id) => nameOf(id) === shownName(r))
        if (member)
          byPublisher.set(
            r.publisher ?? '',
            (byPublisher.get(r.publisher ?? '') ?? new Set()).add(member),
          )
      }
    expect(readings.map((r) => r.by).sort()).toEqual([...byPublisher.keys()].sort())
    for (const r of readings) {
      const covered = byPublisher.get(r.by) ?? new Set()
      expect(r.lacking.map((m) => m.id).sort(), r.by).toEqual(
        members.filter((id) => !covered.has(id)).sort(),
      )
      expect(r.complete).toBe(covered.size === members.length)
    }
  })

  it('adds each publisher’s own figures: totals are sums of that publisher’s figures, lower bounds where members lack', () => {
    for (const r of readings)
      for (const total of r.totals) {
        for (const row of total.counted) {
          const own = rows.filter(
            (c) =>
              c.publisher === r.by && Number(c.year) === year && shownName(c) === row.market.name,
          )
          expect(own.map((c) => Number(c.value_mw))).toContain(row.drawn.value)
        }
        if (total.counted.length === 0) continue
        const sum = total.counted.reduce((s, c) => s + c.drawn.value, 0)
        if (total.missing.length > 0)
          expect(total.reading).toMatchObject({ kind: 'at_least', value: sum })
        else if (!total.bound.mixed)
          expect('value' in total.reading ? total.reading.value : Number.NaN).toBeCloseTo(sum, 6)
      }
  })

  it('says no publisher covers all six in 2025, and that JLL, the claim’s source, comes closest without London', () => {
    expect(readings.filter((r) => r.complete)).toEqual([])
    expect(readings[0]?.by).toBe('JLL')
    expect(readings[0]?.lacking.map((m) => m.id)).toEqual(['london'])
    const headline = groups.map((g) => groupTotal(data, g, 'operational', year, 'latest'))
    const sentence = likeForLikeText(headline, readings, members.length, year, claim)
    expect(sentence).toMatch(/^Not like for like: the headline adds 6 figures from \d publishers/)
    expect(sentence).toContain(
      `No single publisher covers all 6 markets in ${year}; the closest, JLL, the claim’s own source, covers 5 (no figure for London).`,
    )
  })

  it('reads the claim per scope too, from figures of that scope only', () => {
    for (const r of claimByScope(data, groups, 'operational', year))
      for (const total of r.totals)
        for (const row of total.counted)
          expect(
            rows.find(
              (c) =>
                Number(c.value_mw) === row.drawn.value &&
                shownName(c) === row.market.name &&
                Number(c.year) === year,
            )?.scope,
          ).toBe(r.by)
  })
})

describe('the compare title, bounded as the figures allow', () => {
  const title = (y: number) =>
    compareTitle(
      groups.map((g) => groupTotal(data, g, 'operational', y, 'latest')),
      'mw',
    )

  it('2024: over 1,000 plus about 845 is a lower bound, and two lower bounds give no ratio', () => {
    const t2024 = title(2024)
    expect(t2024).toMatch(
      /^Southeast Asia \(4\): at least [\d,]+ MW, no ratio to London \+ Frankfurt can be given/,
    )
    expect(t2024).not.toMatch(/about [\d.]+x/)
  })

  it('2021: a group with members missing is a lower bound, and says how many have a figure', () => {
    const present = members
      .slice(0, 4)
      .filter((id) => rows.some((r) => Number(r.year) === 2021 && shownName(r) === nameOf(id)))
    expect(title(2021)).toContain(`at least`)
    expect(title(2021)).toContain(`(${present.length} of 4 with a figure)`)
  })
})

describe('the scope filter', () => {
  it('keeps only one scope’s figures of a market that has two: Frankfurt 2025', () => {
    const frankfurt = rows.filter((r) => r.market === 'Frankfurt' && r.year === '2025')
    expect(new Set(frankfurt.map((r) => r.scope)).size).toBeGreaterThan(1)
    for (const scope of SCOPES) {
      const scoped = combineDatasets(data.datasets, scope)
      const expected = frankfurt.filter((r) => r.scope === scope).map((r) => Number(r.value_mw))
      expect(
        scoped
          .figures('frankfurt', 'operational', 2025)
          .map((o) => o.value)
          .sort(),
      ).toEqual(expected.sort())
      const market = scoped.markets.get('frankfurt')
      const drawn = market ? figureRow(scoped, market, 'operational', 2025, 'latest') : undefined
      if (expected.length === 0) expect(drawn).toBeUndefined()
      else expect(expected).toContain(drawn?.drawn.value)
    }
  })
})
