/**
 * The committed files in public/data are what the generator makes of the record, and every
 * number in them is one the record gives, with its source.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildRelease } from '../../../scripts/datasetBuild'
import { REGIONS, RELEASE } from '../../../scripts/datasetRelease'
import { isReleased, sha256 } from '../../../scripts/releases'
import { parseCsv } from '../../../src/lib/csv'
import { bundledCatalog, bundledDatasets, ROOT, recordCsvText } from '../../helpers/bundledData'

describe('bundled datasets', () => {
  it('are up to date with the record (run `npm run datasets` after editing the CSV)', () => {
    const files = buildRelease(
      recordCsvText(),
      readFileSync(join(ROOT, 'record', 'claims.csv'), 'utf8'),
      RELEASE,
      REGIONS,
      bundledCatalog(),
      undefined,
      readFileSync(join(ROOT, 'record', 'events.csv'), 'utf8'),
    )
    for (const [name, content] of files) {
      const committed = readFileSync(join(ROOT, 'public', 'data', name), 'utf8')
      expect(committed, `public/data/${name} is out of date`).toBe(content)
    }
  })

  it('never change once published: every file matches the hash recorded when it was released', () => {
    const releases = JSON.parse(
      readFileSync(join(ROOT, 'record', 'releases.json'), 'utf8'),
    ) as Record<string, string>
    const released = readdirSync(join(ROOT, 'public', 'data')).filter(isReleased)
    expect(released).toEqual(expect.arrayContaining(bundledCatalog().datasets.map((d) => d.file)))
    for (const file of released) {
      const content = readFileSync(join(ROOT, 'public', 'data', file), 'utf8')
      expect(sha256(content), `${file} changed after its release`).toBe(releases[file])
    }
  })

  it('hold one dataset per region, listed in the catalog', () => {
    const catalog = bundledCatalog()
    const newest = catalog.datasets.filter((d) => d.version === RELEASE.version)
    expect(newest.map((d) => d.region).sort()).toEqual([
      'asia-pacific-other',
      'europe',
      'southeast-asia',
    ])
    for (const dataset of bundledDatasets()) {
      const entry = newest.find((d) => d.id === dataset.id)
      expect(entry?.markets.map((m) => m.id)).toEqual(
        dataset.markets.filter((m) => m.level !== 'aggregate').map((m) => m.id),
      )
    }
  })

  it('carry every row of the record exactly once, with the value, market and publisher of that row', () => {
    const [header, ...rows] = parseCsv(recordCsvText())
    const col = (name: string) => header?.cells.indexOf(name) ?? -1
    const observations = bundledDatasets().flatMap((d) =>
      d.observations.map((o) => ({
        o,
        source: d.sources.find((s) => s.id === o.source),
        market: d.markets.find((m) => m.id === o.market),
      })),
    )
    expect(observations).toHaveLength(rows.length)
    for (const { o, source, market } of observations) {
      const record = rows.find((r) => r.line === o.row)
      expect(record, `no record row ${o.row}`).toBeDefined()
      const cell = (name: string) => record?.cells[col(name)] ?? ''
      expect(o.value).toBe(Number(cell('value_mw')))
      expect(o.quote).toBe(cell('quote'))
      expect(o.metric).toBe(cell('metric'))
      expect(o.year).toBe(Number(cell('year')))
      expect(source?.publisher).toBe(cell('publisher'))
      expect(source?.url).toBe(cell('url'))
      expect(cell('market').startsWith(market?.name ?? '?')).toBe(true)
      expect(o.note).toBe(cell('note') || undefined)
      expect(o.scope).toBe(cell('scope'))
    }
  })

  it('model a combined market as a total of its members, and put each city inside its country total', () => {
    const [header, ...rows] = parseCsv(recordCsvText())
    const col = (name: string) => header?.cells.indexOf(name) ?? -1
    const countryTotals = new Set(
      rows
        .filter((r) => /\(country\)/.test(r.cells[col('market')] ?? ''))
        .map((r) => r.cells[col('country')]),
    )
    const markets = bundledDatasets().flatMap((d) => d.markets)
    const byName = new Map(markets.map((m) => [m.name, m]))
    const countryOf = new Map(rows.map((r) => [r.cells[col('market')], r.cells[col('country')]]))
    for (const metro of markets.filter((m) => m.level === 'metro')) {
      const country = countryOf.get(metro.name)
      if (country && countryTotals.has(country))
        expect(metro.parent, `${metro.name} inside ${country}`).toBe(byName.get(country)?.id)
    }
    expect(byName.get('Dublin')?.parent).toBe('ireland')
    expect(byName.get('Barcelona')?.parent).toBe('spain')
    const combined = byName.get('Hanoi and Ho Chi Minh City (combined)')
    expect(combined).toMatchObject({ level: 'aggregate', members: ['hanoi', 'ho-chi-minh-city'] })
    expect(bundledCatalog().datasets.flatMap((d) => d.markets.map((m) => m.id))).not.toContain(
      combined?.id,
    )
  })

  it('never list an aggregate such as FLAP-D among the markets a view can draw', () => {
    const europe = bundledDatasets().find((d) => d.id === 'europe')
    const aggregates = europe?.markets.filter((m) => m.level === 'aggregate').map((m) => m.id)
    expect(aggregates).toContain('flap-d-total')
    expect(bundledCatalog().datasets.flatMap((d) => d.markets.map((m) => m.id))).not.toContain(
      'flap-d-total',
    )
  })

  it('carry the 2025 claim with its provenance, groups and the qualifier of its wording', () => {
    const sea = bundledDatasets().find((d) => d.id === 'sea')
    expect(sea?.claims).toEqual([
      expect.objectContaining({
        id: 'sea4-vs-ldn-fra-2025',
        claimant: 'JLL (Jones Lang LaSalle)',
        date: '2025-06-13',
        value: 2000,
        qualifier: 'about',
        metric: 'operational',
        groups: [
          {
            name: 'Southeast Asia (4)',
            markets: ['singapore', 'malaysia', 'thailand', 'indonesia'],
          },
          { name: 'London + Frankfurt', markets: ['london', 'frankfurt'] },
        ],
      }),
    ])
    expect(sea?.claims?.[0]?.reportedBy).toMatch(/^The Wall Street Journal/)
  })
})
