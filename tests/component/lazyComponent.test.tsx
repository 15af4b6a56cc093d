import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { type Lazy, lazyComponent, useLazy } from '../../src/lib/lazyComponent'

function Host({ lazy }: { lazy: Lazy<{ word: string }> }) {
  const { component: Loaded, error } = useLazy(lazy)
  if (error) return <p>failed: {error.message}</p>
  return Loaded ? <Loaded word="drawn" /> : <p>waiting</p>
}

const Shown = ({ word }: { word: string }) => <p>{word}</p>

/** What rendered, in order (and what else ran between). */
const order: string[] = []
const PARTS = Array.from({ length: 30 }, (_, i) => `part ${i}`)

/** A part that takes a while to render. */
function Part({ name }: { name: string }) {
  const end = performance.now() + 4
  while (performance.now() < end) {
    // busy
  }
  order.push(name)
  // Other work that comes as the drawing starts (a tap, say): does it wait for the whole view?
  if (order.length === 1) setTimeout(() => order.push('timer'))
  return <li>{name}</li>
}

const Slow = ({ word }: { word: string }) => (
  <ul aria-label={word}>
    {PARTS.map((name) => (
      <Part key={name} name={name} />
    ))}
  </ul>
)

describe('useLazy', () => {
  it('shows code that arrives between the render and its effect', async () => {
    // The render finds nothing; by the time the effect runs, the code is in.
    let calls = 0
    const lazy: Lazy<{ word: string }> = {
      preload: () => Promise.resolve(Shown),
      loaded: () => (calls++ === 0 ? undefined : Shown),
    }
    render(<Host lazy={lazy} />)
    expect(await screen.findByText('drawn')).toBeInTheDocument()
  })

  it('loads on first use, and a failed download is tried again on the next', async () => {
    let attempts = 0
    const lazy = lazyComponent(() => {
      attempts++
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Shown)
    })
    const first = render(<Host lazy={lazy} />)
    expect(await screen.findByText('failed: offline')).toBeInTheDocument()
    first.unmount()
    render(<Host lazy={lazy} />)
    expect(await screen.findByText('drawn')).toBeInTheDocument()
    expect(attempts).toBe(2)
  })

  it('draws code that arrived in a render that makes way for other work (a tap)', async () => {
    // A view of many slow parts: as one blocking render, a timer set as its first part renders
    // would run only after every part; rendered in a transition, React yields between parts.
    order.length = 0
    const lazy = lazyComponent(() => Promise.resolve(Slow))
    render(<Host lazy={lazy} />)
    expect(await screen.findByRole('list', { name: 'drawn' })).toBeInTheDocument()
    const timer = order.indexOf('timer')
    expect(timer).toBeGreaterThan(0)
    expect(timer).toBeLessThan(PARTS.length)
  })
})
