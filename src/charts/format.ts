/** How numbers, qualifiers, bases and regions read on screen, in charts and in tables. */
import type { Unit } from '../data/metrics'
import type { Basis, Observation, Qualifier } from '../data/schema'

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 })

export function formatNumber(value: number): string {
  return number.format(value)
}

export function formatValue(value: number, unit: Unit): string {
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`
}

const QUALIFIER_WORD: Record<Qualifier, string> = {
  about: 'about',
  at_least: 'over',
  at_most: 'up to',
}
const QUALIFIER_MARK: Record<Qualifier, string> = { about: '~', at_least: '≥', at_most: '≤' }

/** "over 1,000 MW", as the source words it. */
export function formatFigure(o: Pick<Observation, 'value' | 'unit' | 'qualifier'>): string {
  const text = formatValue(o.value, o.unit)
  return o.qualifier ? `${QUALIFIER_WORD[o.qualifier]} ${text}` : text
}

/** "≥1,000": for bar labels, where words do not fit. */
export function formatFigureShort(o: Pick<Observation, 'value' | 'unit' | 'qualifier'>): string {
  const text = o.unit === '%' ? `${formatNumber(o.value)}%` : formatNumber(o.value)
  return o.qualifier ? `${QUALIFIER_MARK[o.qualifier]}${text}` : text
}

export const QUALIFIER_LEGEND = '~ about · ≥ at least (“over”) · ≤ at most (“under”, “nearly”)'

export const BASIS_LABEL: Record<Basis, string> = {
  it_load: 'IT load',
  total_power: 'total power',
  not_stated: 'basis not stated',
}

const REGION_LABEL: Record<string, string> = {
  'southeast-asia': 'Southeast Asia',
  europe: 'Europe',
  'asia-pacific-other': 'Asia Pacific (other)',
}

export function regionLabel(region: string): string {
  return REGION_LABEL[region] ?? region.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
}

/** Joins names as a sentence does: "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
