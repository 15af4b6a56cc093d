/**
 * Zod issues -> sentences that name the record and the field:
 * "observation 12 (singapore, operational 2025, record row 74): value: Expected number".
 */
import type * as z from 'zod/mini'

const MAX_LISTED = 20

function describeRecord(
  input: unknown,
  path: readonly PropertyKey[],
): { label: string; rest: PropertyKey[] } {
  const [collection, index, ...rest] = path
  if (typeof collection !== 'string' || typeof index !== 'number')
    return { label: '', rest: [...path] }
  const root = input && typeof input === 'object' ? (input as Record<string, unknown>) : {}
  const list = root[collection]
  const record = Array.isArray(list)
    ? (list[index] as Record<string, unknown> | undefined)
    : undefined
  const singular = collection.replace(/s$/, '')
  const bits: string[] = []
  if (record && typeof record === 'object') {
    if (collection === 'observations') {
      if (typeof record.market === 'string') bits.push(record.market)
      if (typeof record.metric === 'string')
        bits.push(`${record.metric}${typeof record.year === 'number' ? ` ${record.year}` : ''}`)
      if (typeof record.row === 'number') bits.push(`record row ${record.row}`)
    } else if (typeof record.id === 'string') bits.push(record.id)
  }
  return { label: `${singular} ${index + 1}${bits.length ? ` (${bits.join(', ')})` : ''}`, rest }
}

export function describeSchemaProblems(error: z.core.$ZodError, input: unknown): string[] {
  const lines = error.issues.slice(0, MAX_LISTED).map((issue) => {
    const { label, rest } = describeRecord(input, issue.path)
    const field = rest.map(String).join('.')
    const where = [label, field].filter(Boolean).join(': ')
    return `${where || 'file'}: ${issue.message}`
  })
  if (error.issues.length > MAX_LISTED)
    lines.push(`… and ${error.issues.length - MAX_LISTED} more problems`)
  return lines
}
