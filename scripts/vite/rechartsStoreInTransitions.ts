import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

/**
 * Recharts reads its chart store through `use-sync-external-store/shim/with-selector`; its
 * import is pointed at src/charts/store/storeSelectionInTransitions.ts, which renders the
 * store's changes in transitions (why: that module's comment). Only Recharts' import: nothing
 * else of ours reads a store that way.
 */
export function rechartsStoreInTransitions(): Plugin {
  const HOOKS = /recharts[\\/](es6|lib)[\\/]state[\\/]hooks\.js$/
  const target = resolve(
    dirname(fileURLToPath(import.meta.url)),
    '../../src/charts/store/storeSelectionInTransitions.ts',
  )
  return {
    name: 'megawatt-atlas:recharts-store-in-transitions',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        source === 'use-sync-external-store/shim/with-selector' &&
        importer &&
        HOOKS.test(importer)
      )
        return target
    },
  }
}
