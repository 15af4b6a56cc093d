import { describe, expect, it } from 'vitest'
import { describePickRule } from '../../../src/charts/chartText'
import { combineDatasets } from '../../../src/data/atlasData'
import { marketsInView } from '../../../src/data/select/marketsInView'
import { coverageGrid } from '../../../src/views/coverage/coverageGrid'
import { coverageText } from '../../../src/views/coverage/coverageText'
import { bundledDatasets, FROZEN_RELEASE } from '../../helpers/bundledData'

const data = combineDatasets(bundledDatasets(FROZEN_RELEASE))
const grid = (...ids: string[]) =>
  coverageGrid(data, marketsInView(data, ids), 'operational', 'latest')
const cellsOf = (g: ReturnType<typeof grid>, id: string) =>
  g.regions.flatMap((r) => r.rows).find((r) => r.market.id === id)?.cells ?? []

describe('coverageGrid', () => {
  const g = grid('london', 'singapore', 'johor', 'malaysia', 'jakarta')

  it('spans the years from the chosen markets’ first figure to their last', () => {
    // Record (2026.11): Singapore from H2 2022, London to Q3 2025; nothing of these after 2025.
    expect(g.years).toEqual([2022, 2023, 2024, 2025])
  })

  it('groups rows by region, Southeast Asia first, a market under the country it lies in', () => {
    expect(
      g.regions.map((r) => [r.region, r.rows.map((row) => [row.market.id, row.inside])]),
    ).toEqual([
      [
        'southeast-asia',
        [
          ['malaysia', false],
          ['johor', true],
          ['singapore', false],
        ],
      ],
      ['europe', [['london', false]]],
    ])
  })

  it('holds the drawn figure and counts the publishers who gave one; an empty cell has neither', () => {
    // Singapore: C&W 876 (H2 2022); 2024: C&W, Moody's, IMDA, Kasikorn, techstories (5 publishers).
    expect(cellsOf(g, 'singapore').map((c) => c.publishers)).toEqual([1, 1, 5, 3])
    expect(cellsOf(g, 'singapore')[0]?.row?.drawn.value).toBe(876)
    const london2022 = cellsOf(g, 'london')[0]
    expect(london2022).toEqual({ year: 2022, row: undefined, publishers: 0 })
  })

  it('lists a chosen market with no figure in any year apart, not as a row of empty cells', () => {
    expect(g.empty.map((m) => m.id)).toEqual(['jakarta'])
  })

  it('keeps a year nobody in the grid covers as a column of empty cells', () => {
    // Paris in 2026.11: H1 2023, Q3 2025, Jan 2026; nothing for 2024.
    const paris = grid('paris')
    expect(paris.years).toEqual([2023, 2024, 2025, 2026])
    expect(cellsOf(paris, 'paris').map((c) => c.row?.drawn.value)).toEqual([
      455,
      undefined,
      611.2,
      523,
    ])
  })
})

describe('coverageText', () => {
  it('says how much is known, the longest record and where most publishers agree to give a figure', () => {
    const g = grid('london', 'singapore', 'johor', 'malaysia')
    const text = coverageText(g, 'operational', describePickRule('latest'), data.datasets, 'mw')
    expect(text.title).toBe('Operational capacity: what is known, market by year')
    // 16 cells; filled: Singapore 4, Malaysia 3, London 3, Johor 2.
    expect(text.summary).toBe(
      '12 of 16 market-years from 2022 to 2025 hold a sourced figure. Longest record: Singapore (4 years). Most publishers for one figure: Singapore in 2024 (5 publishers).',
    )
    expect(text.missingLine).toBeUndefined()
  })
})
