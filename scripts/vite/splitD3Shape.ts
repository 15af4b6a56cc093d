import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * d3-shape is one module file, so the bundler keeps in it every export any chunk uses: the
 * ranking, which only stacks bars, carried the line and symbol code of the other views (~4 kB
 * gzip) because they share that module. Recharts' line and symbol shapes get their own copy of
 * the module instead (d3-shape has no state to share), and each copy keeps only what it is used
 * for.
 */
export function splitD3Shape(): Plugin {
  const SHAPES = /recharts[\\/]es6[\\/](shape[\\/](Curve|Symbols)|fill[\\/]RechartsFill)\.js$/
  const SUFFIX = '?shapes'
  return {
    name: 'megawatt-atlas:split-d3-shape',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== 'victory-vendor/d3-shape' || !importer || !SHAPES.test(importer)) return
      const d3 = await this.resolve('d3-shape', importer, { skipSelf: true })
      return d3 ? `${d3.id}${SUFFIX}` : undefined
    },
    load(id) {
      if (id.endsWith(SUFFIX)) return readFileSync(id.slice(0, -SUFFIX.length), 'utf8')
    },
  }
}
