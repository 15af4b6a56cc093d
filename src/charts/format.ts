/** How numbers, qualifiers, bases and regions read on screen, in charts and in tables. */
import type { Unit } from '../data/metrics'
import type { Basis, Observation, Qualifier } from '../data/schema'
import { formatDay, formatNumber, listNames, t } from '../i18n/locale'
import type { DisplayUnit } from '../view/viewState'

export { formatDay, formatNumber, listNames }

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

// Marks the bundled font has (its Latin subset has no ≥ or ≤): exports never fall back to another font.
const QUALIFIER_MARK: Record<Qualifier, string> = { about: '~', at_least: '>', at_most: '<' }

/** A value with its source's qualifier, as the source words it: "about 1,025 MW", "over 1.9x". */
export function qualified(qualifier: Qualifier | undefined, value: string): string {
  return qualifier ? t(`qualifier.${qualifier}`, { value }) : value
}

/** "over 1,000 MW", as the source words it. */
export function formatFigure(
  o: Pick<Observation, 'value' | 'unit' | 'qualifier'>,
  display: DisplayUnit = 'mw',
): string {
  return qualified(o.qualifier, formatValue(o.value, o.unit, display))
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

/** What the marks on bar labels mean. */
export const qualifierLegend = () => t('qualifier.legend')

export const basisLabel = (basis: Basis) => t(`basis.${basis}`)

/** The bundled regions, in the product's order: Southeast Asia, Europe, the rest of Asia Pacific. */
export const KNOWN_REGIONS = ['southeast-asia', 'europe', 'asia-pacific-other'] as const

export function regionLabel(region: string): string {
  const known = KNOWN_REGIONS.find((r) => r === region)
  return known
    ? t(`region.${known}`)
    : region.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
}
