import { describe, expect, it } from 'vitest'
import { niceTicks, valueAxis } from '../../../src/charts/axis'

/** Whether a step is 1, 2, 2.5 or 5 times a power of ten. */
const isNice = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step))
  return [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9)
}

describe('niceTicks', () => {
  it('ends an axis on a round number at or above the largest value, in round steps', () => {
    // The compare view's largest total over the years, 2,684 MW; the ranking's 1,400 MW.
    expect(niceTicks(2684)).toEqual([0, 1000, 2000, 3000])
    expect(niceTicks(1400)).toEqual([0, 500, 1000, 1500])
    expect(niceTicks(1.4)).toEqual([0, 0.5, 1, 1.5])
  })

  it('never cuts a value off, never leaves most of the axis empty, never steps by 350 or 750', () => {
    for (let value = 0.37; value < 1e6; value *= 1.37) {
      const ticks = niceTicks(value)
      const top = ticks.at(-1) ?? 0
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0)
      expect(ticks[0]).toBe(0)
      expect(top).toBeGreaterThanOrEqual(value)
      expect(top).toBeLessThan(value * 2.5)
      expect(isNice(step), `${value}: step ${step}`).toBe(true)
      expect(ticks.length).toBeGreaterThanOrEqual(3)
      expect(ticks.length).toBeLessThanOrEqual(6)
    }
  })

  it('gives a linear value axis its ticks and domain; a log one keeps its own', () => {
    expect(valueAxis([120, 964, 1400], 'linear')).toMatchObject({
      domain: [0, 1500],
      ticks: [0, 500, 1000, 1500],
    })
    expect(valueAxis([120, 964], 'log')).toMatchObject({ scale: 'log', domain: [100, 'auto'] })
  })
})
