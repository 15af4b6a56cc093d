/** record/claims.csv -> claim records of the dataset format. */
import { readGroups } from '../src/data/groups'
import { readQualifier } from '../src/data/readQualifier'
import type { Claim } from '../src/data/schema'
import { say } from '../src/i18n/locale'
import { parseCsv } from '../src/lib/csv'

const COLUMNS = [
  'id',
  'claimant',
  'reported_by',
  'date',
  'url',
  'statement',
  'groups',
  'value_mw',
  'quote',
  'quote_source_url',
]

export function readClaimsCsv(text: string): Claim[] {
  const [header, ...rows] = parseCsv(text)
  const names = header?.cells.map((c) => c.trim()) ?? []
  const missing = COLUMNS.filter((c) => !names.includes(c))
  if (missing.length > 0) throw new Error(`claims.csv: missing columns ${missing.join(', ')}`)
  return rows.map(({ line, cells }) => {
    const cell = (name: string) => (cells[names.indexOf(name)] ?? '').trim()
    const value = Number(cell('value_mw'))
    const { groups, problems } = readGroups(cell('groups'), (n) => `Group ${n}`)
    if (problems.length > 0)
      throw new Error(`claims.csv row ${line}: groups: ${problems.map(say).join('; ')}`)
    // The claim's own wording ("about 2,000 MW") decides its qualifier; the summary's quote is the fallback.
    const reading = [cell('statement'), cell('quote')]
      .map((text) => readQualifier(text, value, 'MW'))
      .find((r) => r.found)
    if (!reading)
      throw new Error(
        `claims.csv row ${line}: the value ${value} appears in neither statement nor quote`,
      )
    const claim: Claim = {
      id: cell('id'),
      claimant: cell('claimant'),
      reportedBy: cell('reported_by'),
      date: cell('date'),
      url: cell('url'),
      statement: cell('statement'),
      groups,
      // "data-center capacity" in the statement: capacity in operation.
      metric: 'operational',
      value,
      unit: 'MW',
      quote: cell('quote'),
      quoteUrl: cell('quote_source_url'),
    }
    if (reading.found && reading.qualifier) claim.qualifier = reading.qualifier
    return claim
  })
}
