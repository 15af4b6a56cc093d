import { describe, expect, it } from 'vitest'
import { madeOnExport } from '../../../src/export/madeOnExport'
import { clipText, cutText, encodeText } from '../../../src/lib/wholeText'
import { escapeXml, xmlSafe, xmlSafeData } from '../../../src/lib/xmlText'

describe('text XML can hold', () => {
  it('drops the controls XML forbids, keeps tab, newline and return, and mends half characters', () => {
    expect(xmlSafe('Se\u0000oul\u0007')).toBe('Seoul')
    expect(xmlSafe('a\tb\nc\rd')).toBe('a\tb\nc\rd')
    expect(xmlSafe('A\uD83D')).toBe('A\uFFFD')
    expect(xmlSafe('\u{1F600}')).toBe('\u{1F600}')
    expect(escapeXml('<Se\u0000oul & "co">')).toBe('&lt;Seoul &amp; &quot;co&quot;&gt;')
  })

  it('cleans every string of parsed data, keys too, and leaves numbers alone', () => {
    expect(xmlSafeData({ name: 'Se\u0000oul', list: ['a\u0001', 3], 'k\u0002': null })).toEqual({
      name: 'Seoul',
      list: ['a', 3],
      k: null,
    })
  })

  it("an export's spec is cleaned before any file is written from it", async () => {
    const spec = await madeOnExport({
      text: { title: 'Se\u0000oul', summary: '', source: '' },
      legend: [],
      rows: [],
    } as unknown as Parameters<typeof madeOnExport>[0])
    expect(spec.text.title).toBe('Seoul')
  })
})

describe('text cut and encoded by whole characters', () => {
  it('cuts by what a reader counts as a character', () => {
    expect(cutText('ab\u{1F600}\u{1F600}', 3)).toBe('ab\u{1F600}')
    expect(cutText('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301e\u0301')
    expect(clipText('abc', 3)).toBe('abc')
    expect(clipText('abcd', 3)).toBe('abc…')
  })

  it('percent-encodes half a character instead of throwing', () => {
    expect(() => encodeURIComponent('a\uD83D')).toThrow(URIError)
    expect(encodeText('a\uD83D')).toBe('a%EF%BF%BD')
  })
})
