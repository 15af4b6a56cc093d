import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { marketsInView } from '../../../src/data/select/marketsInView'
import { sourcesSeries } from '../../../src/data/select/sourcesSeries'
import { bundledDatasets, FROZEN_RELEASE } from '../../helpers/bundledData'

const data = combineDatasets(bundledDatasets(FROZEN_RELEASE))
const markets = (...ids: string[]) => marketsInView(data, ids)

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
