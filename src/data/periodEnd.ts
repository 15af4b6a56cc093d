/**
 * The end of the period a source's wording names, for ordering figures within a year:
 * "H1 2025" -> 2025-06-30, "1Q25" -> 2025-03-31, "c. Mar 2025" -> 2025-03-31,
 * "end-2025 / early 2026" -> 2025-12-31. When the wording gives only the year (or a date
 * in another year, such as a report's publication date), the result is just "YYYY".
 * As strings, "2025" sorts before every "2025-MM-DD": a figure dated only by year counts as
 * older than one dated within that year.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function fullYear(text: string): number {
  const n = Number(text)
  return text.length === 2 ? 2000 + n : n
}

type Candidate = { index: number; year: number; month: number }

const PATTERNS: Array<{
  re: RegExp
  read: (m: RegExpMatchArray) => { year: number; month: number }
}> = [
  {
    re: /\bQ([1-4])\s*(\d{4})\b/gi,
    read: (m) => ({ year: fullYear(m[2] as string), month: Number(m[1]) * 3 }),
  },
  {
    re: /\b([1-4])Q\s*(\d{2}|\d{4})\b/gi,
    read: (m) => ({ year: fullYear(m[2] as string), month: Number(m[1]) * 3 }),
  },
  {
    re: /\bH([12])\s*(\d{4})\b/gi,
    read: (m) => ({ year: fullYear(m[2] as string), month: Number(m[1]) * 6 }),
  },
  {
    re: /\b([12])H\s*(\d{2}|\d{4})\b/gi,
    read: (m) => ({ year: fullYear(m[2] as string), month: Number(m[1]) * 6 }),
  },
  {
    re: /\b(?:end|late|year-end)[- ]+(\d{4})\b/gi,
    read: (m) => ({ year: Number(m[1]), month: 12 }),
  },
  { re: /\bmid[- ]+(\d{4})\b/gi, read: (m) => ({ year: Number(m[1]), month: 6 }) },
  {
    re: /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/gi,
    read: (m) => ({
      year: Number(m[2]),
      month: MONTHS.indexOf((m[1] as string).toLowerCase()) + 1,
    }),
  },
]

export function periodEnd(period: string, year: number): string {
  const candidates: Candidate[] = []
  for (const { re, read } of PATTERNS) {
    for (const match of period.matchAll(re))
      candidates.push({ index: match.index ?? 0, ...read(match) })
  }
  candidates.sort((a, b) => a.index - b.index)
  const first = candidates.find((c) => c.year === year)
  return first ? monthEnd(first.year, first.month) : String(year)
}
