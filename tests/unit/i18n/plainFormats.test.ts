import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../src/i18n/langs'
import { plainFormats } from '../../../src/i18n/plainFormats'

// A seeded generator: the same numbers every run, many more than a list written by hand.
function numbers(seed: number, count: number): number[] {
  let s = seed
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
  return Array.from({ length: count }, () => {
    const magnitude = 10 ** Math.floor(next() * 10)
    const decimals = Math.floor(next() * 7)
    const value = Number((next() * magnitude).toFixed(decimals))
    return next() < 0.2 ? -value : value
  })
}

const awkward = [0, -0, 1, -1, 1.5, 0.5, 2, 999, 1000, 1001, 54.25, 1.23456, 1e21, 1e-7]
const extremes = [Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, 2 ** 60]

describe.each(LANGS)('plain formats in %s write what Intl writes', (lang) => {
  const plain = plainFormats(lang)
  const region = lang === 'en' ? 'en-GB' : lang

  it('numbers, exact to four decimals, grouped', () => {
    const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 })
    for (const value of [...awkward, ...extremes, ...numbers(7, 4000)])
      expect(plain.number(value), String(value)).toBe(intl.format(value))
  })

  it('singular and plural', () => {
    const intl = new Intl.PluralRules(lang)
    for (const count of [...awkward, ...numbers(11, 2000)])
      expect(plain.one(count), String(count)).toBe(intl.select(count) === 'one')
  })

  it('lists with "and" and "or"', () => {
    const names = ['Singapore', 'Johor', 'London', 'Frankfurt', 'Jakarta', 'Bangkok']
    for (const [joiner, type] of [
      ['and', 'conjunction'],
      ['or', 'disjunction'],
    ] as const) {
      const intl = new Intl.ListFormat(region, { type })
      for (let n = 0; n <= names.length; n++)
        expect(plain.list(names.slice(0, n), joiner)).toBe(intl.format(names.slice(0, n)))
    }
  })

  it('days', () => {
    const intl = new Intl.DateTimeFormat(region, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    for (let time = Date.UTC(2018, 0, 1); time < Date.UTC(2028, 0, 1); time += 86_400_000 * 3) {
      const iso = new Date(time).toISOString().slice(0, 10)
      expect(plain.day(iso), iso).toBe(intl.format(new Date(time)))
    }
  })

  it('months and years, as precise as an event is dated', () => {
    const intl = new Intl.DateTimeFormat(region, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    for (let month = 0; month < 12 * 10; month++) {
      const date = new Date(Date.UTC(2018, month, 1))
      const iso = date.toISOString().slice(0, 7)
      expect(plain.day(iso), iso).toBe(intl.format(date))
    }
    expect(plain.day('2019')).toBe('2019')
  })
})

it('a day it cannot read is shown as written', () => {
  expect(plainFormats('en').day('2025-13-01')).toBe('2025-13-01')
})
