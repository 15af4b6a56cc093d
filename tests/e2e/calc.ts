/**
 * A file opened by LibreOffice Calc (headless), read back cell by cell with the type Calc gave
 * each cell: from its flat OpenDocument export (office:value-type: string, float, date, ...).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'

export type CalcCell = { type: string; text: string; value?: string; formula?: string }

const xmlText = (s: string) =>
  s
    .replace(/<text:s( text:c="(\d+)")?\/>/g, (_, __, n) => ' '.repeat(Number(n ?? 1)))
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&')

/** Every sheet's rows of cells, as Calc read `bytes` (a CSV with `filter`'s options, or XLSX). */
export function readByCalc(
  bytes: Buffer,
  dir: string,
  name: 'export.csv' | 'export.xlsx',
  filter?: string,
): CalcCell[][][] {
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/${name}`, bytes)
  execFileSync('soffice', [
    '--headless',
    `-env:UserInstallation=file://${dir}/profile`,
    ...(filter ? [`--infilter=${filter}`] : []),
    '--convert-to',
    'fods',
    '--outdir',
    dir,
    `${dir}/${name}`,
  ])
  const xml = readFileSync(`${dir}/${name.replace(/\.\w+$/, '.fods')}`, 'utf8')
  return [...xml.matchAll(/<table:table [^>]*>([\s\S]*?)<\/table:table>/g)].map(([, sheet]) =>
    [...(sheet ?? '').matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)]
      .map(([, row]) => {
        const cells: CalcCell[] = []
        for (const [, attributes = '', body = ''] of (row ?? '').matchAll(
          /<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
        )) {
          const repeated = Number(/number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1)
          const type = /office:value-type="(\w+)"/.exec(attributes)?.[1] ?? 'empty'
          const value =
            /office:(?:date-)?value="([^"]+)"/.exec(attributes)?.[1] ??
            /office:string-value="([^"]+)"/.exec(attributes)?.[1]
          const formula = /table:formula="([^"]+)"/.exec(attributes)?.[1]
          const text = [...body.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
            .map(([, p]) => xmlText(p ?? ''))
            .join('\n')
          const cell: CalcCell = {
            type,
            text,
            ...(value ? { value } : {}),
            ...(formula ? { formula: xmlText(formula) } : {}),
          }
          // A trailing run of empty cells is the sheet's padding, not data.
          for (let i = 0; i < Math.min(repeated, 64); i++) cells.push(cell)
        }
        while (cells.at(-1)?.type === 'empty') cells.pop()
        return cells
      })
      .filter((cells) => cells.length > 0),
  )
}
