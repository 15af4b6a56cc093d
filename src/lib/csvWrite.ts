/** Writing CSV that spreadsheets read safely. */

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage
 * return) gets a leading apostrophe, the OWASP advice for CSV injection.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

function quote(cell: string, separator: string): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/**
 * Rows of cells -> RFC 4180 text with CRLF line ends; every cell neutralised. `separator` is ','
 * or, for spreadsheets set to a decimal comma (Excel in Brazil), ';'.
 */
export function toCsv(rows: Array<Array<string | number | undefined>>, separator = ','): string {
  return `${rows.map((row) => row.map((cell) => quote(neutralise(cell === undefined ? '' : String(cell)), separator)).join(separator)).join('\r\n')}\r\n`
}
