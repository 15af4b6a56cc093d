import { describe, expect, it } from 'vitest'
import { collate } from '../../../src/lib/collate'
import { bundledDatasets } from '../../helpers/bundledData'

const sign = (n: number) => Math.sign(n)

function strings(seed: number, count: number, alphabet: string): string[] {
  let s = seed
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
      alphabet.charAt(Math.floor(next() * alphabet.length)),
    ).join(''),
  )
}

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')

describe('collate orders as localeCompare does', () => {
  it('every pair of printable characters', () => {
    for (const a of PRINTABLE)
      for (const b of PRINTABLE)
        expect(sign(collate(a, b)), `${a} ${b}`).toBe(sign(a.localeCompare(b)))
  })

  it('random names, mostly letters, with spaces, digits, punctuation and case', () => {
    const some = strings(3, 3000, `aAbBkKzZ  09()-+,.'${PRINTABLE}`)
    for (let i = 1; i < some.length; i++) {
      const [a, b] = [some[i - 1] as string, some[i] as string]
      expect(sign(collate(a, b)), `${a} | ${b}`).toBe(sign(a.localeCompare(b)))
    }
  })

  it('names beyond ASCII as well (through localeCompare)', () => {
    const names = ['Zürich', 'Zurich', 'São Paulo', 'Sydney', 'Ōsaka', 'Osaka', 'İzmir']
    for (const a of names)
      for (const b of names) expect(sign(collate(a, b))).toBe(sign(a.localeCompare(b)))
  })

  it('sorts the bundled markets and publishers as localeCompare does', () => {
    const names = bundledDatasets().flatMap((d) => [
      ...d.markets.map((m) => m.name),
      ...d.sources.map((s) => s.publisher),
    ])
    expect([...names].sort(collate)).toEqual([...names].sort((a, b) => a.localeCompare(b)))
  })
})
