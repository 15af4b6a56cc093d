import { describe, expect, it } from 'vitest'
import { datasetSchema } from '../../../src/data/schema'
import { describeSchemaProblems } from '../../../src/data/schemaProblems'
import { readJson } from '../../helpers/bundledData'

const sea = () => structuredClone(readJson('public/data/sea@2026.11.json')) as any

function problemsOf(input: unknown): string[] {
  const result = datasetSchema.safeParse(input)
  return result.success ? [] : describeSchemaProblems(result.error, input)
}

describe('dataset schema', () => {
  it('accepts the bundled file', () => {
    expect(problemsOf(sea())).toEqual([])
  })

  it('names the record and the field of a wrong value', () => {
    const data = sea()
    const index = data.observations.findIndex(
      (o: any) => o.market === 'singapore' && o.value === 1002,
    )
    data.observations[index].value = '1,002'
    const [problem] = problemsOf(data)
    expect(problem).toMatch(
      new RegExp(
        `^observation ${index + 1} \\(singapore, operational 2025, record row 222\\): value: `,
      ),
    )
  })

  it('rejects an observation whose market or source the file does not hold', () => {
    const data = sea()
    data.observations[0].market = 'atlantis'
    data.observations[1].source = 'nobody'
    const problems = problemsOf(data)
    expect(problems).toContainEqual(
      expect.stringMatching(/^observation 1 .*: market: market 'atlantis' is not in markets$/),
    )
    expect(problems).toContainEqual(
      expect.stringMatching(/^observation 2 .*: source: source 'nobody' is not in sources$/),
    )
  })

  it('rejects a negative figure and an unknown metric', () => {
    const data = sea()
    data.observations[0].value = -5
    data.observations[2].metric = 'capacity'
    const problems = problemsOf(data).join('\n')
    expect(problems).toMatch(/^observation 1 .*: value: must not be negative$/m)
    expect(problems).toMatch(/^observation 3 .*: metric: /m)
  })

  it('rejects a vacancy given in MW', () => {
    const data = sea()
    const vacancy = data.observations.findIndex((o: any) => o.metric === 'vacancy_pct')
    data.observations[vacancy].unit = 'MW'
    expect(problemsOf(data)).toEqual([
      expect.stringMatching(/: unit: unit of vacancy_pct must be %$/),
    ])
  })

  it('rejects a parent market that the file does not hold', () => {
    const data = sea()
    data.markets.find((m: any) => m.id === 'johor').parent = 'malaya'
    expect(problemsOf(data)).toEqual([
      expect.stringMatching(/^market \d+ \(johor\): parent: parent 'malaya' is not in markets$/),
    ])
  })

  it('rejects another format version, saying which one it reads', () => {
    const data = sea()
    data.schema = 'megawatt-atlas/dataset@9'
    expect(problemsOf(data)).toEqual(['schema: must be "megawatt-atlas/dataset@1"'])
  })

  it('caps the list of problems so a broken file does not flood the page', () => {
    const data = sea()
    for (const o of data.observations) o.value = 'x'
    const problems = problemsOf(data)
    expect(problems).toHaveLength(21)
    expect(problems.at(-1)).toBe(`… and ${data.observations.length - 20} more problems`)
  })
})
