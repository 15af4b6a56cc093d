/** How numbers, qualifiers, bases and regions read on screen, in charts and in tables. */
import { type BoundReading, roundReading } from '../data/bounds'
import { marketKind } from '../data/marketLevel'
import type { Unit } from '../data/metrics'
import type { Basis, Market, Observation, Qualifier, Scope } from '../data/schema'
import { formatDay, formatNumber, listNames, t } from '../i18n/locale'
import { en } from '../i18n/messages.en'
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

/**
 * A number made from figures, said as its bounds allow: "at least about 1,845 MW", "at most
 * 0.83x", "0.79x to 0.83x". `show` writes one number with its unit.
 */
export function formatReading(r: BoundReading, show: (value: number) => string): string {
  switch (r.kind) {
    case 'exact':
      return r.about ? t('bound.about', { value: show(r.value) }) : show(r.value)
    case 'at_least':
      if (r.mixed) return t('bound.mixed', { value: show(r.value) })
      return t(r.about ? 'bound.at_least_about' : 'bound.at_least', { value: show(r.value) })
    case 'at_most':
      return t(r.about ? 'bound.at_most_about' : 'bound.at_most', { value: show(r.value) })
    case 'range':
      return t(r.about ? 'bound.range_about' : 'bound.range', {
        low: show(r.low),
        high: show(r.high),
      })
    case 'none':
      return t('bound.none')
  }
}

/** A ratio between two totals, rounded to hundredths in the direction its bound allows. */
export function formatRatioReading(r: BoundReading): string {
  return formatReading(roundReading(r, 0.01), (value) => `${formatNumber(value)}x`)
}

/** What the marks on bar labels mean. */
export const qualifierLegend = () => t('qualifier.legend')

export const basisLabel = (basis: Basis) => t(`basis.${basis}`)

/** A market's name, marked where it is a country's total: "Germany (country)"; "Singapore". */
export function marketLabel(market: Pick<Market, 'name' | 'level' | 'lat'>): string {
  return marketKind(market) === 'country'
    ? t('market.countryName', { name: market.name })
    : market.name
}

/**
 * A name the record gives in English that begins with a bundled region's English name ("Southeast
 * Asia (4)", a dataset titled "Europe"), in the page's language ("Sudeste Asiático (4)"). Any
 * other name (a group a reader named, a reader's dataset) is kept as written.
 */
export function regionalName(name: string): string {
  for (const region of KNOWN_REGIONS) {
    const english = en[`region.${region}`]
    if (name === english || name.startsWith(`${english} (`))
      return regionLabel(region) + name.slice(english.length)
  }
  return name
}

/** What a figure counts, in words: "colocation", "colocation and hyperscale", "scope not stated". */
export const scopeLabel = (scope: Scope) => t(`scope.${scope}`)

/** The bundled regions, in the product's order: Southeast Asia, Europe, the rest of Asia Pacific. */
export const KNOWN_REGIONS = ['southeast-asia', 'europe', 'asia-pacific-other'] as const

export function regionLabel(region: string): string {
  const known = KNOWN_REGIONS.find((r) => r === region)
  return known
    ? t(`region.${known}`)
    : region.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
}
