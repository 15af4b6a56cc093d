/** Writing CSV that spreadsheets read safely. */

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage
 * return) gets a leading apostrophe, the OWASP advice for CSV injection.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

/** A cell written as it is, without quotes: a number in the file's dialect, an ISO date. */
export type BareCell = { bare: string }
export type CsvCell = string | number | BareCell | undefined

function quote(cell: string, separator: string): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

function write(cell: CsvCell, separator: string): string {
  if (cell === undefined) return ''
  if (typeof cell === 'number') return quote(neutralise(String(cell)), separator)
  if (typeof cell === 'object') return quote(neutralise(cell.bare), separator)
  // Text is always quoted: a spreadsheet told to keep quoted fields as text (Calc's "Format
  // quoted field as text") then never reads "Oct 2025" as a date or a period "2025" as a number.
  return `"${neutralise(cell).replace(/"/g, '""')}"`
}

/**
 * Rows of cells -> RFC 4180 text with CRLF line ends; every cell neutralised, text quoted,
 * numbers and bare cells not. `separator` is ',' or, for spreadsheets set to a decimal comma
 * (Excel in Brazil), ';'.
 */
export function toCsv(rows: CsvCell[][], separator = ','): string {
  return `${rows.map((row) => row.map((cell) => write(cell, separator)).join(separator)).join('\r\n')}\r\n`
}
