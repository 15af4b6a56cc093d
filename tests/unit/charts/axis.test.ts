import { describe, expect, it } from 'vitest'
import { niceCeiling } from '../../../src/charts/axis'

describe('niceCeiling', () => {
  it('ends an axis on a round number at or above the largest value', () => {
    // The compare view's largest total over the years, 2,684 MW, and smaller ones.
    expect(niceCeiling(2684)).toBe(3000)
    expect(niceCeiling(1845)).toBe(2000)
    expect(niceCeiling(100)).toBe(100)
    expect(niceCeiling(0)).toBe(0)
  })

  it('never cuts a value off, and never leaves most of the axis empty', () => {
    for (let value = 0.37; value < 1e6; value *= 1.37) {
      const top = niceCeiling(value)
      expect(top).toBeGreaterThanOrEqual(value)
      expect(top).toBeLessThan(value * 2.5)
    }
  })
})
