import type { Plugin } from 'vite'
import { firstLoadedFiles } from './firstLoadedFiles.ts'

/**
 * Preloads the catalog and the newest version of each bundled dataset from index.html, so the
 * data downloads while the scripts do instead of after them. Relative hrefs resolve against the
 * page, as the app's own fetches do, so the browser reuses the responses under any sub-path.
 */
export function preloadData(): Plugin {
  return {
    name: 'megawatt-atlas:preload-data',
    transformIndexHtml() {
      return firstLoadedFiles().map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }))
    },
  }
}
