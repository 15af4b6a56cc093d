import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { findDoubleCounts, groupTotal } from '../../../src/data/select/groupTotals'
import { bundledDatasets, FROZEN_RELEASE } from '../../helpers/bundledData'

const data = combineDatasets(bundledDatasets(FROZEN_RELEASE))
const market = (id: string) => {
  const m = data.markets.get(id)
  if (!m) throw new Error(id)
  return m
}
const names = (rows: Array<{ market: { id: string } }>) => rows.map((r) => r.market.id)

describe('groupTotal on the bundled data (operational, 2025, most recent figure)', () => {
  const sea4 = groupTotal(
    data,
    { name: 'SEA-4', markets: ['singapore', 'malaysia', 'thailand', 'indonesia'] },
    'operational',
    2025,
    'latest',
  )
  const ldnFra = groupTotal(
    data,
    { name: 'LDN+FRA', markets: ['london', 'frankfurt'] },
    'operational',
    2025,
    'latest',
  )

  it('adds up each member’s drawn figure', () => {
    // Record rows 222 (1,002), 47 (about 1,025), 228 (157), 18 (430).
    expect(sea4.counted.map((r) => [r.market.id, r.drawn.value])).toEqual([
      ['singapore', 1002],
      ['malaysia', 1025],
      ['thailand', 157],
      ['indonesia', 430],
    ])
    expect(sea4.total).toBe(1002 + 1025 + 157 + 430)
    // One "about" (Malaysia), no bound: the sum is an estimate.
    expect(sea4.reading).toEqual({ kind: 'exact', value: 2614, about: true })
  })

  it('lists a member with no figure as missing, not as zero, and makes the total a lower bound', () => {
    expect(names(ldnFra.counted)).toEqual(['london'])
    expect(ldnFra.missing.map((m) => m.id)).toEqual(['frankfurt'])
    expect(ldnFra.total).toBe(1400)
    expect(ldnFra.reading).toMatchObject({ kind: 'at_least', value: 1400 })
  })

  it('never adds a market and the market it lies inside: Johor is left out where Malaysia counts', () => {
    const total = groupTotal(
      data,
      { name: 'MY', markets: ['malaysia', 'johor', 'singapore'] },
      'operational',
      2025,
      'latest',
    )
    expect(total.doubleCounts.map((d) => [d.market.id, d.inside.id])).toEqual([
      ['johor', 'malaysia'],
    ])
    expect(names(total.counted)).toEqual(['malaysia', 'singapore'])
    expect(total.notAdded.map((n) => [n.row.market.id, n.inside.id])).toEqual([
      ['johor', 'malaysia'],
    ])
    expect(total.total).toBe(1025 + 1002)
  })

  it('counts the inner market when the outer one has no figure, and still warns', () => {
    // 2025 take-up: Knight Frank gives Johor's (row 32), nobody gives Malaysia's.
    const total = groupTotal(
      data,
      { name: 'X', markets: ['malaysia', 'johor'] },
      'take_up',
      2025,
      'latest',
    )
    expect(total.doubleCounts).toHaveLength(1)
    expect(names(total.counted)).toEqual(['johor'])
    expect(total.missing.map((m) => m.id)).toEqual(['malaysia'])
    expect(total.reading.kind).toBe('at_least')
  })

  it('reports ids that no dataset holds', () => {
    const total = groupTotal(
      data,
      { name: 'X', markets: ['singapore', 'atlantis'] },
      'operational',
      2025,
      'latest',
    )
    expect(total.unknown).toEqual(['atlantis'])
    expect(total.reading.kind).toBe('at_least')
  })
})

describe('findDoubleCounts', () => {
  it('finds every member inside another member, and none when the parent is absent', () => {
    const found = findDoubleCounts(
      [market('johor'), market('greater-kuala-lumpur'), market('malaysia')],
      data,
    )
    expect(found.map((d) => `${d.market.id}<${d.inside.id}`)).toEqual([
      'johor<malaysia',
      'greater-kuala-lumpur<malaysia',
    ])
    expect(findDoubleCounts([market('johor'), market('singapore')], data)).toEqual([])
  })
})
