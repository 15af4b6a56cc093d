import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { marketsInView } from '../../../src/data/select/marketsInView'
import { annualGrowth, type Growth, indexLines } from '../../../src/views/trend/growth'
import {
  longestSeries,
  type TrendLine,
  type TrendPoint,
  trendSeries,
  yearRange,
} from '../../../src/views/trend/trendSeries'
import { formatRate, growthText, trendText } from '../../../src/views/trend/trendText'
import { bundledDatasets, FROZEN_RELEASE } from '../../helpers/bundledData'
import { recordRows } from '../../helpers/recordRows'

const data = combineDatasets(bundledDatasets(FROZEN_RELEASE))
const markets = (...ids: string[]) => marketsInView(data, ids)

describe('trendSeries', () => {
  it('has a point only in years with a figure: missing years are gaps, not zeros', () => {
    const { lines } = trendSeries(
      data,
      markets('paris'),
      [],
      'operational',
      [2022, 2023, 2024, 2025, 2026],
      'latest',
    )
    // Record: Paris H1/Q2 2023, Q3 2025, Jan 2026; nothing in 2022 or 2024.
    expect(lines[0]?.points.map((p) => [p.year, p.value])).toEqual([
      [2023, 455],
      [2025, 611.2],
      [2026, 523],
    ])
  })

  it('draws a group only in years where every member has a figure', () => {
    const group = { name: 'LDN+FRA', markets: ['london', 'frankfurt'] }
    const { lines } = trendSeries(
      data,
      [],
      [group],
      'operational',
      yearRange(data, 'operational', 2022, 2025),
      'max',
    )
    // 2022: no London figure; 2025: no Frankfurt figure.
    expect(lines[0]?.points.map((p) => p.year)).toEqual([2023, 2024])
    expect(lines[0]?.points[0]?.value).toBe(996 + 656)
  })

  it('opens on the longest series when no market is chosen, and lists markets without any figure', () => {
    const ids = longestSeries(data, 'operational').map((m) => m.id)
    expect(ids).toHaveLength(8)
    expect(ids).toContain('singapore')
    const { empty } = trendSeries(
      data,
      markets('jakarta'),
      [],
      'operational',
      [2024, 2025],
      'latest',
    )
    expect(empty.map((m) => m.id)).toEqual(['jakarta'])
  })
})

describe('growth and index, from the record’s figures', () => {
  const newest = combineDatasets(bundledDatasets())
  const rows = recordRows()
  /** A figure as a trend point: its value from the CSV, its bound as the dataset read it. */
  const point = (market: string, period: string, publisher: string): TrendPoint => {
    const row = rows.find(
      (r) =>
        r.market === market &&
        r.period === period &&
        r.metric === 'operational' &&
        r.publisher === publisher,
    )
    if (!row) throw new Error(`no record row ${market} ${period} ${publisher}`)
    const id = [...newest.markets.values()].find((m) => m.name === market)?.id ?? ''
    const observation = newest
      .figures(id, 'operational', Number(row.year))
      .find((o) => o.period === period && Number(o.value) === Number(row.value_mw))
    if (!observation) throw new Error(`no observation ${market} ${period}`)
    return {
      year: Number(row.year),
      value: Number(row.value_mw),
      qualifier: observation.qualifier,
      rows: [],
    }
  }
  // London: "just over one GW" (Statista, H2 2024); "a live IT capacity of 1.4GW" (Knight Frank, Q3 2025).
  const over = point('London', 'H2 2024', 'Statista')
  const exact = point('London', 'Q3 2025', 'Knight Frank')
  const before = point('London', 'end-2023', 'JLL')

  it('computes the annual growth rate between two figures', () => {
    const from = point('Frankfurt', 'end-2020', 'JLL')
    const to = point('Frankfurt', 'Q1 2025', 'JLL')
    expect([from.qualifier, to.qualifier]).toEqual([undefined, undefined])
    const growth = annualGrowth(from, to)
    expect(growth?.rate).toBeCloseTo((964 / 443) ** (1 / 5) - 1, 10)
    expect(growth?.qualifier).toBeUndefined()
    expect(growthText(growth as Growth)).toBe(
      '+17% a year, 2020–2025, computed from the two figures shown',
    )
  })

  it('makes growth from an “over” start an upper bound, and says so', () => {
    expect(over.qualifier).toBe('at_least')
    const growth = annualGrowth(over, exact) as Growth
    expect(growth.rate).toBeCloseTo(1400 / 1000 - 1, 10)
    expect(growth.qualifier).toBe('at_most')
    expect(growthText(growth)).toBe(
      'at most +40% a year, 2024–2025, computed from the two figures shown: an upper bound, as one of them is a bound',
    )
    // Growth to an "over" figure is a lower bound.
    expect(annualGrowth(before, over)?.qualifier).toBe('at_least')
  })

  it('gives no rate where both figures are lower bounds', () => {
    const alsoOver = { ...over, year: over.year + 1 }
    const growth = annualGrowth(over, alsoOver) as Growth
    expect(growth.rate).toBeNull()
    expect(growthText(growth)).toContain('no growth rate for 2024–2025')
  })

  it('draws each line as 100 at its first figure, the rest in proportion, bounds kept', () => {
    const line: TrendLine = {
      id: 'london',
      name: 'London',
      kind: 'market',
      colour: '#D55E00',
      points: [before, over, exact],
    }
    const [indexed] = indexLines([line])
    expect(indexed?.points.map((p) => [p.year, p.value, p.qualifier])).toEqual([
      [2023, 100, undefined],
      [2024, (1000 / 949) * 100, 'at_least'],
      [2025, (1400 / 949) * 100, undefined],
    ])
    // From an "over" start, a later exact figure's index is an upper bound.
    const [fromOver] = indexLines([{ ...line, points: [over, exact] }])
    expect(fromOver?.points[1]?.qualifier).toBe('at_most')
  })

  it('says the growth in the summary, first figure shown to last', () => {
    // JLL counts Frankfurt's colocation in 2020 and 2023 and states no scope after: one scope here.
    const years = yearRange(newest, 'operational', 2020, 2023)
    const series = trendSeries(
      newest,
      marketsInView(newest, ['frankfurt']),
      [],
      'operational',
      years,
      'latest',
      'publisher',
    )
    const line = series.lines[0] as TrendLine
    // One publisher's series: the growth compares two figures of the same source.
    expect(new Set(line.points.map((p) => p.rows[0]?.source.publisher)).size).toBe(1)
    const [first] = line.points
    const last = line.points.at(-1)
    const text = trendText(
      series,
      'operational',
      'latest',
      newest.datasets,
      'mw',
      false,
      null,
      'publisher',
    )
    const rate =
      ((last?.value ?? 0) / (first?.value ?? 1)) ** (1 / ((last?.year ?? 0) - (first?.year ?? 0))) -
      1
    expect(text.summary).toContain(
      `Growth: ${formatRate(rate)} a year, ${first?.year}–${last?.year}`,
    )
    const indexed = trendText(
      series,
      'operational',
      'latest',
      newest.datasets,
      'mw',
      false,
      'index',
    )
    expect(indexed.title).toBe(
      `Operational capacity, change since the first figure, ${years[0]}–${years.at(-1)}`,
    )
  })
})

