import type { Plugin } from 'vite'

/**
 * Recharts looks its scales up by name in the whole of d3-scale (`import * as`), so every chart
 * carried the time and UTC scales with d3-time and d3-time-format (~6 kB gzip) that no view
 * draws. Recharts gets a d3-scale holding only the scales an axis of ours can ask for: category
 * axes are band (bars) or point (lines), value axes linear or log (the URL's `scale`). A scale
 * name missing here makes Recharts draw no axis, which the browser tests of each view and of
 * `scale=log` would show.
 */
export const DRAWN_SCALES = ['scaleBand', 'scaleLinear', 'scaleLog', 'scalePoint'] as const

export function onlyDrawnScales(): Plugin {
  const ID = '\0megawatt-atlas:drawn-scales'
  return {
    name: 'megawatt-atlas:only-drawn-scales',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      if (source === 'victory-vendor/d3-scale') return ID
    },
    load(id) {
      if (id === ID) return `export { ${DRAWN_SCALES.join(', ')} } from 'd3-scale'\n`
    },
  }
}
