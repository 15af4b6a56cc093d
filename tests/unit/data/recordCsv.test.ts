import { describe, expect, it } from 'vitest'
import { RECORD_COLUMNS, readRecordCsv, recordContents } from '../../../src/data/recordCsv'

const HEADER = RECORD_COLUMNS.join(',')
const row = (fields: Partial<Record<(typeof RECORD_COLUMNS)[number], string>>) => {
  const base = {
    market: 'Singapore',
    country: 'Singapore',
    region: 'Southeast Asia',
    year: '2025',
    period: 'H1 2025',
    metric: 'operational',
    value_mw: '1002',
    definition: 'C&W key indicators',
    publisher: 'Cushman & Wakefield',
    report_or_article: 'APAC Data Centre Update H1 2025',
    url: 'https://example.org/report',
    quote: 'capacity stands at 1,002 megawatts (MW)',
    ...fields,
  }
  return RECORD_COLUMNS.map((c) => `"${base[c].replace(/"/g, '""')}"`).join(',')
}
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n')

describe('readRecordCsv', () => {
  it('reports each problem with its line and column, and keeps the good rows', () => {
    const { rows, problems } = readRecordCsv(
      csv(
        row({}),
        row({ value_mw: 'abc' }),
        row({ metric: 'capacity', year: '25' }),
        row({ url: 'ftp://x' }),
      ),
    )
    expect(rows).toHaveLength(1)
    expect(problems).toEqual([
      { row: 3, field: 'value_mw', message: "'abc' is not a number" },
      { row: 4, field: 'year', message: "'25' is not a four-digit year" },
      { row: 4, field: 'metric', message: "'capacity' is not a metric" },
      { row: 5, field: 'url', message: "'ftp://x' is not an http(s) URL" },
    ])
  })

  it('refuses a figure whose value its quote does not give', () => {
    const { problems } = readRecordCsv(csv(row({ value_mw: '1200' })))
    expect(problems).toEqual([
      { row: 2, field: 'quote', message: 'the value 1200 does not appear in the quote' },
    ])
  })

  it('names the missing columns', () => {
    const { problems } = readRecordCsv('market,country,year\nSingapore,Singapore,2025\n')
    expect(problems[0]?.message).toMatch(/^missing columns: region, period, metric, value_mw/)
  })

  it('says an empty file is empty', () => {
    expect(readRecordCsv('').problems).toEqual([{ row: 1, message: 'the file is empty' }])
  })

  it('reads semicolon-separated files from spreadsheets', () => {
    const text = csv(row({})).replace(/","/g, '";"').replace(HEADER, RECORD_COLUMNS.join(';'))
    expect(readRecordCsv(text).rows).toHaveLength(1)
  })
})

describe('recordContents', () => {
  const { rows } = readRecordCsv(
    csv(
      row({
        market: 'Malaysia (country)',
        country: 'Malaysia',
        value_mw: '522',
        quote: 'an estimated 522 megawatts',
      }),
      row({
        market: 'Johor',
        country: 'Malaysia',
        value_mw: '897',
        quote: 'With around 897 megawatts',
      }),
      row({
        market: 'Ho Chi Minh City',
        country: 'Vietnam',
        value_mw: '25',
        quote: 'had around 25 MW',
      }),
      row({
        market: 'FLAP-D (total)',
        country: 'Multiple',
        region: 'Europe',
        value_mw: '3600',
        quote: 'to 3.6 GW in 2025',
      }),
    ),
  )
  const contents = recordContents(rows)
  const market = (id: string) => contents.markets.find((m) => m.id === id)

  it('makes market ids from names without the bracketed level', () => {
    expect(contents.markets.map((m) => m.id)).toEqual([
      'malaysia',
      'johor',
      'ho-chi-minh-city',
      'flap-d-total',
    ])
    expect(market('malaysia')).toMatchObject({
      name: 'Malaysia',
      country: 'MY',
      level: 'country',
      region: 'southeast-asia',
    })
  })

  it('puts a metro inside the country-level market of its country', () => {
    expect(market('johor')).toMatchObject({ level: 'metro', parent: 'malaysia', country: 'MY' })
    expect(market('ho-chi-minh-city')?.parent).toBeUndefined()
  })

  it('models a total of several markets as an aggregate with its members, not as a market', () => {
    expect(market('flap-d-total')).toMatchObject({
      level: 'aggregate',
      country: null,
      members: ['frankfurt', 'london', 'amsterdam', 'paris', 'dublin'],
    })
  })

  it('keeps the quote, the row, the qualifier read from the quote and the basis', () => {
    const johor = contents.observations.find((o) => o.market === 'johor')
    expect(johor).toMatchObject({
      value: 897,
      unit: 'MW',
      qualifier: 'about',
      row: 3,
      asOf: '2025-06-30',
      basis: 'it_load',
    })
    expect(contents.observations.find((o) => o.market === 'flap-d-total')?.value).toBe(3600)
  })

  it('gives one source per publisher, report and URL', () => {
    expect(contents.sources).toHaveLength(1)
    expect(contents.sources[0]).toMatchObject({
      publisher: 'Cushman & Wakefield',
      url: 'https://example.org/report',
    })
    expect(contents.sources[0]?.id).toMatch(/^cushman-wakefield-[0-9a-f]{8}$/)
  })
})

describe('the scope column', () => {
  const withScope = (scopes: string[]) =>
    [`${HEADER},scope`, ...scopes.map((scope) => `${row({})},${scope}`)].join('\n')

  it('reads what a figure counts, and a file without the column states none', () => {
    const { rows, problems } = readRecordCsv(withScope(['colocation', '']))
    expect(problems).toEqual([])
    expect(recordContents(rows).observations.map((o) => o.scope)).toEqual([
      'colocation',
      'not_stated',
    ])
    const without = readRecordCsv(csv(row({})))
    expect(recordContents(without.rows).observations[0]?.scope).toBe('not_stated')
  })

  it('refuses a scope it does not know, naming the row and the column', () => {
    const { rows, problems } = readRecordCsv(withScope(['colo']))
    expect(rows).toEqual([])
    expect(problems).toEqual([
      expect.objectContaining({
        row: 2,
        field: 'scope',
        message: expect.stringMatching(/^'colo' is not a scope/),
      }),
    ])
  })
})
