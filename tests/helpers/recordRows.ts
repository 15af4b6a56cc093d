/**
 * The record's rows read straight from record/capacity-figures.csv, by a parser of the tests' own
 * (RFC 4180: quoted fields, doubled quotes), so a test's expectations never come from the code
 * it checks.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export type RecordRow = Record<string, string>

export function recordRows(): RecordRow[] {
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', 'record', 'capacity-figures.csv'),
    'utf8',
  )
  const [header = [], ...body] = parseRows(text)
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])))
}

/** A market as the app names it: the record's name without "(country)". */
export const shownName = (row: RecordRow) => (row.market ?? '').replace(/\s*\(country\)\s*/, '')

/** Rows of a total of several markets (FLAP-D, "… (combined)"): never drawn as a market. */
export const isTotal = (row: RecordRow) =>
  row.country === 'Multiple' || /\((?:total|combined|.*markets)\b/i.test(row.market ?? '')

/** RFC 4180 text (quoted fields, doubled quotes, CRLF or LF) -> rows of cells; blank lines dropped. */
export function parseRows(text: string, separator = ','): string[][] {
  const lines: string[][] = []
  let field = ''
  let line: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === separator) {
      line.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      line.push(field)
      lines.push(line)
      field = ''
      line = []
    } else field += c
  }
  if (field !== '' || line.length > 0) lines.push([...line, field])
  return lines.filter((l) => l.some((cell) => cell !== ''))
}
