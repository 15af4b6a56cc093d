import type { Plugin } from 'vite'

/**
 * Draws the landing into the built index.html (scripts/prerenderLanding.mjs), once the build is
 * written: its first chart shows at first paint. PRERENDER=0 skips it.
 */
export function prerenderLandingPage(): Plugin {
  let outDir = 'dist'
  return {
    name: 'megawatt-atlas:prerender-landing',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async closeBundle() {
      if (process.env.PRERENDER === '0') return
      const { prerenderLanding } = await import('../prerenderLanding.mjs')
      await prerenderLanding(outDir)
    },
  }
}
