import { act, render, screen, waitFor } from '@testing-library/react'
import { startTransition } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { type Update, useViewState } from '../../src/view/useViewState'

let update: Update = () => undefined

/** The year the view shows, as a reader would read it off the page. */
function Year() {
  const view = useViewState()
  update = view.update
  return (
    <p>
      {view.state.view} year {view.state.year ?? 'latest'}
    </p>
  )
}

const yearInAddress = () => new URL(window.location.href).searchParams.get('year')

describe('the view and the address bar', () => {
  afterEach(() => window.history.replaceState(null, '', '/'))

  it('a change shows at once; the address follows, one entry per settled change, in order', async () => {
    window.history.replaceState(null, '', '/?view=ranking')
    const entries = window.history.length
    render(<Year />)
    act(() => {
      update({ year: 2024 })
      update({ year: 2023 })
      // A play's years take the place of the entry before.
      update({ year: 2022 }, { replace: true })
    })
    expect(screen.getByText('ranking year 2022')).toBeInTheDocument()
    await waitFor(() => expect(yearInAddress()).toBe('2022'))
    expect(window.history.length).toBe(entries + 2)
    // Back walks the entries the reader made: 2024, then the address they opened.
    act(() => window.history.back())
    await waitFor(() => expect(screen.getByText('ranking year 2024')).toBeInTheDocument())
    expect(yearInAddress()).toBe('2024')
  })

  it('a change made while a new tab is still being drawn keeps that tab', async () => {
    window.history.replaceState(null, '', '/?view=ranking')
    render(<Year />)
    act(() => {
      // A tab opens its view in a transition; a year chosen before it is drawn joins it.
      startTransition(() => update({ view: 'trend' }, { transition: true }))
      update({ year: 2023 })
    })
    expect(screen.getByText('trend year 2023')).toBeInTheDocument()
    await waitFor(() => expect(new URL(window.location.href).search).toBe('?view=trend&year=2023'))
  })

  it('back before the address has followed goes to an entry history has, and stays there', async () => {
    window.history.replaceState(null, '', '/?view=ranking&year=2020')
    window.history.pushState(null, '', '/?view=ranking&year=2021')
    render(<Year />)
    act(() => {
      update({ year: 2024 })
      window.history.back()
    })
    await waitFor(() => expect(screen.getByText('ranking year 2020')).toBeInTheDocument())
    // The change not yet written is not written later over the entry the reader went back to.
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(yearInAddress()).toBe('2020')
    expect(screen.getByText('ranking year 2020')).toBeInTheDocument()
  })
})
