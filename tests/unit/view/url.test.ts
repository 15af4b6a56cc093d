import { describe, expect, it } from 'vitest'
import { parseUrl } from '../../../src/view/parseUrl'
import { serializeUrl } from '../../../src/view/serializeUrl'
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/view/viewState'

describe('parseUrl', () => {
  it('reads the SPEC’s keys', () => {
    const { state, ignored } = parseUrl(
      '?view=ranking&markets=singapore,johor,london&metric=take_up&year=2024&pick=max',
    )
    expect(state).toEqual({
      view: 'ranking',
      markets: ['singapore', 'johor', 'london'],
      metric: 'take_up',
      year: 2024,
      pick: 'max',
    })
    expect(ignored).toEqual([])
  })

  it('opens on the defaults when the query string is empty', () => {
    expect(parseUrl('')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [], passthrough: [] })
  })

  it('reads any other pick value as a publisher id', () => {
    expect(parseUrl('?pick=cushman-wakefield').state.pick).toEqual({
      publisher: 'cushman-wakefield',
    })
  })

  it('falls back to the default for a bad value and says what it ignored', () => {
    const { state, ignored } = parseUrl('?year=abc&metric=watts&view=map&pick=<b>')
    expect(state).toEqual(DEFAULT_VIEW_STATE)
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual([
      'year=abc',
      'metric=watts',
      'view=map',
      'pick=<b>',
    ])
    expect(ignored[0]?.reason).toBe('year must be a four-digit year')
  })

  it('keeps the good market ids of a list and names the bad ones', () => {
    const { state, ignored } = parseUrl('?markets=singapore,,Not%20An%20Id,johor,singapore')
    expect(state.markets).toEqual(['singapore', 'johor'])
    expect(ignored).toEqual([
      {
        key: 'markets',
        value: 'singapore,,Not An Id,johor,singapore',
        reason: 'not market ids: Not An Id',
      },
    ])
  })

  it('takes the first of repeated keys and says so', () => {
    const { state, ignored } = parseUrl('?year=2023&year=2024')
    expect(state.year).toBe(2023)
    expect(ignored[0]?.reason).toMatch(/more than once/)
  })

  it('keeps keys it does not know, in their order', () => {
    expect(parseUrl('?utm_source=mail&year=2024&x=1').passthrough).toEqual([
      ['utm_source', 'mail'],
      ['x', '1'],
    ])
  })
})

describe('serializeUrl', () => {
  it('writes nothing for the default view', () => {
    expect(serializeUrl(DEFAULT_VIEW_STATE)).toBe('')
  })

  it('writes only what differs from the defaults, in the SPEC’s key order, readably', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      pick: { publisher: 'jll' },
      year: 2024,
      markets: ['singapore', 'johor'],
    }
    expect(serializeUrl(state)).toBe('?markets=singapore,johor&year=2024&pick=jll')
  })

  it('writes back the keys it does not read: contract keys in their place, unknown keys last', () => {
    const parsed = parseUrl('?zz=1&unit=gw&metric=planned&groups=SEA-4%3Asingapore%2Bjohor')
    expect(serializeUrl({ ...parsed.state, year: 2025 }, parsed.passthrough)).toBe(
      '?metric=planned&year=2025&groups=SEA-4:singapore%2Bjohor&unit=gw&zz=1',
    )
  })

  it('round-trips: parsing what it wrote gives the same state', () => {
    const states: ViewState[] = [
      DEFAULT_VIEW_STATE,
      {
        view: 'ranking',
        markets: ['ho-chi-minh-city'],
        metric: 'vacancy_pct',
        year: 2019,
        pick: 'median',
      },
      {
        view: 'trend',
        markets: null,
        metric: 'pipeline',
        year: null,
        pick: { publisher: 'knight-frank-dc-byte' },
      },
    ]
    for (const state of states) expect(parseUrl(serializeUrl(state)).state).toEqual(state)
  })
})
