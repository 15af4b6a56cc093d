/**
 * The map's geography as the build makes it (scripts/mapGeography.ts) against the places the
 * generator wrote into the datasets: every placed market lies inside its own country's shape,
 * and the small countries keep a shape.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoArea, geoContains, geoDistance } from 'd3-geo'
import type { Feature, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { mapGeography } from '../../../scripts/mapGeography'
import { countryCode } from '../../../src/data/countryCodes'
import { bundledDatasets } from '../../helpers/bundledData'

const markets = bundledDatasets().flatMap((d) => d.markets)
const topology = mapGeography(
  markets.flatMap((m) =>
    m.lon !== undefined && m.lat !== undefined ? [[m.lon, m.lat] as const] : [],
  ),
)
const shapes = (
  feature(topology, topology.objects.countries as GeometryCollection) as {
    features: Feature<Geometry>[]
  }
).features
const shapeOf = (code: string) => shapes.filter((f) => f.id === code)

const world = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
)
const naturalEarth = (
  feature(world, world.objects.countries) as unknown as {
    features: Feature<Geometry, { name?: string }>[]
  }
).features
const vertices = (f: Feature<Geometry>): [number, number][] => {
  const g = f.geometry
  const rings =
    g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : []
  return rings.flat() as [number, number][]
}

describe('map geography', () => {
  it('has a shape for the country of every market', () => {
    const countries = [...new Set(markets.flatMap((m) => (m.country ? [m.country] : [])))]
    expect(countries.filter((c) => shapeOf(c).length === 0)).toEqual([])
  })

  it.each(markets.filter((m) => m.lat !== undefined).map((m) => [m.name, m] as const))(
    'places %s inside its own country',
    (_, market) => {
      const point: [number, number] = [market.lon as number, market.lat as number]
      const own = shapeOf(market.country as string)
      if (own.some((f) => geoContains(f, point))) return
      // Natural Earth's 1:50m coast itself puts a few harbour cities' gazetteer points just
      // offshore (Lisbon on the Tagus, Stockholm among its islands): the cut and simplification
      // must not be why, and the point stays within a few kilometres of its own coast.
      const source = naturalEarth.filter(
        (f) => countryCode(f.properties?.name ?? '') === market.country,
      )
      expect(
        source.some((f) => geoContains(f, point)),
        'inside before simplification',
      ).toBe(false)
      const km = Math.min(...own.flatMap(vertices).map((v) => geoDistance(v, point))) * 6371
      expect(km).toBeLessThan(5)
    },
  )

  it('places every city market the gazetteer has (and the city-state Singapore)', () => {
    const unplaced = markets.filter((m) => m.level === 'metro' && m.lat === undefined)
    // Cyberjaya (BMI, 2027.01) is not a GeoNames place of 1,000 people: listed under the map.
    expect(unplaced.map((m) => m.name)).toEqual(['Cyberjaya'])
    expect(markets.find((m) => m.id === 'singapore')?.lat).toBeDefined()
  })

  it('keeps the small countries: Singapore and Luxembourg still have an area', () => {
    for (const code of ['SG', 'LU'])
      expect(shapeOf(code).reduce((sum, f) => sum + geoArea(f), 0)).toBeGreaterThan(0)
  })
})
