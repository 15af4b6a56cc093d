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

  it('latest: a named publisher before a source that names none, which stays beside it', () => {
    // London's pipeline, 2024: record rows 144 (Cushman & Wakefield, H1 2024) and 292
    // ("Not named (Solecrypt blog; …)", end of 2024).
    const named = figure(1209, '2024-06-30', 'cushman-wakefield', { year: 2024 })
    const unnamed = figure(1500, '2024-12-31', 'not-named-solecrypt-blog', { year: 2024 })
    expect(pickObservation([unnamed, named], 'latest', publisherOf)).toEqual({
      drawn: named,
      others: [unnamed],
    })
    // Where no named publisher has a figure, the unnamed one is drawn.
    expect(pickObservation([unnamed], 'latest', publisherOf)?.drawn).toBe(unnamed)
    // The other rules still weigh every figure.
    expect(pickObservation([unnamed, named], 'max', publisherOf)?.drawn).toBe(unnamed)
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
