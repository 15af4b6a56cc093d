import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { marketsInView } from '../../../src/data/select/marketsInView'
import {
  sparseYears,
  timelineCoverage,
  timelineYears,
} from '../../../src/data/select/timelineYears'
import { bundledDatasets } from '../../helpers/bundledData'
import { recordRows } from '../../helpers/recordRows'

const data = combineDatasets(bundledDatasets())
const rows = recordRows()

/** The years of the record's rows for these markets and metrics, as the CSV says them. */
const recordYears = (markets: string[], metrics: string[], publisher?: string) =>
  [
    ...new Set(
      rows
        .filter(
          (r) =>
            markets.includes(r.market ?? '') &&
            metrics.includes(r.metric ?? '') &&
            (publisher === undefined || r.publisher === publisher),
        )
        .map((r) => Number(r.year)),
    ),
  ].sort((a, b) => a - b)

const ids = (...names: string[]) =>
  names.map((name) => [...data.markets.values()].find((m) => m.name === name)?.id ?? name)

describe('timelineYears', () => {
  it('offers the years in which a chosen market has a figure for the metric, ascending', () => {
    const markets = ['Johor', 'Frankfurt']
    const years = timelineYears(
      data,
      ['operational'],
      marketsInView(data, ids(...markets)),
      'latest',
    )
    expect(years).toEqual(recordYears(markets, ['operational']))
    expect(years.length).toBeGreaterThan(1)
  })

  it('follows the metric: a market with planned figures in fewer years offers fewer', () => {
    const markets = marketsInView(data, ids('Johor'))
    expect(timelineYears(data, ['planned'], markets, 'latest')).toEqual(
      recordYears(['Johor'], ['planned']),
    )
  })

  it('joins the years of several metrics (the pipeline draws three stages)', () => {
    const stages = ['operational', 'under_construction', 'planned'] as const
    const markets = marketsInView(data, ids('Johor', 'Singapore'))
    expect(timelineYears(data, stages, markets, 'latest')).toEqual(
      recordYears(['Johor', 'Singapore'], [...stages]),
    )
  })

  it('keeps to one publisher’s years when the pick rule names it', () => {
    const markets = marketsInView(data, null)
    const publisher = 'Cushman & Wakefield'
    const id = [...data.publishers].find(([, name]) => name === publisher)?.[0] ?? ''
    const years = timelineYears(data, ['operational'], markets, { publisher: id })
    expect(years).toEqual(
      recordYears(
        markets.map((m) => m.name),
        ['operational'],
        publisher,
      ),
    )
    expect(years.length).toBeLessThan(
      timelineYears(data, ['operational'], markets, 'latest').length,
    )
  })

  it('offers nothing for markets without figures', () => {
    expect(timelineYears(data, ['operational'], [], 'latest')).toEqual([])
  })
})

describe('how many markets each year covers', () => {
  it('counts, per year, the markets in view with a figure, as the record has them', () => {
    const markets = [...data.markets.values()]
    const coverage = timelineCoverage(data, ['operational'], markets, 'latest')
    for (const { year, markets: count } of coverage) {
      const names = new Set(
        rows
          .filter((r) => r.metric === 'operational' && Number(r.year) === year)
          .map((r) => r.market),
      )
      expect(count, String(year)).toBe(names.size)
    }
    expect(coverage.map((y) => y.year)).toEqual(
      recordYears([...new Set(rows.map((r) => r.market ?? ''))], ['operational']),
    )
  })

  it('marks as sparse a year with fewer than half the best year’s markets', () => {
    expect([
      ...sparseYears([
        { year: 2023, markets: 10 },
        { year: 2024, markets: 20 },
        { year: 2025, markets: 9 },
        { year: 2026, markets: 1 },
      ]),
    ]).toEqual([2025, 2026])
    expect(sparseYears([])).toEqual(new Set())
  })
})
