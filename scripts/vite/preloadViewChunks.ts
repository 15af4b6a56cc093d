import { readFileSync } from 'node:fs'
import type { Plugin, Rolldown } from 'vite'

/**
 * Every view is a lazy chunk (the URL decides which one opens). Naming a view's chunks as
 * modulepreloads in index.html lets them download with the entry script instead of after it has
 * run: that second round trip (a third for the chunks the view's chunk imports) stood before
 * every first chart. Each chunk only some views need carries `data-views`, the views that need
 * it: public/landing-check.js preloads only the opening view's (a map link does not download the
 * chart library; the landing does not download the map). The app's mount chunk is needed by
 * every address.
 */
export function preloadViewChunks(): Plugin {
  return {
    name: 'megawatt-atlas:preload-view-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return []
        const chunks = new Map<string, Rolldown.OutputChunk>()
        for (const c of Object.values(bundle)) if (c.type === 'chunk') chunks.set(c.fileName, c)
        const closure = (chunk: Rolldown.OutputChunk, seen = new Set<string>()) => {
          for (const name of chunk.imports) {
            const next = chunks.get(name)
            if (next && !seen.has(name)) {
              seen.add(name)
              closure(next, seen)
            }
          }
          return seen
        }
        const entry = [...chunks.values()].find((c) => c.isEntry)
        if (!entry) return []
        const inHtml = closure(entry).add(entry.fileName)
        const views = viewChunks(chunks)
        const app = [...chunks.values()].find((c) =>
          /[\\/]src[\\/]app[\\/]mountApp\.tsx$/.test(c.facadeModuleId ?? ''),
        )
        const needs = new Map<string, Set<string>>()
        for (const [view, chunk] of views)
          for (const name of [...closure(chunk).add(chunk.fileName), ...wordChunks(view, chunks)])
            if (!inHtml.has(name)) needs.set(name, (needs.get(name) ?? new Set()).add(view))
        const forApp = app ? [...closure(app).add(app.fileName)].filter((n) => !inHtml.has(n)) : []
        const everyView = (name: string) =>
          forApp.includes(name) || needs.get(name)?.size === views.size
        const links = [
          // What every view needs first (the mount chunk and what it imports), then the chunks
          // most views share, then each view's own.
          ...forApp,
          ...[...needs.keys()].sort(
            (a, b) => (needs.get(b)?.size ?? 0) - (needs.get(a)?.size ?? 0),
          ),
        ].filter((name, i, all) => all.indexOf(name) === i)
        return links.map((name) => ({
          tag: 'link',
          attrs: {
            rel: 'modulepreload',
            crossorigin: '',
            href: `./${name}`,
            ...(!everyView(name)
              ? { 'data-views': [...(needs.get(name) ?? [])].sort().join(' ') }
              : {}),
          },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}

/**
 * The chunks of the English words a view loads with its code (src/views/index.ts: withWords,
 * withLandingWords). locale.ts imports them only as the view's code is asked for: named here, they
 * download with it, not a round trip after it.
 */
function wordChunks(view: string, chunks: Map<string, Rolldown.OutputChunk>): string[] {
  const registry = readFileSync('src/views/index.ts', 'utf8')
  const parts: string[] = []
  for (const m of registry.matchAll(
    /(withLandingWords|withWords)\(\s*import\('\.\/(\w+)\/\w+View'\)(?:,\s*'(\w+)')?/g,
  )) {
    if (m[2] !== view) continue
    parts.push(m[1] === 'withLandingWords' ? 'landing' : 'more')
    if (m[3]) parts.push(m[3])
  }
  const words = parts.map((part) => `/src/i18n/messages.en.${part}.ts`)
  return [...chunks.values()]
    .filter((c) => {
      const file = (c.facadeModuleId ?? '').replaceAll('\\', '/')
      return words.some((end) => file.endsWith(end))
    })
    .map((c) => c.fileName)
}

/** Each view's chunk by the view's id: the folder of src/views/<id>/<Name>View.tsx. */
function viewChunks(chunks: Map<string, Rolldown.OutputChunk>) {
  const views = new Map<string, Rolldown.OutputChunk>()
  for (const chunk of chunks.values()) {
    const id = chunk.facadeModuleId?.match(/[\\/]src[\\/]views[\\/](\w+)[\\/]\w+View\.tsx$/)?.[1]
    if (id) views.set(id, chunk)
  }
  return views
}
