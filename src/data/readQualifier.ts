import { ownEntry } from '../lib/ownKey'
import type { Qualifier } from './schema'

/**
 * Reads from a source's quoted phrase whether it words a number as a bound or an estimate:
 * "over 1,000 MW" -> at_least, "nearly 650MW" -> at_most, "around 845 MW" -> about.
 * Only the words right before the mention of this very value count, so in "rise to about
 * 1 gigawatt from 350 megawatts" the 350 is unqualified.
 */
export type QualifierReading = { found: false } | { found: true; qualifier: Qualifier | undefined }

// English first, then the languages of the record's quotes (its notes list them): German,
// Italian, Spanish, French, Dutch, Polish, Indonesian and Vietnamese.
const AT_LEAST = [
  'just over',
  'over',
  'more than',
  'exceeding',
  'in excess of',
  'surpassed',
  'surpass',
  'crossed the',
  'at least',
  'just above',
  'above',
  'gut',
  'über',
  'mehr als',
  'oltre',
  'oltre i',
  'più di',
  'más de',
  'plus de',
  'meer dan',
  'ruim',
  'ponad',
  'przekroczyła',
  'przekroczył',
  'lebih dari',
  'hơn',
]
const AT_MOST = [
  'just under',
  'under',
  'sub-',
  'nearing',
  'nearly',
  'almost',
  'less than',
  'below',
  'up to',
  'a maximum of',
  'fast',
  'knapp',
  'quasi',
  'casi',
  'hasta',
  'presque',
  'bijna',
  'prawie',
  'hampir',
  'gần',
]
const ABOUT = [
  'approximately',
  'an estimated',
  'estimated at',
  'estimated',
  'roughly',
  'around',
  'about',
  'close to',
  'some',
  'circa',
  'c.',
  'ca.',
  '~',
  'rund',
  'etwa',
  'ungefähr',
  'alrededor de',
  'cerca de',
  'environ',
  'ongeveer',
  'około',
  'ok.',
  'sekitar',
  'khoảng',
]

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 }

// A number as any of the record's languages prints it (1,025 / 1.189 / 2,2 / 54.25 / one / a),
// optionally followed by a unit.
const MENTION =
  /(\d+(?:[.,]\d+)*|\b(?:a|an|one|two|three)\b)\s*(gigawatts?|gw|megawatts?|megavatios?|mw|wm|%|per ?cent|procent|prozent|persen)?/giu

/**
 * The values a printed number can stand for: "1,025" is 1025 in English; "1.189" is 1189 where
 * the dot groups thousands (German, Vietnamese) and "2,2" is 2.2 where the comma is the decimal
 * mark. Where neither reading fits ("1,2,3"), none: such a string is no figure.
 */
export function numberReadings(text: string): number[] {
  const readings = new Set<number>()
  for (const [group, decimal] of [
    [',', '.'],
    ['.', ','],
  ] as const) {
    const [whole = '', fraction, ...rest] = text.split(decimal)
    if (rest.length > 0) continue
    const [first = '', ...more] = whole.split(group)
    const groups = [first, ...more]
    const grouped = more.length === 0 || (first.length <= 3 && more.every((g) => g.length === 3))
    if (!grouped || groups.some((g) => g === '')) continue
    readings.add(Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`))
  }
  return [...readings].filter(Number.isFinite)
}

type Mention = { index: number; end: number; valuesMw: number[]; unit: 'gw' | 'mw' | '%' | '' }

function mentions(quote: string): Mention[] {
  const found: Mention[] = []
  for (const match of quote.matchAll(MENTION)) {
    const [whole, numberText = '', unitText = ''] = match
    const lower = numberText.toLowerCase()
    const word = ownEntry(WORD_NUMBERS, lower)
    const isWord = word !== undefined
    const unitLower = unitText.toLowerCase().replace(/\s/g, '')
    const unit: Mention['unit'] = unitLower.startsWith('g')
      ? 'gw'
      : unitLower.startsWith('m') || unitLower === 'wm'
        ? 'mw'
        : unitLower === ''
          ? ''
          : '%'
    // "a" or "one" only counts as a number when a unit follows ("a gigawatt").
    if (isWord && unit === '') continue
    const numbers = word !== undefined ? [word] : numberReadings(numberText)
    found.push({
      index: match.index ?? 0,
      end: (match.index ?? 0) + whole.length,
      valuesMw: numbers.map((n) => (unit === 'gw' ? n * 1000 : n)),
      unit,
    })
  }
  return found
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

function endsWithPhrase(before: string, phrases: string[]): boolean {
  return phrases.some((phrase) => {
    if (!before.endsWith(phrase)) return false
    const charBefore = before[before.length - phrase.length - 1]
    return charBefore === undefined || !/\p{L}/u.test(charBefore)
  })
}

/**
 * `market` (a name) settles which mention is meant when a quote gives the same number twice:
 * in "Frankfurt (1000 megawatts) and Amsterdam (sub-1000 megawatts)" Amsterdam's is the one after
 * its name.
 */
export function readQualifier(
  quote: string,
  value: number,
  unit: 'MW' | '%',
  market?: string,
): QualifierReading {
  const candidates = mentions(quote).filter(
    (m) =>
      (unit === '%' ? m.unit === '%' || m.unit === '' : m.unit !== '%') &&
      m.valuesMw.some((v) => sameNumber(v, value)),
  )
  // Prefer a mention that carries a unit; a bare number ("Singapore | 985 | 0.99") is the fallback.
  const withUnit = candidates.filter((m) => m.unit !== '')
  const matches = withUnit.length > 0 ? withUnit : candidates
  const named = market ? quote.toLowerCase().indexOf(market.toLowerCase()) : -1
  const match = (named >= 0 && matches.find((m) => m.index > named)) || matches[0]
  if (!match) return { found: false }
  const before = quote.slice(0, match.index).toLowerCase().replace(/\s+/g, ' ').trimEnd()
  const after = quote.slice(match.end)
  if (endsWithPhrase(before, AT_LEAST) || after.startsWith('+'))
    return { found: true, qualifier: 'at_least' }
  if (endsWithPhrase(before, AT_MOST)) return { found: true, qualifier: 'at_most' }
  if (endsWithPhrase(before, ABOUT)) return { found: true, qualifier: 'about' }
  // "150MW to 400MW": the lower end of a range is a lower bound ("from 46MW to 169MW" is a change).
  if (/^\s*(?:to|-|–)\s*\d/.test(after) && !/\bfrom$/.test(before))
    return { found: true, qualifier: 'at_least' }
  return { found: true, qualifier: undefined }
}