describe('lines that stay with their publisher, from the record', () => {
  const newest = combineDatasets(bundledDatasets())
  const rows = recordRows().filter((r) => r.market === 'Dublin' && r.metric === 'operational')
  const years = yearRange(newest, 'operational', 2020, 2025)
  const dublin = (mode: 'publisher' | 'latest') =>
    trendSeries(newest, marketsInView(newest, ['dublin']), [], 'operational', years, 'latest', mode)
      .lines[0] as TrendLine

  it('follows the publisher with the most years of figures (the latest on a tie), and only it', () => {
    const yearsOf = new Map<string, Set<string>>()
    for (const r of rows)
      yearsOf.set(
        r.publisher ?? '',
        (yearsOf.get(r.publisher ?? '') ?? new Set()).add(r.year ?? ''),
      )
    const ranked = [...yearsOf.entries()].sort(
      ([, a], [, b]) =>
        b.size - a.size || Math.max(...[...b].map(Number)) - Math.max(...[...a].map(Number)),
    )
    const expected = ranked[0]?.[0]
    const line = dublin('publisher')
    expect(line.publisher).toBe(expected)
    expect(line.points.map((p) => p.year)).toEqual(
      [...(yearsOf.get(expected ?? '') ?? [])].map(Number).sort(),
    )
    for (const p of line.points) {
      expect(p.rows[0]?.source.publisher).toBe(expected)
      const values = rows
        .filter((r) => r.publisher === expected && Number(r.year) === p.year)
        .map((r) => Number(r.value_mw))
      expect(values).toContain(p.value)
    }
  })

  it('with the most recent figure each year, marks each change of publisher or scope as a break, and gives no growth across it', () => {
    const line = dublin('latest')
    const csvRow = (p: TrendPoint) =>
      rows.find((r) => Number(r.year) === p.year && Number(r.value_mw) === p.value)
    expect(line.points[0]?.breakBefore).toBeFalsy()
    line.points.slice(1).forEach((p, i) => {
      const before = line.points[i] as TrendPoint
      const [a, b] = [csvRow(before), csvRow(p)]
      expect(Boolean(p.breakBefore)).toBe(a?.publisher !== b?.publisher || a?.scope !== b?.scope)
    })
    // CBRE's 94 MW (colocation, 2020) and its 476 MW (hyperscale self-build alone, 2021): a break.
    expect(line.points[1]?.breakBefore).toBe(true)
    const first = line.points[0] as TrendPoint
    const last = line.points.at(-1) as TrendPoint
    expect(annualGrowth(first, last, line)).toMatchObject({ rate: null, none: 'break' })
    const text = trendText(
      { years, lines: [line], empty: [] },
      'operational',
      'latest',
      newest.datasets,
      'mw',
      false,
      null,
      'latest',
    )
    expect(text.summary).toContain(
      `no growth rate for ${first.year}–${last.year}: the line changes publisher or scope`,
    )
  })
})
