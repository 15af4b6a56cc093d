import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * The map's d3-geo uses a few d3-array helpers that Recharts' scales use too: shared, they became
 * a chunk of their own that every chart view loaded (+0.6 kB on the first view). The map gets
 * its own copy of d3-array's modules instead (stateless functions), so the first view's chunks
 * stay as they were.
 */
export function ownD3ArrayForTheMap(): Plugin {
  const SUFFIX = '?map'
  return {
    name: 'megawatt-atlas:own-d3-array-for-the-map',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return
      const fromGeo = source === 'd3-array' && /[\\/]node_modules[\\/]d3-geo[\\/]/.test(importer)
      const inCopy = importer.endsWith(SUFFIX) && source.startsWith('.')
      if (!fromGeo && !inCopy) return
      const base = inCopy ? importer.slice(0, -SUFFIX.length) : importer
      const resolved = await this.resolve(source, base, { skipSelf: true })
      return resolved ? `${resolved.id}${SUFFIX}` : undefined
    },
    load(id) {
      if (id.endsWith(SUFFIX)) return readFileSync(id.slice(0, -SUFFIX.length), 'utf8')
    },
  }
}
