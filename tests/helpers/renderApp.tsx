import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { expect } from 'vitest'
import { App } from '../../src/app/App'
import { AppProviders } from '../../src/app/AppProviders'

/** Renders the whole app at `url` with a fresh QueryClient, retries off (errors show at once). */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return {
    client,
    ...render(
      <AppProviders client={client}>
        <App />
      </AppProviders>,
    ),
  }
}

/** Waits until every dataset the view asked for has arrived (or failed): no loading note left. */
export async function dataSettled() {
  const { waitFor, screen } = await import('@testing-library/react')
  await waitFor(() => expect(screen.queryByText(/^Loading /)).toBeNull())
}
