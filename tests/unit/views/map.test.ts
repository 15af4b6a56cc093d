import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { marketsInView } from '../../../src/data/select/marketsInView'
import {
  circleRadius,
  mapScale,
  mapSeries,
  shadeBreaks,
  shadeOf,
  sizeLegendValues,
} from '../../../src/views/map/mapSeries'
import { mapText } from '../../../src/views/map/mapText'
import { bundledDatasets } from '../../helpers/bundledData'
import { recordRows } from '../../helpers/recordRows'

const datasets = bundledDatasets()
const data = combineDatasets(datasets)
const markets = (...ids: string[]) => marketsInView(data, ids)
const series = mapSeries(data, marketsInView(data, null), 'operational', 2025, 'latest')

/** The record's own figure for a market and period (read by the tests' own CSV parser). */
const recordValue = (market: string, period: string, publisher: string) => {
  const row = recordRows().find(
    (r) =>
      r.market === market &&
      r.period === period &&
      r.metric === 'operational' &&
      r.publisher === publisher,
  )
  return Number(row?.value_mw)
}

describe('mapSeries', () => {
  it('draws circle areas in proportion to the figures, at one scale for every panel', () => {
    // Record rows 230 and 220: London 1,400 MW (Knight Frank, Q3 2025), Singapore 1,002 MW
    // (Cushman & Wakefield, H1 2025): one in the Europe panel, one in Southeast Asia.
    const london = series.circles.find((c) => c.row.market.id === 'london')
    const singapore = series.circles.find((c) => c.row.market.id === 'singapore')
    expect(london?.panel).toBe('europe')
    expect(singapore?.panel).toBe('southeast-asia')
    const londonMw = recordValue('London', 'Q3 2025', 'Knight Frank')
    const singaporeMw = recordValue('Singapore', 'H1 2025', 'Cushman & Wakefield')
    expect([london?.row.drawn.value, singapore?.row.drawn.value]).toEqual([londonMw, singaporeMw])
    const largest = Math.max(...series.circles.map((c) => c.row.drawn.value))
    const area = (mw: number) => Math.PI * circleRadius(mw, largest, 40) ** 2
    expect(area(londonMw) / area(singaporeMw)).toBeCloseTo(londonMw / singaporeMw, 10)
  })

  it('puts city markets (and the city-state Singapore) in circles, country totals in shapes, aggregates nowhere', () => {
    const circles = series.circles.map((c) => c.row.market.id)
    const countries = series.countries.map((c) => c.row.market.id)
    expect(circles).toEqual(expect.arrayContaining(['london', 'frankfurt', 'johor', 'singapore']))
    expect(countries).toEqual(expect.arrayContaining(['germany', 'malaysia']))
    expect(circles).not.toContain('malaysia')
    expect(countries).not.toContain('johor')
    const all = [...circles, ...countries, ...series.missing.map((m) => m.id)]
    expect(all).not.toContain('flap-d-total')
    expect(all).not.toContain('hanoi-and-ho-chi-minh-city-combined')
  })

  it('orders the keyboard walk largest first, over circles and shapes together', () => {
    const values = series.drawn.map((r) => r.drawn.value)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    expect(series.drawn).toHaveLength(series.circles.length + series.countries.length)
  })

  it('lists chosen markets without a figure, and shows Asia Pacific only when it has one', () => {
    const two = mapSeries(
      data,
      markets('london', 'singapore', 'amsterdam'),
      'operational',
      2025,
      'latest',
    )
    expect(two.missing.map((m) => m.id)).toEqual(['amsterdam'])
    expect(two.panels).toEqual(['southeast-asia', 'europe'])
    const withSydney = mapSeries(data, markets('sydney'), 'operational', 2025, 'latest')
    expect(withSydney.panels).toEqual(['southeast-asia', 'europe', 'asia-pacific-other'])
  })

  it('lists a market it cannot place rather than drawing it anywhere', () => {
    const noShapes = mapSeries(
      data,
      markets('germany', 'london'),
      'operational',
      2025,
      'latest',
      () => false,
    )
    expect(noShapes.unplaced.map((r) => r.market.id)).toEqual(['germany'])
    expect(noShapes.circles.map((c) => c.row.market.id)).toEqual(['london'])
  })
})

describe('map legends', () => {
  it('sizes three round reference circles up to the largest figure', () => {
    expect(sizeLegendValues(1400)).toEqual([1000, 500, 100])
    expect(sizeLegendValues(64)).toEqual([50, 20, 5])
  })

  it('shades country totals in four classes', () => {
    const breaks = shadeBreaks([1300, 1025, 500, 157, 51])
    expect(breaks).toEqual([100, 200, 500])
    expect([51, 157, 500, 1300].map((v) => shadeOf(v, breaks))).toEqual([0, 1, 3, 3])
  })
})

describe('mapText', () => {
  it('names each panel’s largest circle and the largest country total, and what is not drawn', () => {
    const text = mapText(series, 'operational', 2025, 'the most recent figure', datasets, 'mw')
    expect(text.title).toBe('Operational capacity on the map, 2025')
    expect(text.summary).toContain('Singapore’s 1,002 MW is the largest circle in Southeast Asia')
    expect(text.summary).toContain('London’s 1,400 MW in Europe')
    expect(text.summary).toContain('The largest country total is Germany’s over 1,300 MW.')
    expect(text.missingLine).toMatch(/^No sourced figure for 2025: .*Amsterdam/)
  })
})

describe('mapScale', () => {
  const all = marketsInView(data, null)
  const scale = mapScale(data, all, 'operational', 'latest')
  const largestIn = (year: number) =>
    mapSeries(data, all, 'operational', year, 'latest').circles[0]?.row.drawn.value ?? 0

  it('keeps one circle scale over every year, so a circle that grows has grown', () => {
    const perYear = data.yearsOf('operational').map(({ year }) => largestIn(year))
    expect(scale.largest).toBe(Math.max(...perYear))
    // Some year's largest circle is smaller than the scale's: drawn smaller, not at full size.
    const smaller = perYear.filter((v) => v > 0 && v < scale.largest)
    expect(smaller.length).toBeGreaterThan(0)
    for (const v of smaller)
      expect(circleRadius(v, scale.largest, 40)).toBeLessThan(
        circleRadius(scale.largest, scale.largest, 40),
      )
  })

  it('shows every panel any year needs, in the product’s order', () => {
    const panels = new Set(
      data
        .yearsOf('operational')
        .flatMap(({ year }) => mapSeries(data, all, 'operational', year, 'latest').panels),
    )
    expect(scale.panels).toEqual(
      ['southeast-asia', 'europe', 'asia-pacific-other'].filter((p) => panels.has(p as never)),
    )
  })
})
