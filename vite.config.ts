import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import type { Plugin, Rolldown } from 'vite'
import { defineConfig } from 'vitest/config'
import { dynamicPrefixes, planShortKeys, shortenKeys } from './scripts/shortMessageKeys.ts'

/** The catalog and the newest version of each bundled dataset: what a link without `ds=` loads. */
function firstLoadedFiles(): string[] {
  const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as {
    datasets: Array<{ id: string; file: string; published: string }>
  }
  const newest = new Map<string, { file: string; published: string }>()
  for (const d of catalog.datasets)
    if ((newest.get(d.id)?.published ?? '') < d.published) newest.set(d.id, d)
  return ['catalog.json', ...[...newest.values()].map((d) => d.file)]
}

/**
 * Preloads the catalog and the newest version of each bundled dataset from index.html, so the
 * data downloads while the scripts do instead of after them. Relative hrefs resolve against the
 * page, as the app's own fetches do, so the browser reuses the responses under any sub-path.
 */
function preloadData(): Plugin {
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

/** `virtual:theme.css`: the theme blocks of the stylesheet, from src/app/themeColours.ts. */
function themeStylesheetModule(): Plugin {
  const id = 'virtual:theme.css'
  return {
    name: 'megawatt-atlas:theme-stylesheet',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return
      const { themeStylesheet } = await import('./src/app/themeColours')
      return themeStylesheet()
    },
  }
}

/**
 * `virtual:map-geography`: the country shapes the map's panels show, cut from Natural Earth and
 * simplified here (scripts/mapGeography.ts) so the app never ships the world. The coast around
 * every market the newest datasets place keeps its detail. Only the map's chunk imports it.
 */
function mapGeographyModule(): Plugin {
  const id = 'virtual:map-geography'
  return {
    name: 'megawatt-atlas:map-geography',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return
      const { mapGeography } = await import('./scripts/mapGeography')
      const places = firstLoadedFiles()
        .filter((file) => file !== 'catalog.json')
        .flatMap((file) => {
          const { markets } = JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as {
            markets: Array<{ lat?: number; lon?: number }>
          }
          return markets.flatMap((m) =>
            m.lat !== undefined && m.lon !== undefined ? [[m.lon, m.lat] as const] : [],
          )
        })
      return `export default ${JSON.stringify(mapGeography(places))}`
    },
  }
}

/**
 * `virtual:bundled-data-digests`: the SHA-256 of the catalog and the newest datasets, so the app
 * can tell a file that arrives exactly as built (checked by the generator) from one that must
 * pass the schema at run time (src/data/checkData.ts). An earlier release, opened only by a
 * pinned link, is checked: the list does not grow with every release.
 */
