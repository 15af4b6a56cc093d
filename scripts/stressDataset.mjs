/**
 * A synthetic stress catalog for the benchmark: 200 markets x 10 years x 6 metrics x 5 sources
 * = 60,000 observations in the dataset format, split over four regional files. Made at bench
 * time, never committed, never shown as real data (every market is "Stress market N").
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const METRICS = [
  'operational',
  'under_construction',
  'planned',
  'total_supply',
  'take_up',
  'vacancy_pct',
]
const REGIONS = ['southeast-asia', 'europe', 'asia-pacific-other', 'stress-region']
const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i)

export function writeStressData(dir) {
  mkdirSync(dir, { recursive: true })
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const catalog = { schema: 'megawatt-atlas/catalog@1', datasets: [] }
  let total = 0
  REGIONS.forEach((region, r) => {
    const markets = Array.from({ length: 50 }, (_, i) => {
      const n = r * 50 + i + 1
      return {
        id: `stress-${n}`,
        name: `Stress market ${n}`,
        country: 'SG',
        region,
        level: 'metro',
      }
    })
    const sources = Array.from({ length: 5 }, (_, s) => ({
      id: `publisher-${r}-${s}`,
      publisher: `Publisher ${s + 1}`,
      title: `Synthetic report ${s + 1}`,
      url: `https://example.org/report-${s + 1}`,
    }))
    const observations = []
    for (const m of markets)
      for (const metric of METRICS)
        for (const year of YEARS)
          for (const s of sources) {
            const pct = metric === 'vacancy_pct'
            observations.push({
              market: m.id,
              metric,
              year,
              period: `H${1 + Math.floor(random() * 2)} ${year}`,
              asOf: `${year}-0${1 + Math.floor(random() * 9)}-28`,
              value: Math.round(random() * (pct ? 30 : 2000) * 10) / 10,
              unit: pct ? '%' : 'MW',
              basis: 'it_load',
              source: s.id,
              quote: 'synthetic',
            })
          }
    total += observations.length
    const id = `stress${r}`
    writeFileSync(
      join(dir, `${id}@1.json`),
      JSON.stringify({
        schema: 'megawatt-atlas/dataset@1',
        id,
        title: `Stress ${r}`,
        region,
        version: '1',
        published: '2026-01-01',
        markets,
        sources,
        observations,
      }),
    )
    catalog.datasets.push({
      id,
      title: `Stress ${r}`,
      region,
      version: '1',
      file: `${id}@1.json`,
      published: '2026-01-01',
      markets: markets.map((m) => ({ id: m.id, name: m.name, level: m.level })),
    })
  })
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(catalog))
  return total
}

/**
 * A user's large CSV in the record's columns, for the import row of the benchmark: 50 markets x
 * 20 years x 5 metrics x 5 publishers = 25,000 rows, 4.98 MB, just under the 5 MiB an import accepts.
 * Every market is "Import test market N", never real data.
 */
export function writeImportCsv(file) {
  const header =
    'market,country,region,year,period,metric,value_mw,definition,publisher,report_or_article,url,quote,note'
  const lines = [header]
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  for (let m = 1; m <= 50; m++)
    for (let year = 2006; year < 2026; year++)
      for (const metric of METRICS.slice(0, 5))
        for (let p = 1; p <= 5; p++) {
          const value = Math.round(20 + random() * 900)
          const market = `Import test market ${m}`
          lines.push(
            [
              market,
              'Singapore',
              'Southeast Asia',
              year,
              `H2 ${year}`,
              metric,
              value,
              `${metric.replace('_', ' ')} (IT load)`,
              `Test publisher ${p}`,
              `Report ${year}`,
              `https://example.org/${year}/${p}/${m}`,
              `${market} had ${value} MW`,
              'synthetic',
            ].join(','),
          )
        }
  const text = `${lines.join('\n')}\n`
  writeFileSync(file, text)
  return { rows: lines.length - 1, bytes: Buffer.byteLength(text) }
}
