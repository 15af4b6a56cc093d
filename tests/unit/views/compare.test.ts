import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { groupTotal } from '../../../src/data/select/groupTotals'
import { marketsInView } from '../../../src/data/select/marketsInView'
import { compareTitle } from '../../../src/views/compare/compareText'
import { bundledDatasets, FROZEN_RELEASE } from '../../helpers/bundledData'

const data = combineDatasets(bundledDatasets(FROZEN_RELEASE))
const _markets = (...ids: string[]) => marketsInView(data, ids)

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
    // JLL 2025: Singapore 1,000, Malaysia about 1,025, Thailand 140, Indonesia 270 = 2,435 (about);
    // London 1,400: 2,435 / 1,400 = 1.739, about 1.74x.
    expect(compareTitle([sea, ldn], 'mw')).toBe('SEA-4: about 2,435 MW, about 1.74x LDN')
    expect(compareTitle([sea, ldn], 'gw')).toBe('SEA-4: about 2.435 GW, about 1.74x LDN')
  })
})
