import { describe, expect, it } from 'vitest'
import { numberReadings, readQualifier } from '../../../src/data/readQualifier'

// Quotes taken from record/capacity-figures.csv.
const qualifierOf = (quote: string, value: number, unit: 'MW' | '%' = 'MW') => {
  const reading = readQualifier(quote, value, unit)
  return reading.found ? (reading.qualifier ?? 'none') : 'not found'
}

describe('readQualifier', () => {
  it('reads lower bounds: over, more than, surpass, exceeding, just above, lebih dari', () => {
    expect(qualifierOf('London, with more than 1GW of IT capacity', 1000)).toBe('at_least')
    expect(
      qualifierOf('surpass 1,000 megawatts (MW) or 1 gigawatt (GW) of operational capacity', 1000),
    ).toBe('at_least')
    expect(qualifierOf('with a total IT load capacity exceeding 2.5 gigawatts', 2500)).toBe(
      'at_least',
    )
    expect(qualifierOf('Indonesia with just above 1.1 GW planned capacity', 1100)).toBe('at_least')
    expect(qualifierOf('London leads in data center inventory with just over one GW', 1000)).toBe(
      'at_least',
    )
    expect(
      qualifierOf('Paris and Frankfurt now both have over a gigawatt of total IT supply', 1000),
    ).toBe('at_least')
    expect(qualifierOf('dengan pasokan masing-masing lebih dari 500MW', 500)).toBe('at_least')
  })

  it('reads upper bounds: under, nearly, almost, nearing, hampir', () => {
    expect(
      qualifierOf('operational market in these three locales is Bangkok at under 40 megaw', 40),
    ).toBe('at_most')
    expect(
      qualifierOf('The current built-out capacity of the market was nearly 650MW in 2022', 650),
    ).toBe('at_most')
    expect(qualifierOf('aggregate capacity rising 75.1 percent YoY to almost 3.4GW', 3400)).toBe(
      'at_most',
    )
    expect(qualifierOf('with the latter nearing 1500MW', 1500)).toBe('at_most')
    expect(
      qualifierOf('Jakarta sendiri memiliki hampir 400MW pasokan yang sedang dibangun', 400),
    ).toBe('at_most')
    expect(
      qualifierOf(
        'Frankfurt now has over 2.5 gigawatts of total IT supply, with just under 2,670MW',
        2670,
      ),
    ).toBe('at_most')
  })

  it('reads estimates: about, around, approximately, some, an estimated', () => {
    expect(qualifierOf('With around 897 megawatts (MW) of installed capacity', 897)).toBe('about')
    expect(qualifierOf('an estimated 1.0 gigawatt (GW) of installed capacity', 1000)).toBe('about')
    expect(qualifierOf('Manila has approximately 163.81 MW of IT capacity', 163.81)).toBe('about')
    expect(
      qualifierOf('some 139MW of colocation capacity has been leased in Dublin to date', 139),
    ).toBe('about')
  })

  it('looks only at the words right before this value, not at other numbers in the quote', () => {
    expect(qualifierOf('rise to about 1 gigawatts in 2027 from 350 megawatts in 2024', 350)).toBe(
      'none',
    )
    expect(qualifierOf('more than three times the current 157 MW', 157)).toBe('none')
    expect(qualifierOf('more than 210 per cent from the current 430 megawatts', 430)).toBe('none')
    expect(qualifierOf('rose from 1.8 GW in 2019 to 3.6 GW in 2025', 3600)).toBe('none')
  })

  it('reads the low end of a range as a lower bound, but not the start of a change', () => {
    expect(
      qualifierOf(
        'The government aims to produce 150MW to 400MW data center capacity overall',
        150,
      ),
    ).toBe('at_least')
    expect(qualifierOf('planned capacity increased by 177%, from 186MW to 515MW', 186)).toBe('none')
  })

  it('matches percentages only against percentages', () => {
    expect(
      qualifierOf(
        'a drop in vacancy rates from 24% in H2 2024 to 16% by the end of H1 2025',
        16,
        '%',
      ),
    ).toBe('none')
    expect(
      qualifierOf('The vacancy rate in Singapore is the lowest, at 1.65 per cent', 1.65, '%'),
    ).toBe('none')
    expect(qualifierOf('Singapore | 985 | 0.99', 985)).toBe('none')
  })

  it('says when the value does not appear in the quote at all', () => {
    expect(qualifierOf('London remains the largest market with a total of 902MW', 920)).toBe(
      'not found',
    )
    expect(qualifierOf('vacancy of 9%', 9)).toBe('not found')
  })

  it('reads numbers as the source prints them: 1.189 and 1,189, 2,2 GW and 2.2 GW', () => {
    // Record rows 288 (German), 270 (German), 489 (Vietnamese), 340 (German).
    const london =
      'London bleibt mit 1.189 Megawatt (MW) in Betrieb und weiteren 1.678 MW in der Pipeline'
    expect(qualifierOf(london, 1189)).toBe('none')
    expect(qualifierOf(london, 1678)).toBe('none')
    expect(
      qualifierOf('Davon entfallen 2,2 GW beziehungsweise 72 Prozent auf Frankfurt', 2200),
    ).toBe('none')
    expect(qualifierOf('Singapore (1.198 MW)', 1198)).toBe('none')
    // The English reading still holds: "1.4 gigawatts" is 1,400 MW (row 75).
    expect(qualifierOf('the existing 1.4 gigawatts of computing capacity', 1400)).toBe('none')
  })

  it('still refuses a quote that does not hold the value in any reading', () => {
    expect(qualifierOf('London bleibt mit 1.189 Megawatt (MW) in Betrieb', 1.19)).toBe('not found')
    expect(qualifierOf('Davon entfallen 2,2 GW auf Frankfurt', 22)).toBe('not found')
    expect(qualifierOf('Davon entfallen 2,2 GW auf Frankfurt', 2000)).toBe('not found')
    expect(qualifierOf('Singapore (1.198 MW)', 1.198)).toBe('none')
    expect(numberReadings('1,2,3')).toEqual([])
    expect(numberReadings('1.025')).toEqual([1.025, 1025])
  })

  it('reads bounds and estimates in the languages of the record', () => {
    // Rows 405 (Polish), 372 (Polish), 335 (German), 445 (Indonesian), 456 and 457 (Vietnamese),
    // 416 (Italian), 383 (Spanish).
    expect(qualifierOf('Ponad 250 MW przypadało na Zurych, 241 MW na Johannesburg', 250)).toBe(
      'at_least',
    )
    expect(qualifierOf('Ponad 250 MW przypadało na Zurych, 241 MW na Johannesburg', 241)).toBe(
      'none',
    )
    expect(
      qualifierOf('łączna moc komercyjnych centrów danych w Polsce przekroczyła 200 MW', 200),
    ).toBe('at_least')
    expect(qualifierOf('So betrug der Umsatz im ersten Quartal etwa 45 Megawatt (MW)', 45)).toBe(
      'about',
    )
    expect(qualifierOf('sementara saat ini baru mencapai sekitar 500 MW', 500)).toBe('about')
    expect(qualifierOf('tại Hà Nội và TP.HCM chỉ đạt khoảng 60 MW', 60)).toBe('about')
    expect(qualifierOf('una capacità installata complessiva di circa 300 MW', 300)).toBe('about')
    expect(qualifierOf('una proyección de crecimiento de hasta 361 MW', 361)).toBe('at_most')
    // The words the record's notes list, on made-up sentences of the same shape.
    expect(qualifierOf('gut 1.000 MW', 1000)).toBe('at_least')
    expect(qualifierOf('oltre 500 MW', 500)).toBe('at_least')
    expect(qualifierOf('más de 1,2 GW', 1200)).toBe('at_least')
    expect(qualifierOf('fast 2,1 GW', 2100)).toBe('at_most')
    expect(qualifierOf('rund 1.100 MW', 1100)).toBe('about')
  })

  it('reads "140 MW+" as a lower bound and "sub-1000" as an upper one', () => {
    // Rows 484 and 313.
    expect(qualifierOf('(140 MW+) are in traditional powerhouse markets', 140)).toBe('at_least')
    const quote =
      'Dublin, meanwhile, has around 1,100 megawatts in these three states, followed by Frankfurt (1000 megawatts) and Amsterdam (sub-1000 megawatts)'
    const reading = (market: string) => readQualifier(quote, 1000, 'MW', market)
    expect(reading('Amsterdam')).toEqual({ found: true, qualifier: 'at_most' })
    expect(reading('Frankfurt')).toEqual({ found: true, qualifier: undefined })
  })
})
