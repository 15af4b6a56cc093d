/** Property tests: no string breaks the URL parser, and what it writes reads back the same. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_GROUP_MEMBERS, MAX_GROUP_NAME, MAX_GROUPS } from '../../../src/data/groups'
import { METRICS } from '../../../src/data/metrics'
import { SCOPES } from '../../../src/data/schema'
import { PICK_RULES } from '../../../src/data/select/pickObservation'
import { LANGS } from '../../../src/i18n/langs'
import { MAX_MARKETS, parseUrl } from '../../../src/view/parseUrl'
import { serializeUrl } from '../../../src/view/serializeUrl'
import {
  CHANGES,
  LEVELS,
  SCALES,
  SERIES_MODES,
  THEMES,
  UNITS,
  URL_KEYS,
  VIEWS,
  type ViewState,
} from '../../../src/view/viewState'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const isYear = (y: number | null) => y === null || (Number.isInteger(y) && y >= 1990 && y <= 2100)

/** Every invariant the app relies on, written independently of the parser. */
function assertValid(state: ViewState) {
  expect(VIEWS).toContain(state.view)
  expect(METRICS).toContain(state.metric)
  expect(UNITS).toContain(state.unit)
  expect(SCALES).toContain(state.scale)
  expect([null, 'index']).toContain(state.change)
  expect(isYear(state.year) && isYear(state.from) && isYear(state.to)).toBe(true)
  if (state.from !== null && state.to !== null) expect(state.from).toBeLessThanOrEqual(state.to)
  if (state.markets !== null) {
    expect(state.markets.length).toBeGreaterThan(0)
    expect(state.markets.length).toBeLessThanOrEqual(MAX_MARKETS)
    for (const id of state.markets) expect(id).toMatch(SLUG)
  }
  if (typeof state.pick === 'string') expect(PICK_RULES).toContain(state.pick)
  else expect(state.pick.publisher).toMatch(SLUG)
  if (state.groups !== null) {
    expect(state.groups.length).toBeLessThanOrEqual(MAX_GROUPS)
    for (const g of state.groups) {
      expect(g.name.trim().length).toBeGreaterThan(0)
      expect(g.name.length).toBeLessThanOrEqual(MAX_GROUP_NAME)
      expect(g.markets.length).toBeLessThanOrEqual(MAX_GROUP_MEMBERS)
      for (const id of g.markets) expect(id).toMatch(SLUG)
    }
  }
  if (state.claim !== null) expect(state.claim).toMatch(SLUG)
  if (state.theme !== null) expect(THEMES).toContain(state.theme)
  if (state.lang !== null) expect(LANGS).toContain(state.lang)
  for (const pin of state.ds ?? []) expect(pin.id).toMatch(SLUG)
}

/** Query strings made of the contract's keys with hostile values, raw or encoded. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '%',
    '%E0%A4%A',
    '+',
    ';;;',
    ':',
    '=',
    '&',
    '%00',
    'A'.repeat(10_000),
    '1e3',
    '-1',
    '2025.5',
  ),
  fc
    .array(fc.constantFrom('singapore', 'johor', 'LDN', '+', ':', ';', ',', '%2B', 'x y', '@'), {
      maxLength: 30,
    })
    .map((a) => a.join('')),
)
const hostileQuery = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...URL_KEYS), fc.string()), hostileValue, fc.boolean()),
    { maxLength: 12 },
  )
  .map(
    (pairs) =>
      `?${pairs.map(([k, v, encoded]) => `${k}=${encoded ? encodeURIComponent(v) : v}`).join('&')}`,
  )

describe('parseUrl on random and hostile input', () => {
  it('never throws and always yields a valid state', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hostileQuery), (search) => {
        assertValid(parseUrl(search).state)
      }),
      { numRuns: 1500 },
    )
  })

  it('reads back what it writes: parse(serialize(parse(x))) = parse(x)', () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        const first = parseUrl(search)
        const again = parseUrl(serializeUrl(first.state, first.passthrough))
        expect(again.state).toEqual(first.state)
        // Writing is a fixed point after one step: contract keys move to their place once.
        expect(serializeUrl(again.state, again.passthrough)).toBe(
          serializeUrl(first.state, first.passthrough),
        )
      }),
      { numRuns: 1500 },
    )
  })
})

describe('serializeUrl on random valid states', () => {
  const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
  const year = fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null })
  const state: fc.Arbitrary<ViewState> = fc
    .record({
      view: fc.constantFrom(...VIEWS),
      markets: fc.option(fc.uniqueArray(slug, { minLength: 1, maxLength: 10 }), { nil: null }),
      metric: fc.constantFrom(...METRICS),
      year,
      from: year,
      to: year,
      pick: fc.oneof(
        fc.constantFrom(...PICK_RULES),
        slug
          .filter((s) => !(PICK_RULES as readonly string[]).includes(s))
          .map((publisher) => ({ publisher })),
      ),
      groups: fc.option(
        fc.array(
          fc.record({
            name: fc
              .string({ minLength: 1, maxLength: MAX_GROUP_NAME })
              .filter((s) => s.trim() === s && s.length > 0),
            markets: fc.uniqueArray(slug, { maxLength: 6 }),
          }),
          { maxLength: MAX_GROUPS },
        ),
        { nil: null },
      ),
      claim: fc.option(slug, { nil: null }),
      unit: fc.constantFrom(...UNITS),
      scale: fc.constantFrom(...SCALES),
      change: fc.option(fc.constantFrom(...CHANGES), { nil: null }),
      scope: fc.option(fc.constantFrom(...SCOPES), { nil: null }),
      series: fc.option(fc.constantFrom(...SERIES_MODES), { nil: null }),
      level: fc.constantFrom(...LEVELS),
      events: fc.boolean(),
      ds: fc.option(
        fc.uniqueArray(fc.record({ id: slug, version: fc.stringMatching(/^\d{4}\.\d{1,2}$/) }), {
          minLength: 1,
          maxLength: 3,
          selector: (p) => p.id,
        }),
        { nil: null },
      ),
      theme: fc.option(fc.constantFrom(...THEMES), { nil: null }),
      lang: fc.option(fc.constantFrom(...LANGS), { nil: null }),
      embed: fc.boolean(),
      data: fc.option(
        fc
          .webUrl({ withQueryParameters: true, withFragments: false })
          .filter((u) => /^https?:\/\/\S+$/.test(u) && u.length <= 2000),
        { nil: null },
      ),
    })
    .map((s) =>
      s.from !== null && s.to !== null && s.from > s.to ? { ...s, from: s.to, to: s.from } : s,
    )

  it('round-trips every valid state exactly', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUrl(serializeUrl(s)).state).toEqual(s)
      }),
      { numRuns: 1500 },
    )
  })
})
