import { describe, expect, it } from 'vitest'
import { RECORD_COLUMNS } from '../../../src/data/recordCsv'
import { MAX_FILE_BYTES } from '../../../src/data/userDataLimits'
import { importUserText } from '../../../src/import/userData'
import { readJson } from '../../helpers/bundledData'

const HEADER = RECORD_COLUMNS.join(',')
// Two rows of the record itself (rows 30 and 222), so every number here is a sourced one.
const JOHOR =
  "Johor,Malaysia,Southeast Asia,2025,2025 (Moody's report; date not shown in excerpt),operational,897,Moody's Ratings 'installed capacity',Moody's Ratings,minutesmy.com report,https://minutesmy.com/johor-emerges-as-cost-efficient-data-centre-alternative-hub-to-singapore-moodys/,With around 897 megawatts (MW) of installed capacity"
const SINGAPORE =
  'Singapore,Singapore,Southeast Asia,2025,H1 2025,operational,1002,"Cushman & Wakefield key indicators: operational Hyperscale Cloud, Colo, Edge & Telco data centre facilities; excludes Captive & ICT",Cushman & Wakefield,SIGSG report citing Cushman & Wakefield APAC Data Centre Update H1 2025,https://example.org/sigsg,"Singapore’s operational data center capacity stands at 1,002 megawatts (MW)"'
const none = new Set<string>()
const run = (name: string, text: string, bundled = none) =>
  importUserText(name, text, bundled, '2026-11-28')

