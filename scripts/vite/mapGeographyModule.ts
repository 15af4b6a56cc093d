import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { firstLoadedFiles } from './firstLoadedFiles.ts'

/**
 * `virtual:map-geography`: the country shapes the map's panels show, cut from Natural Earth and
 * simplified here (scripts/mapGeography.ts) so the app never ships the world. The coast around
 * every market the newest datasets place keeps its detail. Only the map's chunk imports it.
 */
export function mapGeographyModule(): Plugin {
  const id = 'virtual:map-geography'
  return {
    name: 'megawatt-atlas:map-geography',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return
      const { mapGeography } = await import('../mapGeography.ts')
      const places = firstLoadedFiles()
        .filter((file) => file !== 'catalog.json')
        .flatMap((file) => {
          const { markets } = JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as {
            markets: Array<{ lat?: number; lon?: number }>
          }
          return markets.flatMap((m) =>
            m.lat !== undefined && m.lon !== undefined ? [[m.lon, m.lat] as const] : [],
          )
        })
      return `export default ${JSON.stringify(mapGeography(places))}`
    },
  }
}
