import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import { readEventsCsv } from '../../../src/data/eventsCsv'
import { datasetSchema } from '../../../src/data/schema'
import {
  eventsOf,
  eventsOfMarkets,
  eventYear,
  groupBySpot,
} from '../../../src/data/select/marketEvents'
import { bundledDatasets, ROOT } from '../../helpers/bundledData'
import { parseRows } from '../../helpers/recordRows'

/** events.csv as the tests read it: their own parser, the record's names. */
function csvEvents() {
  const text = readFileSync(join(ROOT, 'record', 'events.csv'), 'utf8')
  const [header = [], ...body] = parseRows(text)
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])))
}
const named = (market: string) =>
  csvEvents().filter((r) => r.market?.replace(/\s*\(country\)\s*/, '') === market)

const data = combineDatasets(bundledDatasets())

describe('events in the newest release', () => {
  for (const [market, id] of [
    ['Singapore', 'singapore'],
    ['Dublin', 'dublin'],
    ['Johor', 'johor'],
    ['Amsterdam', 'amsterdam'],
  ] as const)
    it(`${market}'s events equal the CSV's (date, kind, title, publisher, address, quote)`, () => {
      const expected = named(market).map((r) => ({
        date: r.date,
        kind: r.kind,
        title: r.title,
        publisher: r.publisher,
        report: r.report_or_article,
        url: r.url,
        quote: r.quote,
      }))
      expect(expected.length).toBeGreaterThan(0)
      const inData = data.events
        .filter((e) => e.market === id)
        .map(({ date, kind, title, publisher, report, url, quote }) => ({
          date,
          kind,
          title,
          publisher,
          report,
          url,
          quote,
        }))
      expect(inData).toEqual(expect.arrayContaining(expected))
      expect(inData).toHaveLength(expected.length)
    })

  it('every row of the CSV is in one dataset, once', () => {
    expect(data.events).toHaveLength(csvEvents().length)
  })

  it("a national event appears on its cities' lines, marked national", () => {
    const ireland = named('Ireland').map((r) => r.title)
    const dublin = eventsOf(data, 'dublin')
    expect(dublin.filter((e) => e.national).map((e) => e.title)).toEqual(
      expect.arrayContaining(ireland),
    )
    expect(dublin.filter((e) => !e.national).map((e) => e.title)).toEqual(
      expect.arrayContaining(named('Dublin').map((r) => r.title)),
    )
    // Malaysia's guidelines reach Johor; Singapore's own rounds reach no one else.
    expect(eventsOf(data, 'johor').some((e) => e.national && e.market === 'malaysia')).toBe(true)
    expect(eventsOf(data, 'london').some((e) => e.market === 'singapore')).toBe(false)
  })

  it('an event shown for a country and its city counts once, as its own market’s', () => {
    const both = eventsOfMarkets(data, ['dublin', 'ireland'])
    const ireland = both.filter((e) => e.market === 'ireland')
    expect(ireland).toHaveLength(named('Ireland').length)
    expect(ireland.every((e) => !e.national)).toBe(true)
  })

  it('events in one spot group into one marker that lists them', () => {
    // Johor has two events in November 2025 (a deferral and a stop to approvals).
    const spots = groupBySpot(eventsOf(data, 'johor'), (e) => String(eventYear(e)))
    const sameYear = named('Johor').filter((r) => (r.date ?? '').startsWith('2025'))
    expect(spots.find((s) => s.spot === '2025')?.events.filter((e) => !e.national)).toHaveLength(
      sameYear.length,
    )
    expect(new Set(spots.map((s) => s.spot)).size).toBe(spots.length)
  })
})

describe('reading events.csv', () => {
  const header =
    'market,date,date_precision,kind,title,publisher,report_or_article,url,quote,note\n'
  const known = new Set(['singapore'])
  it('refuses a row with an empty quote or an unknown market, naming its line', () => {
    const { events, problems } = readEventsCsv(
      `${header}Singapore,2022-01,month,policy,T,P,R,https://a.example,,\nAtlantis,2022,year,policy,T,P,R,https://a.example,Q,\n`,
      known,
    )
    expect(events).toEqual([])
    expect(problems).toEqual([
      { row: 2, field: 'quote', message: 'is empty' },
      { row: 3, field: 'market', message: "'Atlantis' is not in the record" },
    ])
  })
  it('refuses a date less precise than it says, or a kind it does not know', () => {
    const { problems } = readEventsCsv(
      `${header}Singapore,2022,day,policy,T,P,R,https://a.example,Q,\nSingapore,2022-01-02,day,rumour,T,P,R,https://a.example,Q,\n`,
      known,
    )
    expect(problems.map((p) => p.field)).toEqual(['date', 'kind'])
  })
  it('a dataset naming an event of a market it lacks is refused', () => {
    const [sea] = bundledDatasets()
    const bad = { ...sea, events: [{ ...sea?.events?.[0], market: 'atlantis' }] }
    expect(datasetSchema.safeParse(bad).success).toBe(false)
  })
})
