import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { AppProviders, createQueryClient } from './app/AppProviders'
import { preloadView } from './app/views/lazyViews'
import { prefetchData } from './data/prefetch'
import { parseUrl } from './view/parseUrl'
import { marketsNeeded } from './view/resolveView'
import './app/app.css'

// The view's code and its data start loading now (the data files are also preloaded by
// index.html), not after React's first render.
const client = createQueryClient()
const { state } = parseUrl(window.location.search)
preloadView(state.view)
void prefetchData(client, marketsNeeded(state), state.ds)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <AppProviders client={client}>
      <App />
    </AppProviders>
  </StrictMode>,
)
