/** Writing CSV that spreadsheets read safely. */

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage
 * return) gets a leading apostrophe, the OWASP advice for CSV injection.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** Rows of cells -> RFC 4180 text with CRLF line ends; every cell neutralised. */
export function toCsv(rows: Array<Array<string | number | undefined>>): string {
  return `${rows.map((row) => row.map((cell) => quote(neutralise(cell === undefined ? '' : String(cell)))).join(',')).join('\r\n')}\r\n`
}
