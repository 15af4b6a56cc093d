import { describe, expect, it } from 'vitest'
import { combineDatasets, defaultYear } from '../../../src/data/atlasData'
import { marketsInView } from '../../../src/data/select/marketsInView'
import { rankingSeries } from '../../../src/views/ranking/rankingSeries'
import { rankingText } from '../../../src/views/ranking/rankingText'
import { bundledDatasets, FROZEN_RELEASE } from '../../helpers/bundledData'

const data = combineDatasets(bundledDatasets(FROZEN_RELEASE))
const ids = (rows: { market: { id: string } }[]) => rows.map((r) => r.market.id)

describe('rankingSeries on the bundled data', () => {
  it('ranks the chosen markets by the drawn figure, highest first', () => {
    const markets = marketsInView(data, ['thailand', 'singapore', 'indonesia', 'malaysia'])
    const { rows } = rankingSeries(data, markets, 'operational', 2025, 'max')
    // Record: Malaysia 1,260 (NEXTDC, 2025), Singapore 1,002 (C&W H1 2025), Indonesia 430 (BKPM), Thailand 157 (STT GDC).
    expect(rows.map((r) => [r.market.id, r.drawn.value])).toEqual([
      ['malaysia', 1260],
      ['singapore', 1002],
      ['indonesia', 430],
      ['thailand', 157],
    ])
  })

  it('keeps the other sources of each figure beside the drawn one', () => {
    const { rows } = rankingSeries(
      data,
      marketsInView(data, ['singapore']),
      'operational',
      2025,
      'latest',
    )
    expect(rows[0]?.source.publisher).toBe('Cushman & Wakefield')
    expect(rows[0]?.others.map((o) => o.source.publisher)).toEqual(['JLL', "Moody's Ratings"])
  })

  it('gives a market with no sourced figure no bar, and lists it as missing', () => {
    const { rows, missing } = rankingSeries(
      data,
      marketsInView(data, ['jakarta', 'singapore']),
      'operational',
      2025,
      'latest',
    )
    expect(ids(rows)).toEqual(['singapore'])
    expect(missing.map((m) => m.id)).toEqual(['jakarta'])
  })

  it('leaves out a market that has no figure from the chosen publisher', () => {
    const { rows } = rankingSeries(
      data,
      marketsInView(data, ['singapore', 'indonesia']),
      'operational',
      2024,
      { publisher: 'moody-s-ratings' },
    )
    expect(ids(rows)).toEqual(['singapore'])
  })

  it('never draws an aggregate such as FLAP-D as a market', () => {
    expect(marketsInView(data, null).map((m) => m.id)).not.toContain('flap-d-total')
    expect(marketsInView(data, ['flap-d-total', 'london']).map((m) => m.id)).toEqual(['london'])
  })

  it('names the markets without a figure under the chart, and keeps the summary short', () => {
    const few = rankingSeries(
      data,
      marketsInView(data, ['singapore', 'jakarta']),
      'operational',
      2025,
      'latest',
    )
    expect(rankingText(few, 'operational', 2025, 'latest', data.datasets).summary).toMatch(
      / No sourced figure for Jakarta\.$/,
    )
    const many = rankingSeries(data, marketsInView(data, null), 'vacancy_pct', 2025, 'latest')
    const text = rankingText(many, 'vacancy_pct', 2025, 'latest', data.datasets)
    expect(text.summary).toMatch(
      new RegExp(` ${many.missing.length} of the chosen markets have no sourced figure\\.$`),
    )
    expect(text.missingLine).toMatch(
      /^No sourced figure for 2025: Amsterdam, Australia, .* and Zurich\.$/,
    )
  })
})

describe('defaultYear', () => {
  it('opens on the latest well-covered year, not on a year with one early figure', () => {
    // 2026 holds only two operational figures (Philippines, Paris); 2025 holds many.
    expect(data.yearsOf('operational').at(-1)).toEqual({ year: 2026, markets: 2 })
    expect(defaultYear(data, 'operational')).toBe(2025)
  })
})

describe('rankingText', () => {
  it('writes the title, the rule, the publishers and the dataset versions from the state', () => {
    const series = rankingSeries(
      data,
      marketsInView(data, ['singapore', 'thailand']),
      'operational',
      2025,
      'latest',
    )
    const text = rankingText(series, 'operational', 2025, 'latest', data.datasets)
    expect(text.title).toBe('Operational capacity by market, 2025')
    expect(text.subtitle).toMatch(/^In megawatts \(MW\): capacity live and in operation\. /)
    expect(text.subtitle).toMatch(
      /2 markets; where sources disagree \(2 markets\), the bar shows the figure for the most recent period \(from a named publisher where there is one\)\./,
    )
    expect(text.sourceLine).toBe(
      'Sources: Cushman & Wakefield; ST Telemedia Global Data Centres (Thailand). Data: Megawatt Atlas Asia Pacific (other) 2026.11, Europe 2026.11 and Southeast Asia 2026.11.',
    )
    expect(text.summary).toBe(
      // Two publishers' figures, of a release that recorded no scope: the ranks are not like for like.
      'Singapore (1,002 MW, Cushman & Wakefield, H1 2025) ranks first for operational capacity in 2025, followed by Thailand (157 MW, ST Telemedia Global Data Centres (Thailand), Oct 2025). Not like for like: the bars compare figures from 2 publishers, counting scope not stated.',
    )
  })

  it('names the markets without a figure under the chart, and keeps the summary short', () => {
    const few = rankingSeries(
      data,
      marketsInView(data, ['singapore', 'jakarta']),
      'operational',
      2025,
      'latest',
    )
    expect(rankingText(few, 'operational', 2025, 'latest', data.datasets).summary).toMatch(
      / No sourced figure for Jakarta\.$/,
    )
    const many = rankingSeries(data, marketsInView(data, null), 'vacancy_pct', 2025, 'latest')
    const text = rankingText(many, 'vacancy_pct', 2025, 'latest', data.datasets)
    expect(text.summary).toMatch(
      new RegExp(` ${many.missing.length} of the chosen markets have no sourced figure\\.$`),
    )
    expect(text.missingLine).toMatch(
      /^No sourced figure for 2025: Amsterdam, Australia, .* and Zurich\.$/,
    )
  })
})
