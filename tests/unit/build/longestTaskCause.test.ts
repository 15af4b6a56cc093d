import { describe, expect, it } from 'vitest'
import { longestWithCause } from '../../../scripts/takeoverWatch.mjs'

const frame = (
  start: number,
  end: number,
  layout: number,
  scripts: [string, number, number][],
) => ({
  start,
  end,
  layout,
  scripts: scripts.map(([where, duration, forcedLayout]) => ({ where, duration, forcedLayout })),
})

describe('the bench names what the longest task was', () => {
  it('takes the frame around the longest task and splits it into scripts, layout and the rest', () => {
    const tasks = [
      { start: 100, duration: 80 },
      { start: 400, duration: 250 },
    ]
    const frames = [
      frame(95, 185, 0, [['a.js', 70, 0]]),
      frame(400, 660, 60, [
        ['index.js#render', 120, 15],
        ['vendor.js', 40, 0],
      ]),
    ]
    const { longest, cause } = longestWithCause(tasks, frames)
    expect(longest).toBe(250)
    // 260 ms frame: 160 of scripts, 60 of style and layout, 40 left (parsing, the browser's own).
    expect(cause).toBe(
      'scripts 160 ms (index.js#render 120 ms, forced layout 15 ms), style and layout 60 ms, the rest 40 ms',
    )
  })

  it('a frame without scripts is named by its layout and the rest (the HTML’s own work)', () => {
    const { cause } = longestWithCause([{ start: 10, duration: 300 }], [frame(10, 310, 220, [])])
    expect(cause).toBe('style and layout 220 ms, the rest 80 ms')
  })

  it('says so when there was no long task, or no frame was recorded for it', () => {
    expect(longestWithCause([], [])).toEqual({ longest: 0, cause: 'no long task' })
    expect(longestWithCause([{ start: 0, duration: 90 }], [frame(500, 600, 0, [])])).toEqual({
      longest: 90,
      cause: 'no frame recorded',
    })
  })
})
