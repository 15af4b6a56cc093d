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
      ...DEFAULT_VIEW_STATE,
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
    const { state, ignored } = parseUrl('?year=abc&metric=watts&view=globe&pick=<b>')
    expect(state).toEqual(DEFAULT_VIEW_STATE)
    expect(ignored.map((i) => `${i.key}=${i.value}`)).toEqual([
      'year=abc',
      'metric=watts',
      'view=globe',
      'pick=<b>',
    ])
    expect(ignored[0]?.reason()).toBe('year must be a four-digit year')
  })

  it('keeps the good market ids of a list and names the bad ones', () => {
    const { state, ignored } = parseUrl('?markets=singapore,,Not%20An%20Id,johor,singapore')
    expect(state.markets).toEqual(['singapore', 'johor'])
    expect(ignored.map((i) => ({ ...i, reason: i.reason() }))).toEqual([
      {
        key: 'markets',
        value: 'singapore,,Not An Id,johor,singapore',
        reason: 'not market ids: Not An Id',
      },
    ])
  })

  it('reads the SPEC’s groups example, where a raw + arrives as a space', () => {
    const { state, ignored } = parseUrl(
      '?groups=SEA-4:singapore+malaysia+thailand+indonesia;LDN%2BFRA:london+frankfurt',
    )
    expect(state.groups).toEqual([
      { name: 'SEA-4', markets: ['singapore', 'malaysia', 'thailand', 'indonesia'] },
      { name: 'LDN+FRA', markets: ['london', 'frankfurt'] },
    ])
    expect(ignored).toEqual([])
  })

  it('keeps the good part of bad groups and says what it dropped', () => {
    const { state, ignored } = parseUrl('?groups=nocolon;A:singapore+Bad_Id;:johor')
    expect(state.groups).toEqual([
      { name: 'A', markets: ['singapore'] },
      { name: 'Group 2', markets: ['johor'] },
    ])
    expect(ignored[0]?.reason()).toBe(
      '“nocolon” has no “:” between name and markets; not market ids in “A”: Bad_Id',
    )
  })

  it('reads change=index for the trend, and says what it ignored for any other value', () => {
    expect(parseUrl('?view=trend&change=index').state.change).toBe('index')
    expect(parseUrl('?view=trend').state.change).toBeNull()
    const { state, ignored } = parseUrl('?view=trend&change=percent')
    expect(state.change).toBeNull()
    expect(ignored).toEqual([expect.objectContaining({ key: 'change', value: 'percent' })])
    expect(ignored[0]?.reason()).toContain('index')
    expect(serializeUrl({ ...state, change: 'index' })).toBe('?view=trend&change=index')
  })

  it('reads unit, scale and the trend’s year range, swapping a reversed range', () => {
    const { state, ignored } = parseUrl('?unit=gw&scale=log&from=2025&to=2019&claim=none')
    expect(state).toMatchObject({ unit: 'gw', scale: 'log', from: 2019, to: 2025, claim: 'none' })
    expect(ignored.map((i) => i.reason())).toEqual(['from was after to; the two were swapped'])
    expect(parseUrl('?unit=kw&scale=sqrt').ignored.map((i) => i.key)).toEqual(['unit', 'scale'])
  })

  it('takes the first of repeated keys and says so', () => {
    const { state, ignored } = parseUrl('?year=2023&year=2024')
    expect(state.year).toBe(2023)
    expect(ignored[0]?.reason()).toBe('year is given 2 times; the first one counts')
  })

  it('says once how often a key repeats, however often it does', () => {
    const search = `?view=ranking${'&year=2023'.repeat(3000)}&metric=x&metric=y`
    const { state, ignored } = parseUrl(search)
    expect(state.year).toBe(2023)
    expect(ignored.map((i) => [i.key, i.reason()])).toEqual([
      ['metric', expect.stringMatching(/^metric must be one of/)],
      ['year', 'year is given 3,000 times; the first one counts'],
      ['metric', 'metric is given 2 times; the first one counts'],
    ])
  })

  it('cuts a long group name by whole characters, and its link is written again without error', () => {
    const name = `${'a'.repeat(59)}\u{1F600}\u{1F600}`
    const { state, ignored } = parseUrl(`?groups=${encodeURIComponent(name)}:singapore;B:london`)
    expect(state.groups?.[0]?.name).toBe(`${'a'.repeat(59)}\u{1F600}`)
    expect(ignored.map((i) => i.reason())).toEqual(['a group name was cut to 60 characters'])
    expect(() => serializeUrl(state, [])).not.toThrow()
    expect(parseUrl(serializeUrl(state, [])).state.groups).toEqual(state.groups)
  })

  it('writes a name holding half a character (a lone surrogate) without throwing', () => {
    const state = { ...parseUrl('').state, groups: [{ name: 'A\uD83D', markets: ['singapore'] }] }
    expect(parseUrl(serializeUrl(state, [])).state.groups?.[0]?.name).toBe('A\uFFFD')
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
    const parsed = parseUrl('?zz=1&lang=pt-BR&metric=planned&ds=sea%402025.11')
    expect(serializeUrl({ ...parsed.state, year: 2025 }, parsed.passthrough)).toBe(
      '?metric=planned&year=2025&ds=sea@2025.11&lang=pt-BR&zz=1',
    )
  })

  it('writes groups readably: a raw + between members, names percent-encoded', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      groups: [
        { name: 'SEA-4', markets: ['singapore', 'malaysia', 'thailand', 'indonesia'] },
        { name: 'LDN+FRA', markets: ['london', 'frankfurt'] },
      ],
    }
    // The SPEC's own example.
    expect(serializeUrl(state)).toBe(
      '?groups=SEA-4:singapore+malaysia+thailand+indonesia;LDN%2BFRA:london+frankfurt',
    )
  })

  it('round-trips: parsing what it wrote gives the same state', () => {
    const states: ViewState[] = [
      DEFAULT_VIEW_STATE,
      {
        ...DEFAULT_VIEW_STATE,
        view: 'ranking',
        markets: ['ho-chi-minh-city'],
        metric: 'vacancy_pct',
        year: 2019,
        pick: 'median',
        unit: 'gw',
        scale: 'log',
      },
      {
        ...DEFAULT_VIEW_STATE,
        view: 'trend',
        metric: 'pipeline',
        pick: { publisher: 'knight-frank-dc-byte' },
        from: 2019,
        to: 2025,
        claim: 'none',
      },
      {
        ...DEFAULT_VIEW_STATE,
        groups: [
          { name: 'SEA-4: the big four; “quoted” & 100%', markets: ['singapore', 'malaysia'] },
          { name: 'LDN+FRA', markets: ['london', 'frankfurt'] },
        ],
      },
      { ...DEFAULT_VIEW_STATE, groups: [] },
    ]
    for (const state of states) expect(parseUrl(serializeUrl(state)).state).toEqual(state)
  })
})
