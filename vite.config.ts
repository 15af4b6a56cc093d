import { readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * Preloads the catalog and the newest version of each bundled dataset from index.html, so the
 * data downloads while the scripts do instead of after them. Relative hrefs resolve against the
 * page, as the app's own fetches do, so the browser reuses the responses under any sub-path.
 */
function preloadData(): Plugin {
  return {
    name: 'megawatt-atlas:preload-data',
    transformIndexHtml() {
      const catalog = JSON.parse(readFileSync('public/data/catalog.json', 'utf8')) as {
        datasets: Array<{ id: string; file: string; published: string }>
      }
      const newest = new Map<string, { file: string; published: string }>()
      for (const d of catalog.datasets)
        if ((newest.get(d.id)?.published ?? '') < d.published) newest.set(d.id, d)
      return ['catalog.json', ...[...newest.values()].map((d) => d.file)].map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }))
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

export default defineConfig({
  // Relative base: one build works at the host root and under any sub-path.
  base: './',
  plugins: [react(), preloadData(), contentSecurityPolicy()],
  build: {
    rolldownOptions: {
      output: {
        // React changes less often than the app: its own chunk stays cached. Recharts is left to
        // the automatic split, so a view's chunk carries only the chart types it draws.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
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
