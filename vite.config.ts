import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { bundledDataDigests } from './scripts/vite/bundledDataDigests.ts'
import { compileCommonJsEagerly } from './scripts/vite/compileCommonJsEagerly.ts'
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts'
import { mapGeographyModule } from './scripts/vite/mapGeographyModule.ts'
import { onlyDrawnScales } from './scripts/vite/onlyDrawnScales.ts'
import { ownD3ArrayForTheMap } from './scripts/vite/ownD3ArrayForTheMap.ts'
import { preloadData } from './scripts/vite/preloadData.ts'
import { preloadFont } from './scripts/vite/preloadFont.ts'
import { preloadViewChunks } from './scripts/vite/preloadViewChunks.ts'
import { prerenderLandingPage } from './scripts/vite/prerenderLandingPage.ts'
import { rechartsStoreInTransitions } from './scripts/vite/rechartsStoreInTransitions.ts'
import { shortMessageKeys } from './scripts/vite/shortMessageKeysPlugin.ts'
import { splitD3Shape } from './scripts/vite/splitD3Shape.ts'
import { themeStylesheetModule } from './scripts/vite/themeStylesheetModule.ts'
import { NOT_IN_VIEW_KIT, VIEW_KIT } from './scripts/vite/viewKit.ts'

export default defineConfig({
  // Relative base: one build works at the host root and under any sub-path.
  base: './',
  plugins: [
    react(),
    rechartsStoreInTransitions(),
    compileCommonJsEagerly(),
    bundledDataDigests(),
    mapGeographyModule(),
    themeStylesheetModule(),
    shortMessageKeys(),
    preloadData(),
    preloadViewChunks(),
    splitD3Shape(),
    onlyDrawnScales(),
    ownD3ArrayForTheMap(),
    preloadFont(),
    contentSecurityPolicy(),
    prerenderLandingPage(),
  ],
  build: {
    // Every browser the app supports preloads modules itself (the links public/landing-check.js
    // adds); one that does not loads them on import, as before.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // React changes less often than the app: its own chunk stays cached. Recharts is left to
        // the automatic split, so a view's chunk carries only the chart types it draws. The small
        // parts views are built from (frame, table, filters, texts) are one chunk rather than a
        // dozen tiny ones split by which views happen to share each: fewer requests, and gzip
        // compresses them together (-1.3 kB on the first view).
        codeSplitting: {
          groups: [
            // React's DOM apart from React: the entry needs React's hooks (tiny) at once, the DOM
            // renderer (most of it) a task later (src/main.tsx).
            { name: 'react', test: /node_modules[\\/]react[\\/]/ },
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ },
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
          // Some unit tests run real work (the import layers, the dataset generator): on a loaded
          // machine it takes longer, and nothing here waits for a fixed time.
          testTimeout: 60_000,
          setupFiles: ['tests/helpers/setupWords.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          // See tests/helpers/setupComponentTests.ts: waits are for what a test needs.
          testTimeout: 60_000,
          setupFiles: ['tests/helpers/setupComponentTests.ts'],
        },
      },
    ],
  },
})
