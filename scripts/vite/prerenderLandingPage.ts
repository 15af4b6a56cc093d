import type { Plugin } from 'vite'

/**
 * Draws the landing into the built index.html (scripts/prerenderLanding.mjs), once the build is
 * written: its first chart shows at first paint. PRERENDER=0 skips the drawing (the app's loads
 * are still deferred to public/landing-check.js, which starts only the opening view's).
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
      const { prerenderLanding } = await import('../prerenderLanding.mjs')
      await prerenderLanding(outDir, { draw: process.env.PRERENDER !== '0' })
    },
  }
}
