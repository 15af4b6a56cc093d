import type { QueryClient } from '@tanstack/react-query'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { AppProviders } from './AppProviders'

/**
 * Draws the app into `root`. In a transition: React renders the page in slices, yielding to the
 * reader's taps between them, where a plain render would hold the main thread for the whole page.
 */
export function mountApp(root: HTMLElement, client: QueryClient): void {
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders client={client}>
          <App />
        </AppProviders>
      </StrictMode>,
    ),
  )
}
