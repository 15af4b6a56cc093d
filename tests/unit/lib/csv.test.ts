import { describe, expect, it } from 'vitest'
import { parseCsv, sniffDelimiter } from '../../../src/lib/csv'

const cells = (text: string, delimiter?: string) => parseCsv(text, delimiter).map((r) => r.cells)

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(cells('a,"b, c","say ""hi""","two\nlines"\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
    ])
  })

  it('numbers rows by the line they start on, even after a multi-line field', () => {
    const rows = parseCsv('h1,h2\n"x\ny",1\nz,2\n')
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4])
  })

  it('reads CRLF line ends, a byte-order mark and no final newline', () => {
    expect(cells('\uFEFFa,b\r\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('skips blank lines but keeps empty fields', () => {
    expect(cells('a,,c\n\n,b,\n')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ])
  })

  it('returns no rows for an empty file', () => {
    expect(parseCsv('')).toEqual([])
  })

  it('splits on the delimiter it is given', () => {
    expect(cells('a;"b;c"\n', ';')).toEqual([['a', 'b;c']])
  })
})

describe('sniffDelimiter', () => {
  it('tells semicolon and tab files from comma files by their header', () => {
    expect(sniffDelimiter('market;country;year\nx;y;2024')).toBe(';')
    expect(sniffDelimiter('market\tcountry\n')).toBe('\t')
    expect(sniffDelimiter('market,"a;b",year\n')).toBe(',')
  })
})
