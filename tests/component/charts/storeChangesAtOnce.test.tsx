/**
 * An embed draws its chart store's changes at once (main.tsx); every other page in transitions.
 * Its own file: the switch is the module's, for the page's life.
 */
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  drawStoreChangesAtOnce,
  useSyncExternalStoreWithSelector,
} from '../../../src/charts/store/storeSelectionInTransitions'

let state = { year: 2024 }
const listeners = new Set<() => void>()
const store = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
const selectYear = (s: typeof state) => s.year

/** What rendered after a change, in order, and where a timer set as it began ran. */
const order: string[] = []
/** The year of the change being drawn. */
let changedTo = 0
const PARTS = Array.from({ length: 30 }, (_, i) => `part ${i}`)

/** A part of a chart that reads the store and takes a while to render. */
function Part({ name }: { name: string }) {
  const year = useSyncExternalStoreWithSelector(store.subscribe, store.get, undefined, selectYear)
  const end = performance.now() + 4
  while (performance.now() < end) {
    // busy
  }
  if (year === changedTo) {
    order.push(name)
    // Other work that comes as the drawing starts (a tap, say): does it wait for the whole chart?
    if (order.length === 1) setTimeout(() => order.push('timer'))
  }
  return <li>{year}</li>
}

const Chart = () => (
  <ul>
    {PARTS.map((name) => (
      <Part key={name} name={name} />
    ))}
  </ul>
)

async function change(year: number): Promise<number> {
  order.length = 0
  changedTo = year
  state = { year }
  for (const listener of listeners) listener()
  await waitFor(() => expect(screen.getAllByText(String(year))).toHaveLength(PARTS.length))
  await new Promise((resolve) => setTimeout(resolve, 20))
  return order.indexOf('timer')
}

describe('a chart store’s changes', () => {
  it('are drawn in slices other work comes between, on a page', async () => {
    render(<Chart />)
    const timer = await change(2025)
    expect(timer).toBeGreaterThan(0)
    expect(timer).toBeLessThan(PARTS.length)
  })

  it('are drawn at once in an embed', async () => {
    drawStoreChangesAtOnce()
    render(<Chart />)
    const timer = await change(2026)
    expect(timer).toBe(PARTS.length)
  })
})
