import { describe, expect, it } from 'vitest'
import { largestFirst, pickCircle } from '../../../src/views/map/pickCircle'

// Two cities across a strait: the larger circle covers the smaller one's centre.
const singapore = { id: 'singapore', cx: 100, cy: 100, r: 20 }
const johor = { id: 'johor', cx: 108, cy: 92, r: 30 }

describe('the circle under the pointer', () => {
  it('is the one whose centre is nearest among those the point is inside', () => {
    expect(pickCircle([johor, singapore], 100, 100)?.id).toBe('singapore')
    expect(pickCircle([singapore, johor], 100, 100)?.id).toBe('singapore')
    expect(pickCircle([singapore, johor], 108, 92)?.id).toBe('johor')
    // Nearer Singapore's centre but outside its circle: only Johor's holds the point.
    expect(pickCircle([singapore, johor], 112, 66)?.id).toBe('johor')
  })

  it('on one centre, is the smaller circle there and the larger on its ring', () => {
    const city = { id: 'kuala-lumpur', cx: 50, cy: 50, r: 10 }
    const greater = { id: 'greater-kuala-lumpur', cx: 50, cy: 50, r: 25 }
    expect(pickCircle([greater, city], 50, 50)?.id).toBe('kuala-lumpur')
    expect(pickCircle([city, greater], 50, 50)?.id).toBe('kuala-lumpur')
    expect(pickCircle([city, greater], 68, 50)?.id).toBe('greater-kuala-lumpur')
  })

  it('is none outside every circle', () => {
    expect(pickCircle([singapore, johor], 10, 10)).toBeUndefined()
    expect(pickCircle([], 100, 100)).toBeUndefined()
  })

  it('draws the larger circles first, so the smaller lie on top', () => {
    expect(largestFirst([singapore, johor]).map((c) => c.id)).toEqual(['johor', 'singapore'])
  })
})
