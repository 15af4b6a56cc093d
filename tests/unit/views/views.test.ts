import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { groupTotal } from '../../../src/data/select/groupTotals'
import { marketsInView } from '../../../src/data/select/marketsInView'
import { sourcesSeries } from '../../../src/data/select/sourcesSeries'
import { compareTitle } from '../../../src/views/compare/compareText'
import { pipelineSeries } from '../../../src/views/pipeline/pipelineSeries'
import { longestSeries, trendSeries, yearRange } from '../../../src/views/trend/trendSeries'
import { bundledDatasets, FROZEN_RELEASE } from '../../helpers/bundledData'

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

describe('pipelineSeries', () => {
  it('picks each stage on its own and flags bars whose stages come from different publishers', () => {
    const { rows } = pipelineSeries(data, markets('johor', 'london'), 2025, 'latest')
    const johor = rows.find((r) => r.market.id === 'johor')
    // Johor 2025: Moody's "around 897" operational (row 30), JLL 1,500 under construction (row 35).
    expect(johor?.stages.operational?.drawn.value).toBe(897)
    expect(johor?.stages.under_construction?.drawn.value).toBe(1500)
    expect(johor?.mixedPublishers).toBe(true)
    expect(johor?.combined?.drawn.value).toBe(1049)
  })
})

describe('sourcesSeries', () => {
  it('lists every figure, marks exactly the drawn one, and puts the widest disagreement first', () => {
    const { rows } = sourcesSeries(
      data,
      markets('thailand', 'singapore'),
      'operational',
      2024,
      'latest',
    )
    expect(rows.map((r) => [r.market.id, r.figures.length])).toEqual([
      ['singapore', 6],
      ['thailand', 2],
    ])
    for (const row of rows) expect(row.figures.filter((f) => f.drawn)).toHaveLength(1)
    expect([rows[0]?.min, rows[0]?.max]).toEqual([780, 1400])
  })
})

describe('compareTitle', () => {
  it('writes the group sums and the ratio, bounded where a total is', () => {
    const sea = groupTotal(
      data,
      { name: 'SEA-4', markets: ['singapore', 'malaysia', 'thailand', 'indonesia'] },
      'operational',
      2025,
      { publisher: 'jll' },
    )
    const ldn = groupTotal(
      data,
      { name: 'LDN', markets: ['london'] },
      'operational',
      2025,
      'latest',
    )
    // JLL 2025: Singapore 1,000, Malaysia about 1,025, Thailand 140, Indonesia 270 = 2,435 (about); London 1,400.
    expect(compareTitle([sea, ldn], 'mw')).toBe('SEA-4: about 2,435 MW, about 1.7x LDN')
    expect(compareTitle([sea, ldn], 'gw')).toBe('SEA-4: about 2.435 GW, about 1.7x LDN')
  })
})
