import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { marketsInView } from '../../../src/data/select/marketsInView'
import { pipelineSeries } from '../../../src/views/pipeline/pipelineSeries'
import { bundledDatasets, FROZEN_RELEASE } from '../../helpers/bundledData'

const data = combineDatasets(bundledDatasets(FROZEN_RELEASE))
const markets = (...ids: string[]) => marketsInView(data, ids)

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
