/** How numbers, qualifiers, bases and regions read on screen, in charts and in tables. */
import type { Unit } from '../data/metrics'
import type { Basis, Observation, Qualifier } from '../data/schema'
import type { DisplayUnit } from '../view/viewState'

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 4 })

/** Thousands separators; never rounds a published figure (54.25 stays 54.25). */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** A value in MW (or %) as the user reads it: MW, or GW when chosen (1,002 MW = 1.002 GW). */
export function toDisplay(value: number, unit: Unit, display: DisplayUnit): number {
  return unit === 'MW' && display === 'gw' ? value / 1000 : value
}

export function unitLabel(unit: Unit, display: DisplayUnit): string {
  return unit === '%' ? '%' : display === 'gw' ? 'GW' : 'MW'
}

export function formatValue(value: number, unit: Unit, display: DisplayUnit = 'mw'): string {
  const shown = formatNumber(toDisplay(value, unit, display))
  return unit === '%' ? `${shown}%` : `${shown} ${unitLabel(unit, display)}`
}

const QUALIFIER_WORD: Record<Qualifier, string> = {
  about: 'about',
  at_least: 'over',
  at_most: 'up to',
}
// Marks the bundled font has (its Latin subset has no ≥ or ≤): exports never fall back to another font.
const QUALIFIER_MARK: Record<Qualifier, string> = { about: '~', at_least: '>', at_most: '<' }

export function qualifierWord(qualifier: Qualifier | undefined): string {
  return qualifier ? `${QUALIFIER_WORD[qualifier]} ` : ''
}

/** "over 1,000 MW", as the source words it. */
export function formatFigure(
  o: Pick<Observation, 'value' | 'unit' | 'qualifier'>,
  display: DisplayUnit = 'mw',
): string {
  return `${qualifierWord(o.qualifier)}${formatValue(o.value, o.unit, display)}`
}

/** ">1,000": for bar labels, where words do not fit. */
export function formatFigureShort(
  o: Pick<Observation, 'value' | 'unit' | 'qualifier'>,
  display: DisplayUnit = 'mw',
): string {
  const shown = formatNumber(toDisplay(o.value, o.unit, display))
  const text = o.unit === '%' ? `${shown}%` : shown
  return o.qualifier ? `${QUALIFIER_MARK[o.qualifier]}${text}` : text
}

export const QUALIFIER_LEGEND = '~ about · > at least (“over”) · < at most (“under”, “nearly”)'

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

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "2025-06-13" -> "13 June 2025". */
export function formatDay(isoDay: string): string {
  return dateFormat.format(new Date(`${isoDay}T00:00:00Z`))
}
