import type { Qualifier } from './schema'

/**
 * Reads from a source's quoted phrase whether it words a number as a bound or an estimate:
 * "over 1,000 MW" -> at_least, "nearly 650MW" -> at_most, "around 845 MW" -> about.
 * Only the words right before the mention of this very value count, so in "rise to about
 * 1 gigawatt from 350 megawatts" the 350 is unqualified.
 */
export type QualifierReading = { found: false } | { found: true; qualifier: Qualifier | undefined }

const AT_LEAST = [
  'just over',
  'over',
  'more than',
  'exceeding',
  'in excess of',
  'surpassed',
  'surpass',
  'at least',
  'just above',
  'above',
  'lebih dari',
  'plus de',
]
const AT_MOST = [
  'just under',
  'under',
  'nearing',
  'nearly',
  'almost',
  'hampir',
  'less than',
  'below',
  'up to',
  'presque',
]
const ABOUT = [
  'approximately',
  'an estimated',
  'estimated',
  'roughly',
  'around',
  'about',
  'some',
  'circa',
  'c.',
  'ca.',
  'environ',
  '~',
]

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 }

// A number (1,025 / 1.4 / 54.25 / one / a) optionally followed by a unit.
const MENTION =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:a|an|one|two|three)\b)\s*(gigawatts?|gw|megawatts?|mw|wm|%|per ?cent|procent)?/gi

type Mention = { index: number; end: number; valueMw: number; unit: 'gw' | 'mw' | '%' | '' }

function mentions(quote: string): Mention[] {
  const found: Mention[] = []
  for (const match of quote.matchAll(MENTION)) {
    const [whole, numberText = '', unitText = ''] = match
    const lower = numberText.toLowerCase()
    const isWord = lower in WORD_NUMBERS
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
    const number = isWord ? (WORD_NUMBERS[lower] as number) : Number(numberText.replace(/,/g, ''))
    found.push({
      index: match.index ?? 0,
      end: (match.index ?? 0) + whole.length,
      valueMw: unit === 'gw' ? number * 1000 : number,
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
    return charBefore === undefined || !/[a-z]/.test(charBefore)
  })
}

export function readQualifier(quote: string, value: number, unit: 'MW' | '%'): QualifierReading {
  const all = mentions(quote)
  const candidates = all.filter((m) =>
    unit === '%' ? m.unit === '%' || m.unit === '' : m.unit !== '%',
  )
  // Prefer a mention that carries a unit; a bare number ("Singapore | 985 | 0.99") is the fallback.
  const match =
    candidates.find((m) => m.unit !== '' && sameNumber(m.valueMw, value)) ??
    candidates.find((m) => m.unit === '' && sameNumber(m.valueMw, value))
  if (!match) return { found: false }
  const before = quote.slice(0, match.index).toLowerCase().replace(/\s+/g, ' ').trimEnd()
  if (endsWithPhrase(before, AT_LEAST)) return { found: true, qualifier: 'at_least' }
  if (endsWithPhrase(before, AT_MOST)) return { found: true, qualifier: 'at_most' }
  if (endsWithPhrase(before, ABOUT)) return { found: true, qualifier: 'about' }
  // "150MW to 400MW": the lower end of a range is a lower bound ("from 46MW to 169MW" is a change).
  const after = quote.slice(match.end)
  if (/^\s*(?:to|-|–)\s*\d/.test(after) && !/\bfrom$/.test(before))
    return { found: true, qualifier: 'at_least' }
  return { found: true, qualifier: undefined }
}
