import { describe, expect, it } from 'vitest'
import type { Observation } from '../../../src/data/schema'
import { pickObservation } from '../../../src/data/select/pickObservation'

function figure(
  value: number,
  asOf: string,
  publisher: string,
  extra: Partial<Observation> = {},
): Observation {
  return {
    market: 'singapore',
    metric: 'operational',
    year: 2025,
    period: asOf,
    asOf,
    value,
    unit: 'MW',
    basis: 'it_load',
    source: `${publisher}-src`,
    quote: `${value} MW`,
    ...extra,
  }
}
const publisherOf = (o: Observation) => o.source.replace(/-src$/, '')

// Singapore, operational, 2025, as the record has it.
const moodys = figure(1000, '2025', 'moodys', { basis: 'not_stated', qualifier: 'about' })
const jll = figure(1000, '2025-03-31', 'jll')
const cw = figure(1002, '2025-06-30', 'cushman-wakefield')
const all = [moodys, jll, cw]

describe('pickObservation', () => {
  it('latest: the most recent period, and lists the others most recent first', () => {
    expect(pickObservation(all, 'latest', publisherOf)).toEqual({
      drawn: cw,
      others: [jll, moodys],
    })
  })

  it('latest: a figure dated only by year counts as older than one dated within it', () => {
    expect(pickObservation([moodys, jll], 'latest', publisherOf)?.drawn).toBe(jll)
  })

  it('latest: on the same period, a figure with a stated basis wins', () => {
    const stated = figure(902, '2023-06-30', 'jll')
    const unstated = figure(996, '2023-06-30', 'other', { basis: 'not_stated' })
    expect(pickObservation([unstated, stated], 'latest', publisherOf)?.drawn).toBe(stated)
  })

  it('max and min: the highest and the lowest value', () => {
    expect(pickObservation(all, 'max', publisherOf)?.drawn).toBe(cw)
    expect(pickObservation([cw, moodys], 'min', publisherOf)?.drawn).toBe(moodys)
  })

  it('median: the middle figure, and of an even count the lower middle one, never an average', () => {
    const a = figure(164, '2024', 'kasikorn')
    const b = figure(350, '2024-06-30', 'cw')
    const c = figure(504.8, '2024-12-31', 'kf')
    const d = figure(600, '2024-12-31', 'x')
    expect(pickObservation([c, a, b], 'median', publisherOf)?.drawn).toBe(b)
    expect(pickObservation([d, c, a, b], 'median', publisherOf)?.drawn).toBe(b)
  })

  it('publisher: that publisher’s latest figure, or nothing when it has none', () => {
    const older = figure(985, '2024-06-30', 'cushman-wakefield', { year: 2025 })
    expect(
      pickObservation([older, cw, jll], { publisher: 'cushman-wakefield' }, publisherOf)?.drawn,
    ).toBe(cw)
    expect(pickObservation(all, { publisher: 'ida' }, publisherOf)).toBeUndefined()
  })

  it('draws nothing when there is no figure', () => {
    expect(pickObservation([], 'latest', publisherOf)).toBeUndefined()
  })
})
