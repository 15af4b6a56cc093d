import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/lib/csv'
import { neutralise, toCsv } from '../../../src/lib/csvWrite'

describe('neutralise', () => {
  it('defuses every cell a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralise(cell)).toBe(`'${cell}`)
    for (const cell of ['1,002', 'Cushman & Wakefield', '', 'a=b'])
      expect(neutralise(cell)).toBe(cell)
  })
})

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and reads back to the same cells', () => {
    const rows = [
      ['market', 'quote'],
      ['Johor', 'With around 897 megawatts (MW), "installed"'],
      ['Paris', 'line one\nline two'],
    ]
    const text = toCsv(rows)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(parseCsv(text).map((r) => r.cells)).toEqual(rows)
  })

  it('with semicolons, quotes the cells that hold one and reads back to the same cells', () => {
    const rows = [
      ['market', 'definition'],
      ['Bangkok', 'operational Hyperscale Cloud; excludes Captive & ICT'],
      ['Paris', '611,2'],
    ]
    const text = toCsv(rows, ';')
    expect(text).toContain('"operational Hyperscale Cloud; excludes Captive & ICT"')
    expect(parseCsv(text, ';').map((r) => r.cells)).toEqual(rows)
  })

  it('writes numbers as they are and undefined as empty', () => {
    expect(toCsv([[54.25, undefined, -5]])).toBe("54.25,,'-5\r\n")
  })
})