describe('importUserText: CSV in the record’s columns', () => {
  it('reads rows into a dataset, market ids made from names as for the bundled data', () => {
    const { dataset, problems } = run('my data.csv', [HEADER, JOHOR, SINGAPORE].join('\n'))
    expect(problems).toEqual([])
    expect(dataset).toMatchObject({
      id: 'user-my-data',
      title: 'my data',
      version: 'local',
      region: 'southeast-asia',
    })
    expect(dataset?.markets.map((m) => m.id)).toEqual(['johor', 'singapore'])
    expect(dataset?.observations.map((o) => [o.market, o.value, o.qualifier])).toEqual([
      ['johor', 897, 'about'],
      ['singapore', 1002, undefined],
    ])
  })

  it('carries a caveat from a note column, where the file has one', () => {
    // Record row 30 again, with the caveat the record gives it.
    const withNote = [`${HEADER},note`, `${JOHOR},Moody's report; the page gives no date`].join(
      '\n',
    )
    const { dataset, problems } = run('noted.csv', withNote)
    expect(problems).toEqual([])
    expect(dataset?.observations[0]?.note).toBe("Moody's report; the page gives no date")
    expect(
      run('plain.csv', [HEADER, JOHOR].join('\n')).dataset?.observations[0],
    ).not.toHaveProperty('note')
  })

  it('keeps a market whose id the bundled data uses apart, and says so', () => {
    const { dataset, notes } = run(
      'mine.csv',
      [HEADER, JOHOR].join('\n'),
      new Set(['johor', 'malaysia']),
    )
    expect(dataset?.markets[0]).toMatchObject({ id: 'johor-yours', name: 'Johor (yours)' })
    expect(dataset?.observations[0]?.market).toBe('johor-yours')
    expect(notes).toEqual([
      "market id 'johor' is also in the bundled data; this one is kept apart as 'johor-yours' (“… (yours)”), not merged",
    ])
  })

  it('marks every name of a link’s data with the host it came from, never “(yours)”', () => {
    const { dataset } = importUserText(
      'track.csv',
      [HEADER, JOHOR, SINGAPORE.replace('Singapore,Singapore,', 'Seoul,South Korea,')].join('\n'),
      new Set(['johor']),
      '2026-11-29',
      '198.51.100.7',
    )
    expect(dataset?.title).toBe('track (from 198.51.100.7)')
    expect(dataset?.markets.map((m) => [m.id, m.name])).toEqual([
      ['johor-yours', 'Johor (from 198.51.100.7)'],
      ['seoul', 'Seoul (from 198.51.100.7)'],
    ])
    expect(dataset?.sources.map((s) => s.publisher)).toEqual([
      "Moody's Ratings (from 198.51.100.7)",
      'Cushman & Wakefield (from 198.51.100.7)',
    ])
  })

  it('reports a wrong type with its row and field', () => {
    const bad = JOHOR.replace(',897,', ',abc,').replace(',2025,', ',20x5,')
    expect(run('x.csv', [HEADER, JOHOR, bad].join('\n')).problems).toEqual([
      "row 3: year: '20x5' is not a four-digit year",
      "row 3: value_mw: 'abc' is not a number",
    ])
  })

  it('names missing columns', () => {
    const { problems } = run('x.csv', 'market,year,value_mw\nJohor,2025,897\n')
    expect(problems[0]).toBe(
      'row 1: missing columns: country, region, period, metric, definition, publisher, report_or_article, url, quote',
    )
  })

  it('reads a byte-order mark, semicolons and quoted commas', () => {
    const semicolons = `\uFEFF${RECORD_COLUMNS.join(';')}\n${SINGAPORE.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).join(';')}`
    const { dataset, problems } = run('excel.csv', semicolons)
    expect(problems).toEqual([])
    expect(dataset?.observations[0]?.definition).toContain('Hyperscale Cloud, Colo, Edge & Telco')
  })

  it('says an empty file or a header without rows is empty', () => {
    expect(run('x.csv', '').problems).toEqual(['the file is empty'])
    expect(run('x.csv', '\uFEFF  \n').problems).toEqual(['the file is empty'])
    expect(run('x.csv', `${HEADER}\n`).problems).toEqual(['the file has a header but no rows'])
  })

  it('refuses a file over the size limit at once, without reading it', () => {
    const big = `${HEADER}\n${`${JOHOR}\n`.repeat(Math.ceil((10 * 1024 * 1024) / JOHOR.length))}`
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024)
    const started = performance.now()
    expect(run('big.csv', big).problems).toEqual([
      `the file is ${(new Blob([big]).size / 1024 / 1024).toFixed(1)} MB; the limit is ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(1)} MB`,
    ])
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('caps how many problems it lists', () => {
    const bad = JOHOR.replace(',897,', ',abc,')
    const { problems } = run('x.csv', [HEADER, ...Array.from({ length: 50 }, () => bad)].join('\n'))
    expect(problems).toHaveLength(21)
    expect(problems.at(-1)).toBe('… and 30 more problems')
  })
})

describe('importUserText: JSON in the dataset format', () => {
  const sea = () => structuredClone(readJson('public/data/sea@2026.11.json')) as any

  it('accepts a dataset file, under a user id, keeping its markets apart from the bundled ones', () => {
    const { dataset, notes } = run('sea.json', JSON.stringify(sea()), new Set(['singapore']))
    expect(dataset?.id).toBe('user-sea')
    expect(dataset?.markets.find((m) => m.name === 'Singapore (yours)')?.id).toBe('singapore-yours')
    expect(notes).toHaveLength(1)
  })

  it("carries a file's own events, kept with its own markets; refuses one of a market it lacks", () => {
    const data = sea()
    const event = {
      market: 'singapore',
      date: '2024-05',
      kind: 'policy',
      title: 'A reader’s event',
      publisher: 'A publisher',
      report: 'A report',
      url: 'https://example.org/report',
      quote: 'the quoted phrase',
    }
    data.events = [event]
    const { dataset } = run('sea.json', JSON.stringify(data), new Set(['singapore']))
    // Renamed with its market: not drawn on the bundled Singapore's line.
    expect(dataset?.events).toEqual([{ ...event, market: 'singapore-yours' }])
    data.events = [{ ...event, market: 'atlantis' }]
    const refused = run('sea.json', JSON.stringify(data))
    expect(refused.dataset).toBeUndefined()
    expect(refused.problems.join(' ')).toMatch(/atlantis/)
  })

  it('reports each problem with its record and field', () => {
    const data = sea()
    data.observations[3].value = 'lots'
    const { problems, dataset } = run('sea.json', JSON.stringify(data))
    expect(dataset).toBeUndefined()
    expect(problems[0]).toMatch(/^observation 4 \(.+\): value: /)
  })

  it('says what is wrong with text that is not JSON or not a dataset', () => {
    expect(run('x.json', '{"schema": ').problems[0]).toMatch(/^not valid JSON: /)
    expect(run('x.json', '[1,2,3]').problems).toEqual([
      'not a Megawatt Atlas dataset: it has no "schema": "megawatt-atlas/dataset@1" field',
    ])
  })
})

describe('the example files in public/examples', () => {
  it('load as they are, their markets kept apart from the bundled ones', async () => {
    const { readFileSync } = await import('node:fs')
    const bundled = new Set(['tokyo', 'sydney', 'hong-kong', 'japan'])
    for (const name of ['my-figures.csv', 'my-dataset.json']) {
      const result = run(name, readFileSync(`public/examples/${name}`, 'utf8'), bundled)
      expect(result.problems, name).toEqual([])
      expect(
        result.dataset?.markets.every((m) => m.id.endsWith('-yours')),
        name,
      ).toBe(true)
    }
  })
})

describe('importUserText: how far a long import is', () => {
  it('counts the rows read every 2,000 rows, then says the format check is under way', () => {
    const rows = Array.from({ length: 4500 }, (_, i) => (i % 2 ? JOHOR : SINGAPORE))
    const heard: unknown[] = []
    const { dataset } = importUserText(
      'long.csv',
      [HEADER, ...rows].join('\n'),
      none,
      '2026-11-28',
      undefined,
      (progress) => heard.push(progress),
    )
    expect(dataset?.observations).toHaveLength(4500)
    expect(heard).toEqual([
      { stage: 'rows', done: 0, total: 4500 },
      { stage: 'rows', done: 2000, total: 4500 },
      { stage: 'rows', done: 4000, total: 4500 },
      { stage: 'format' },
    ])
  })

  it('a file refused for its rows never reaches the format check', () => {
    const heard: string[] = []
    importUserText(
      'bad.csv',
      [HEADER, JOHOR.replace(',897,', ',abc,')].join('\n'),
      none,
      '2026-11-28',
      undefined,
      (progress) => heard.push(progress.stage),
    )
    expect(heard).toEqual(['rows'])
  })
})

describe('names that are also the names of what every object inherits', () => {
  it('a market named "Constructor" (or "toString", or "__proto__") is read like any other', () => {
    for (const name of ['Constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const row = SINGAPORE.replace(
        'Singapore,Singapore,Southeast Asia,',
        `${name},Singapore,Southeast Asia,`,
      )
      const { dataset, problems } = run('objects.csv', [HEADER, row].join('\n'))
      expect(problems, name).toEqual([])
      expect(dataset?.markets.map((m) => m.name)).toEqual([`${name} (yours)`])
      expect(dataset?.markets[0]?.members, name).toBeUndefined()
    }
  })
})

describe('every name from a reader’s file or a link says whose it is', () => {
  const json = (extra: object) =>
    JSON.stringify({
      ...(readJson('public/examples/my-dataset.json') as object),
      ...extra,
    })

  it('a market of a reader’s file named like a bundled one is marked, never a second bare name', () => {
    const { dataset } = run(
      'mine.csv',
      [HEADER, SINGAPORE.replace('Singapore,Singapore,', 'Singapore,Singapore,')].join('\n'),
      new Set(['singapore']),
    )
    expect(dataset?.markets.map((m) => [m.id, m.name])).toEqual([
      ['singapore-yours', 'Singapore (yours)'],
    ])
    const renamed = run('mine.csv', [HEADER, JOHOR].join('\n'))
    expect(renamed.dataset?.markets.map((m) => m.name)).toEqual(['Johor (yours)'])
    expect(renamed.dataset?.sources.map((s) => s.publisher)).toEqual(["Moody's Ratings (yours)"])
  })

  it('a claim in a link’s data carries its host in its claimant and its reporter', () => {
    const base = readJson('public/examples/my-dataset.json') as { markets: Array<{ id: string }> }
    const market = base.markets[0]?.id as string
    const claim = {
      id: 'fake-claim',
      claimant: 'JLL',
      reportedBy: 'The Wall Street Journal',
      date: '2025-01-01',
      url: 'https://example.org/claim',
      statement: 'Five thousand megawatts',
      groups: [{ name: 'A', markets: [market] }],
      metric: 'operational',
      value: 5000,
      unit: 'MW',
      quote: 'five thousand',
      quoteUrl: 'https://example.org/claim',
    }
    const { dataset, problems } = importUserText(
      'track.json',
      json({ claims: [claim] }),
      none,
      '2026-12-05',
      '198.51.100.7',
    )
    expect(problems).toEqual([])
    expect(dataset?.claims?.map((c) => [c.claimant, c.reportedBy])).toEqual([
      ['JLL (from 198.51.100.7)', 'The Wall Street Journal (from 198.51.100.7)'],
    ])
  })
})

describe("a link's data beside the reader's own file", () => {
  it('never joins the reader’s market of the same id: it takes the next free one, named by its host', () => {
    const { dataset, notes } = importUserText(
      'track.csv',
      [HEADER, SINGAPORE].join('\n'),
      new Set(['singapore', 'singapore-yours']),
      '2026-12-05',
      '198.51.100.7',
    )
    expect(dataset?.markets.map((m) => [m.id, m.name])).toEqual([
      ['singapore-yours-2', 'Singapore (from 198.51.100.7)'],
    ])
    expect(notes.join(' ')).toContain("'singapore-yours-2'")
  })
})

describe('a file of more markets than a chart can draw', () => {
  it('is refused with the count and the limit, before anything is kept', () => {
    const rows = Array.from({ length: 501 }, (_, i) =>
      SINGAPORE.replace('Singapore,Singapore,', `Market ${i},Singapore,`),
    )
    const { dataset, problems } = run('crowded.csv', [HEADER, ...rows].join('\n'))
    expect(dataset).toBeUndefined()
    expect(problems).toEqual([
      'it holds 501 markets; a file may hold 500, so that every chart stays readable and quick',
    ])
    expect(run('enough.csv', [HEADER, ...rows.slice(0, 500)].join('\n')).problems).toEqual([])
  })
})

describe('two markets of one file under one name', () => {
  it('are told apart by their ids, in every place a name is shown', () => {
    const base = readJson('public/examples/my-dataset.json') as {
      markets: Array<{ id: string; name: string }>
    }
    const [first, second] = base.markets
    if (!first || !second) throw new Error('the example holds two markets')
    const markets = base.markets.map((m, i) => (i < 2 ? { ...m, name: 'Singapore' } : m))
    const { dataset, problems } = run('twins.json', JSON.stringify({ ...base, markets }))
    expect(problems).toEqual([])
    expect(dataset?.markets.slice(0, 2).map((m) => m.name)).toEqual([
      `Singapore (yours, ${first.id})`,
      `Singapore (yours, ${second.id})`,
    ])
  })
})
