import { createQueryClient } from './app/AppProviders'
import { chartLibraryInSteps } from './charts/chartLibraryInSteps'
import { drawStoreChangesAtOnce } from './charts/store/storeSelectionInTransitions'
import { prefetchData } from './data/prefetch'
import { parseUrl } from './view/parseUrl'
import { marketsNeeded } from './view/resolveView'
import { preloadView, VIEW_REGISTRY } from './views/index'
import 'virtual:theme.css'
import './app/app.css'
import { prerenderedLanding, takeOverPrerender } from './app/takeOverPrerender'
import { browserLang, loadLang } from './i18n/locale'
import { drawFirstViewWhole } from './lib/Later'

// The view's code and its data start loading now (the data files are also preloaded by
// index.html), not after React's first render; each part in a task of its own: run with the
// entry's script, the view's preloads and the data's requests made one task of 300 ms on a slow
// phone's CPU. Then React's DOM and the app, a task each, while the data is on its way.
const nextTask = <T,>(value?: T) =>
  new Promise<T | undefined>((resolve) => setTimeout(resolve, 0, value))
const client = createQueryClient()
const { state } = parseUrl(window.location.search)
// The page's language: the link's, else the browser's; its words load next to the rest.
const lang = state.lang ?? browserLang()
const langReady = loadLang(lang).catch(() => undefined)
// Recharts' code a part a task (chartLibraryInSteps) where a painted copy may be on screen, for
// the tap that can come meanwhile; an embed is never painted and has nothing to tap yet, so its
// chart is drawn as soon as it can be (the steps' task hops cost it 5-10 % of its first chart).
const inSteps = VIEW_REGISTRY[state.view].drawsWithRecharts && !state.embed
if (state.embed) drawStoreChangesAtOnce()
const viewReady = nextTask()
  .then(() => (inSteps ? chartLibraryInSteps() : undefined))
  .then(() => preloadView(state.view))
  .catch(() => undefined)
const dataReady = nextTask().then(() => prefetchData(client, marketsNeeded(state), state.ds))
const appReady = nextTask()
  .then(() => import('react-dom/client'))
  .then(nextTask)
  .then(() => import('./app/mountApp'))

// React renders the page once the view's code, its data and its words are in, so the first
// render draws the chart instead of a loading shell that a second render replaces; index.html
// shows a static line meanwhile. On a slow connection the page's own loading states take over
// after a moment.
const SHELL_AFTER_MS = 400
const shellTime = new Promise((resolve) => setTimeout(resolve, SHELL_AFTER_MS))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
// A promise chain, not top-level await: the bundler splits a module graph with top-level await
// into many more chunks.
void Promise.race([Promise.all([viewReady, dataReady, langReady]), shellTime])
  .then(() => appReady)
  .then(({ mountApp }) => {
    // The painted copy, if any: the landing's in the page's HTML, or a view's that
    // landing-check.js fetched and placed. One still on its way is not placed once this is marked.
    root.setAttribute('data-app', '')
    const landing = prerenderedLanding()
    // With nothing painted, the first chart draws whole; behind a painted copy, in parts.
    if (!landing) drawFirstViewWhole(true)
    mountApp(root, client)
    if (landing) takeOverPrerender(landing, root)
  })
