import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { firstLoadedFiles } from './firstLoadedFiles.ts'

/**
 * `virtual:bundled-data-digests`: the SHA-256 of the catalog and the newest datasets, so the app
 * can tell a file that arrives exactly as built (checked by the generator) from one that must
 * pass the schema at run time (src/data/checkData.ts). An earlier release, opened only by a
 * pinned link, is checked: the list does not grow with every release.
 */
export function bundledDataDigests(): Plugin {
  const id = 'virtual:bundled-data-digests'
  return {
    name: 'megawatt-atlas:bundled-data-digests',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return
      const digests = Object.fromEntries(
        firstLoadedFiles().map((file) => [
          file,
          createHash('sha256')
            .update(readFileSync(`public/data/${file}`))
            .digest('hex'),
        ]),
      )
      return `export default ${JSON.stringify(digests)}`
    },
  }
}
