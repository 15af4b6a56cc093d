import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { rechartsStoreInTransitions } from '../../../scripts/vite/rechartsStoreInTransitions'
import { useSyncExternalStoreWithSelector } from '../../../src/charts/store/storeSelectionInTransitions'

/** A store as Recharts' is read: a state, its subscribers told of each change. */
function createStore<T>(initial: T) {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(next: T) {
      state = next
      for (const listener of listeners) listener()
    },
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

type State = { year: number; markets: string[] }
const sameMarkets = (a: string[], b: string[]) => a.join() === b.join()
const selectYear = (s: State) => s.year
const selectMarkets = (s: State) => [...s.markets]

function Reader({
  store,
  renders,
}: {
  store: ReturnType<typeof createStore<State>>
  renders: number[]
}) {
  const year = useSyncExternalStoreWithSelector(store.subscribe, store.get, undefined, selectYear)
  const markets = useSyncExternalStoreWithSelector(
    store.subscribe,
    store.get,
    undefined,
    selectMarkets,
    sameMarkets,
  )
  renders.push(year)
  return (
    <p>
      {year}: {markets.join(', ')}
    </p>
  )
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('a chart store read in transitions', () => {
  it('shows the part of the store it selects, and a change after it', async () => {
    const store = createStore<State>({ year: 2024, markets: ['singapore', 'london'] })
    render(<Reader store={store} renders={[]} />)
    expect(screen.getByText('2024: singapore, london')).toBeInTheDocument()
    store.set({ year: 2025, markets: ['singapore'] })
    expect(await screen.findByText('2025: singapore')).toBeInTheDocument()
  })

  it('draws a change a task later, not in the microtask a blocking store read takes', async () => {
    const store = createStore<State>({ year: 2024, markets: ['singapore'] })
    render(<Reader store={store} renders={[]} />)
    store.set({ year: 2025, markets: ['singapore'] })
    // React renders a store read by useSyncExternalStore before the next task (a microtask);
    // a transition's render is scheduled as a task of its own, which a tap can come before.
    await Promise.resolve()
    await Promise.resolve()
    expect(screen.getByText('2024: singapore')).toBeInTheDocument()
    expect(await screen.findByText('2025: singapore')).toBeInTheDocument()
  })

  it('does not draw again for a part that is equal to the one drawn', async () => {
    const store = createStore<State>({ year: 2024, markets: ['singapore'] })
    const renders: number[] = []
    render(<Reader store={store} renders={renders} />)
    const before = renders.length
    // A new array with the same markets: the selection is equal, nothing to draw.
    store.set({ year: 2024, markets: ['singapore'] })
    await nextTask()
    await nextTask()
    expect(renders.length).toBe(before)
    store.set({ year: 2026, markets: ['singapore'] })
    expect(await screen.findByText('2026: singapore')).toBeInTheDocument()
  })

  it('is what the build gives Recharts, and only Recharts', () => {
    const plugin = rechartsStoreInTransitions()
    const resolve = plugin.resolveId as (source: string, importer?: string) => string | undefined
    const source = 'use-sync-external-store/shim/with-selector'
    expect(resolve(source, '/x/node_modules/recharts/es6/state/hooks.js')).toMatch(
      /src[\\/]charts[\\/]store[\\/]storeSelectionInTransitions\.ts$/,
    )
    expect(resolve(source, '/x/node_modules/react-redux/dist/react-redux.mjs')).toBeUndefined()
  })
})
