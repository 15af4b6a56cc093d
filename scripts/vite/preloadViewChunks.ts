import type { Plugin, Rolldown } from 'vite'

/**
 * Every view is a lazy chunk (the URL decides which one opens), and every chart view imports the
 * same chart library and frame. Naming the chunks all chart views share as modulepreloads in
 * index.html lets them download with the entry script instead of after it has run: that second
 * round trip stood before every first chart. (The table view needs none of them; a table link
 * downloads the chart library early for the tabs beside it.) The app's mount chunk likewise.
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
        const drawsCharts = (names: Set<string>) =>
          [...names].some((n) =>
            chunks.get(n)?.moduleIds.some((id) => /[\\/]recharts[\\/]/.test(id)),
          )
        const chartViews = [...chunks.values()]
          .filter((c) =>
            /[\\/]src[\\/]views[\\/]\w+[\\/]\w+View\.tsx$/.test(c.facadeModuleId ?? ''),
          )
          .map((view) => closure(view))
          .filter(drawsCharts)
        const entry = [...chunks.values()].find((c) => c.isEntry)
        if (chartViews.length === 0 || !entry) return []
        const inHtml = closure(entry).add(entry.fileName)
        const [first, ...rest] = chartViews
        // The app itself, imported after React's DOM has run: every address needs it.
        const app = [...chunks.values()].filter((c) =>
          /[\\/]src[\\/]app[\\/]mountApp\.tsx$/.test(c.facadeModuleId ?? ''),
        )
        return [
          ...[...(first ?? [])].filter(
            (name) => !inHtml.has(name) && rest.every((view) => view.has(name)),
          ),
          ...app.map((c) => c.fileName),
        ]
          .filter((name, i, all) => all.indexOf(name) === i)
          .map((name) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${name}` },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}
