import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'

/** One QueryClient for the app. Tests make their own, with retries off. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    // One retry: a flaky request gets a second chance, a dead one a message within ~20 s.
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  })
}

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