function bundledDataDigests(): Plugin {
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

/**
 * d3-shape is one module file, so the bundler keeps in it every export any chunk uses: the
 * ranking, which only stacks bars, carried the line and symbol code of the other views (~4 kB
 * gzip) because they share that module. Recharts' line and symbol shapes get their own copy of
 * the module instead (d3-shape has no state to share), and each copy keeps only what it is used
 * for.
 */
function splitD3Shape(): Plugin {
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

/**
 * The map's d3-geo uses a few d3-array helpers that Recharts' scales use too: shared, they became
 * a chunk of their own that every chart view loaded (+0.6 kB on the first view). The map gets
 * its own copy of d3-array's modules instead (stateless functions), so the first view's chunks
 * stay as they were.
 */
function ownD3ArrayForTheMap(): Plugin {
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

/** The build's short message keys (scripts/shortMessageKeys.ts), planned from the source. */
function shortMessageKeys(): Plugin {
  let plan: Map<string, string> = new Map()
  return {
    name: 'megawatt-atlas:short-message-keys',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const files = (readdirSync('src', { recursive: true }) as string[])
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => readFileSync(`src/${f}`, 'utf8'))
      const keys = [
        'src/i18n/messages.en.ts',
        'src/i18n/messages.en.landing.ts',
        'src/i18n/messages.en.more.ts',
      ].flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/^\s*(['"])([\w.-]+)\1:/gm)].map(
          (m) => m[2] as string,
        ),
      )
      plan = planShortKeys(keys, dynamicPrefixes(files))
    },
    transform(code, id) {
      if (/[\\/]src[\\/].+\.tsx?$/.test(id)) return { code: shortenKeys(code, plan), map: null }
    },
  }
}

/** What several views are built from (the shared layers, src/views' own parts): one chunk. */
/**
 * What stays out of it: the all-figures panel (loads on a click), the table of every figure,
 * what only the map and coverage use, and what loads when a reader reaches for it (the
 * timeline's motion, the hover card's content).
 */
const NOT_IN_VIEW_KIT =
  /(SourceDetails|ObservationsTable|SwatchLegend|FigureTooltip|FigureCaveat)\.tsx$|(figureExportRow|motion)\.ts$/

const VIEW_KIT = [
  /[\\/]src[\\/]charts[\\/](\w+\.tsx?|table[\\/].+)$/,
  /[\\/]src[\\/]controls[\\/](FigureFilters|MarketPicker|ViewControls)\.tsx$/,
  /[\\/]src[\\/]views[\\/](ViewLayout|EmptyYear)\.tsx$/,
  /[\\/]src[\\/]data[\\/](atlasData|select[\\/](marketsInView|figureRow))\.ts$/,
  /[\\/]src[\\/]lib[\\/]slug\.ts$/,
]

/**
 * Every view is a lazy chunk (the URL decides which one opens), and every chart view imports the
 * same chart library and frame. Naming the chunks all chart views share as modulepreloads in
 * index.html lets them download with the entry script instead of after it has run: that second
 * round trip stood before every first chart. (The table view needs none of them; a table link
 * downloads the chart library early for the tabs beside it.)
 */
function preloadViewChunks(): Plugin {
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
        return [...(first ?? [])]
          .filter((name) => !inHtml.has(name) && rest.every((view) => view.has(name)))
          .map((name) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${name}` },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}

/**
 * The app's font starts downloading with the stylesheet, not once the stylesheet has been read:
 * the prerendered landing paints its text at once, and text that changes font after the first
 * paint moves every line below it.
 */
function preloadFont(): Plugin {
  return {
    name: 'megawatt-atlas:preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const font = Object.keys(bundle ?? {}).find((name) =>
          /inter-latin-wght-normal-[\w-]+\.woff2$/.test(name),
        )
        if (!font) return []
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${font}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          },
        ]
      },
    },
  }
}

/**
 * The production page's Content-Security-Policy: scripts only from the app's own files (no
 * inline script), no plugins, no other origin, except what connect-src must allow for a
 * user's own `data=` address. The dev server runs inline scripts of its own, so dev has none.
 */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' https: http:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ')
  return {
    name: 'megawatt-atlas:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * Draws the landing into the built index.html (scripts/prerenderLanding.mjs), once the build is
 * written: its first chart shows at first paint. PRERENDER=0 skips it.
 */
function prerenderLandingPage(): Plugin {
  let outDir = 'dist'
  return {
    name: 'megawatt-atlas:prerender-landing',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async closeBundle() {
      if (process.env.PRERENDER === '0') return
      const { prerenderLanding } = await import('./scripts/prerenderLanding.mjs')
      await prerenderLanding(outDir)
    },
  }
}

export default defineConfig({
  // Relative base: one build works at the host root and under any sub-path.
  base: './',
  plugins: [
    react(),
    bundledDataDigests(),
    mapGeographyModule(),
    themeStylesheetModule(),
    shortMessageKeys(),
    preloadData(),
    preloadViewChunks(),
    splitD3Shape(),
    ownD3ArrayForTheMap(),
    preloadFont(),
    contentSecurityPolicy(),
    prerenderLandingPage(),
  ],
  build: {
    rolldownOptions: {
      output: {
        // React changes less often than the app: its own chunk stays cached. Recharts is left to
        // the automatic split, so a view's chunk carries only the chart types it draws. The small
        // parts views are built from (frame, table, filters, texts) are one chunk rather than a
        // dozen tiny ones split by which views happen to share each: fewer requests, and gzip
        // compresses them together (-1.3 kB on the first view).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'view-kit',
              test: (id: string) =>
                VIEW_KIT.some((part) => part.test(id)) && !NOT_IN_VIEW_KIT.test(id),
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/helpers/setupWords.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/helpers/setupComponentTests.ts'],
        },
      },
    ],
  },
})
