import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { combineDatasets } from '../../../src/data/atlasData'
import type { Dataset } from '../../../src/data/schema'
import { importUserText } from '../../../src/import/userData'

const record = readFileSync('record/capacity-figures.csv', 'utf8').split('\n')
const header = record[0] as string
/** A record row of a market, as a reader's file holds it. */
const rowOf = (market: string) => record.find((line) => line.startsWith(`${market},`)) as string

const imported = (name: string, text: string) => {
  const { dataset, problems } = importUserText(name, text, new Set(), '2026-12-06')
  expect(problems).toEqual([])
  return dataset as Dataset
}

/** The same dataset as a JSON file whose market has another id under the same name. */
const underAnotherId = (dataset: Dataset, from: string, to: string): string =>
  JSON.stringify({
    ...dataset,
    id: 'second',
    markets: dataset.markets.map((m) => (m.id === from ? { ...m, id: to } : m)),
    observations: dataset.observations.map((o) => (o.market === from ? { ...o, market: to } : o)),
  })

describe('markets of several files on one chart', () => {
  it('two reader files with a market of the same name under different ids: each names its id', () => {
    const first = imported('first.csv', `${header}\n${rowOf('Johor')}\n`)
    const second = imported('second.json', underAnotherId(first, 'johor', 'jhr'))
    expect(first.markets.map((m) => m.name)).toEqual(['Johor (yours)'])
    expect(second.markets.map((m) => m.name)).toEqual(['Johor (yours)'])
    const names = [...combineDatasets([first, second]).markets.values()].map((m) => m.name)
    expect(names.sort()).toEqual(['Johor (yours, jhr)', 'Johor (yours, johor)'])
  })

  it('names only one market has are left as they are', () => {
    const first = imported('first.csv', `${header}\n${rowOf('Johor')}\n`)
    const second = imported('second.csv', `${header}\n${rowOf('Singapore')}\n`)
    const names = [...combineDatasets([first, second]).markets.values()].map((m) => m.name)
    expect(names.sort()).toEqual(['Johor (yours)', 'Singapore (yours)'])
  })
})
