import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { marketsInView } from '../../../src/data/select/marketsInView'
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
