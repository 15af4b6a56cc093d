import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { type Lazy, lazyComponent, useLazy } from '../../src/lib/lazyComponent'

function Host({ lazy }: { lazy: Lazy<{ word: string }> }) {
  const { component: Loaded, error } = useLazy(lazy)
  if (error) return <p>failed: {error.message}</p>
  return Loaded ? <Loaded word="drawn" /> : <p>waiting</p>
}

const Shown = ({ word }: { word: string }) => <p>{word}</p>

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
})
