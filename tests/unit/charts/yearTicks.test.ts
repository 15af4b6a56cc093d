import { describe, expect, it } from 'vitest'
import { yearTicks } from '../../../src/charts/axis'

const years = Array.from({ length: 12 }, (_, i) => 2014 + i)

describe('yearTicks', () => {
  it('labels every year where they fit', () => {
    expect(yearTicks(years, 1100)).toEqual(years)
  })

  it('on a narrow plot labels every other or third year, counted back from the latest', () => {
    // 12 labels of 40 px in 280 px: 7 fit, so every second year, 2025 always named.
    expect(yearTicks(years, 280)).toEqual([2015, 2017, 2019, 2021, 2023, 2025])
    expect(yearTicks(years, 170)).toEqual([2016, 2019, 2022, 2025])
  })

  it('names the one year of a single-year axis, and the latest on the narrowest', () => {
    expect(yearTicks([2025], 10)).toEqual([2025])
    expect(yearTicks(years, 0)).toEqual([2025])
  })
})
