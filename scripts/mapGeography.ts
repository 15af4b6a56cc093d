/**
 * The map's country shapes, cut from Natural Earth (world-atlas, public domain, 1:50m: the 1:110m
 * set drops Singapore) to the countries the panels show, and simplified. Run at build time: the
 * app ships only this, never the world. Each shape's id is its ISO 3166-1 alpha-2 code (read
 * from its name, as the record's countries are), or '' for a shape no code names (it is drawn
 * as land, never with a figure).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { quantize } from 'topojson-client'
import { presimplify, quantile, simplify } from 'topojson-simplify'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { countryCode } from '../src/data/countryCodes.ts'
import { PANELS } from '../src/views/map/mapPanels.ts'

/** Keeps this share of the shapes' points (the smallest triangles go first). */
const KEEP = 0.1

// Natural Earth's short names that Intl's region names spell otherwise.
const NATURAL_EARTH_NAMES: Record<string, string> = {
  'Bosnia and Herz.': 'BA',
  Czechia: 'CZ',
  Macedonia: 'MK',
  'N. Cyprus': '',
  Kosovo: 'XK',
  'Dem. Rep. Korea': 'KP',
  'Lao PDR': 'LA',
  'Timor-Leste': 'TL',
}

type Countries = GeometryCollection<{ name?: string }>

/**
 * `places`: [lon, lat] of the markets drawn as circles. The coast around each keeps its detail
 * (a port city stays on land), as do the smallest countries (Singapore, Luxembourg), whose
 * shapes simplification would otherwise reduce to nothing.
 */
export function mapGeography(places: readonly (readonly [number, number])[]): Topology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json')
  const world = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: Countries }>
  const arcBox = arcBoxes(world)
  const shown = (arcs: number[]) => {
    const box = unionBox(arcs.map((i) => arcBox[i < 0 ? ~i : i] as Box))
    return PANELS.some(
      ({ extent: [w, s, e, n] }) => box[0] < e && box[2] > w && box[1] < n && box[3] > s,
    )
  }
  const geometries = world.objects.countries.geometries.flatMap((g) => {
    // Only the parts a panel shows: France without French Guiana, no Alaska for a Pacific island.
    const polygons: number[][][] =
      g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []
    const kept = polygons.filter((rings) => shown(rings[0] ?? []))
    if (kept.length === 0) return []
    const name = (g.properties as { name?: string } | undefined)?.name ?? ''
    const id = NATURAL_EARTH_NAMES[name] ?? countryCode(name) ?? ''
    return [{ type: 'MultiPolygon' as const, arcs: kept, id }]
  })
  const cut = pruneArcs({
    type: 'Topology',
    transform: world.transform,
    arcs: world.arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  } as Topology)
  // (topojson-simplify's types take topologies without null properties; ours have none.)
  const weighted = presimplify(cut as unknown as Parameters<typeof presimplify>[0])
  protect(weighted as unknown as Topology, places)
  const simple = simplify(weighted, quantile(weighted, KEEP))
  // Back to integers on a grid (about 0.01° here), delta-encoded: what TopoJSON is small for.
  const plain = pruneArcs(dropWeights(simple as unknown as Topology))
  return quantize(plain as unknown as Parameters<typeof quantize>[0], 1e4) as unknown as Topology
}

type Box = [number, number, number, number]

/** Degrees around a market's place, and the size of a country, below which no point is dropped. */
const NEAR_PLACE = 0.6
const SMALL_COUNTRY = 1.5

/** Gives the points to keep an infinite weight (presimplify's third coordinate). */
function protect(t: Topology, places: readonly (readonly [number, number])[]) {
  const arcs = t.arcs as unknown as number[][][]
  const small = new Set<number>()
  for (const g of (t.objects.countries as Countries).geometries) {
    const indexes = arcIndexes(g).map((i) => (i < 0 ? ~i : i))
    const points = indexes.flatMap((i) => arcs[i] ?? [])
    const lons = points.map((p) => p[0] as number)
    const lats = points.map((p) => p[1] as number)
    const size = Math.max(
      Math.max(...lons) - Math.min(...lons),
      Math.max(...lats) - Math.min(...lats),
    )
    if (size < SMALL_COUNTRY) for (const i of indexes) small.add(i)
  }
  arcs.forEach((arc, i) => {
    for (const point of arc) {
      const [lon, lat] = point as [number, number]
      const near = places.some(
        ([x, y]) => Math.abs(x - lon) < NEAR_PLACE && Math.abs(y - lat) < NEAR_PLACE,
      )
      if (near || small.has(i)) point[2] = Number.POSITIVE_INFINITY
    }
  })
}

function unionBox(boxes: Box[]): Box {
  return boxes.reduce<Box>(
    (u, b) => [
      Math.min(u[0], b[0]),
      Math.min(u[1], b[1]),
      Math.max(u[2], b[2]),
      Math.max(u[3], b[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  )
}

/** Each arc's [west, south, east, north] in degrees. */
function arcBoxes(t: Topology): Box[] {
  const [sx, sy] = t.transform?.scale ?? [1, 1]
  const [tx, ty] = t.transform?.translate ?? [0, 0]
  return t.arcs.map((arc) => {
    let x = 0
    let y = 0
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity]
    for (const [dx, dy] of arc) {
      x += dx as number
      y += dy as number
      const lon = x * sx + tx
      const lat = y * sy + ty
      box[0] = Math.min(box[0], lon)
      box[1] = Math.min(box[1], lat)
      box[2] = Math.max(box[2], lon)
      box[3] = Math.max(box[3], lat)
    }
    return box
  })
}

/** presimplify adds each point's weight as a third coordinate: the app has no use for it. */
function dropWeights(t: Topology): Topology {
  const arcs = t.arcs.map((arc) => arc.map(([x, y]) => [x, y] as [number, number]))
  return { ...t, arcs } as Topology
}

function arcIndexes(g: unknown): number[] {
  const arcs = (g as { arcs?: unknown }).arcs
  const flat: number[] = []
  const walk = (x: unknown) => {
    if (typeof x === 'number') flat.push(x)
    else if (Array.isArray(x)) for (const y of x) walk(y)
  }
  walk(arcs)
  return flat
}

/** Drops the arcs no kept geometry uses and renumbers the rest. */
function pruneArcs(t: Topology): Topology {
  const used = new Map<number, number>()
  const geometries = (t.objects.countries as Countries).geometries
  for (const g of geometries) for (const i of arcIndexes(g)) used.set(i < 0 ? ~i : i, -1)
  const kept = [...used.keys()].sort((a, b) => a - b)
  for (const [i, old] of kept.entries()) used.set(old, i)
  const renumber = (x: unknown): unknown =>
    typeof x === 'number'
      ? x < 0
        ? ~(used.get(~x) as number)
        : used.get(x)
      : Array.isArray(x)
        ? x.map(renumber)
        : x
  return {
    ...t,
    arcs: kept.map((i) => t.arcs[i] as Topology['arcs'][number]),
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: geometries.map(
          (g) => ({ ...g, arcs: renumber((g as { arcs: unknown }).arcs) }) as typeof g,
        ),
      },
    },
  }
}
