import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { AppProviders, createQueryClient } from './app/AppProviders'
import { prefetchData } from './data/prefetch'
import { parseUrl } from './view/parseUrl'
import { marketsNeeded } from './view/resolveView'
import { preloadView } from './views/index'
import 'virtual:theme.css'
import './app/app.css'
import { prerenderedLanding, takeOverPrerender } from './app/takeOverPrerender'
import { browserLang, loadLang } from './i18n/locale'

// The view's code and its data start loading now (the data files are also preloaded by
// index.html), not after React's first render.
const client = createQueryClient()
const { state } = parseUrl(window.location.search)
const viewReady = preloadView(state.view).catch(() => undefined)
// The page's language: the link's, else the browser's; its words load next to the rest.
const lang = state.lang ?? browserLang()
const langReady = loadLang(lang).catch(() => undefined)
const dataReady = prefetchData(client, marketsNeeded(state), state.ds)
// A number format's first making loads the locale's data (60 ms on a slow phone's CPU): done now,
// in a task of its own while the data is on its way, not inside the first render.
setTimeout(() => new Intl.NumberFormat(lang).format(0))

// React renders the page once both are in, so the first render draws the chart instead of a
// loading shell that a second render replaces; index.html shows a static line meanwhile. On a
// slow connection the page's own loading states take over after a moment.
const SHELL_AFTER_MS = 400
const shellTime = new Promise((resolve) => setTimeout(resolve, SHELL_AFTER_MS))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const landing = prerenderedLanding()
// A promise chain, not top-level await: the bundler splits a module graph with top-level await
// into many more chunks.
void Promise.race([Promise.all([viewReady, dataReady, langReady]), shellTime]).then(() => {
  // A transition: React renders the page in slices, yielding to the reader's taps between
  // them, where a plain render would hold the main thread for the whole page at once.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders client={client}>
          <App />
        </AppProviders>
      </StrictMode>,
    ),
  )
  if (landing) takeOverPrerender(landing, root)
})
