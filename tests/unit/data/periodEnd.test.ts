import { describe, expect, it } from 'vitest'
import { periodEnd } from '../../../src/data/periodEnd'

describe('periodEnd', () => {
  it('ends quarters, halves and months on their last day', () => {
    expect(periodEnd('Q3 2022', 2022)).toBe('2022-09-30')
    expect(periodEnd('H1 2025', 2025)).toBe('2025-06-30')
    expect(periodEnd('H2 2024', 2024)).toBe('2024-12-31')
    expect(periodEnd('Feb 2024', 2024)).toBe('2024-02-29')
    expect(periodEnd('12 months to Q3 2025', 2025)).toBe('2025-09-30')
  })

  it('reads the record’s looser wordings', () => {
    expect(periodEnd('end-2025 / early 2026', 2025)).toBe('2025-12-31')
    expect(periodEnd('mid-2025', 2025)).toBe('2025-06-30')
    expect(periodEnd('c. Mar 2025 (Maybank Securities note; date inferred)', 2025)).toBe(
      '2025-03-31',
    )
    expect(periodEnd('2024 (Moody’s note, c. Jul 2024)', 2024)).toBe('2024-07-31')
  })

  it('gives only the year when the wording names no date within it', () => {
    expect(periodEnd('2022', 2022)).toBe('2022')
    expect(periodEnd('report c. 2024 (date not shown)', 2024)).toBe('2024')
    // The 2026 article date is not the period of a 2025 figure.
    expect(periodEnd('2025 (projection cited in Apr 2026 article)', 2025)).toBe('2025')
  })

  it('sorts a year-only date before every date within that year', () => {
    const dates = ['2025-06-30', '2025', '2024-12-31', '2025-01-31'].sort()
    expect(dates).toEqual(['2024-12-31', '2025', '2025-01-31', '2025-06-30'])
  })
})
