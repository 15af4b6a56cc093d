import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'
import { dataSettled, renderApp } from '../helpers/renderApp'

describe('compare view with the bundled data served by MSW', () => {
  it('lands on the claim check with the claim, the groups and what their figures add up to', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 2 })
    await dataSettled()
    const heading = screen.getByRole('heading', { level: 2 })
    expect(heading).toHaveTextContent(
      'Southeast Asia (4): about 2,614 MW, about 1.9x London + Frankfurt',
    )
    expect(screen.getByRole('complementary', { name: 'The claim checked' })).toHaveTextContent(
      'JLL (Jones Lang LaSalle), reported by The Wall Street Journal on 13 June 2025',
    )
    expect(screen.getByRole('list', { name: 'Markets in London + Frankfurt' })).toHaveTextContent(
      'Frankfurt',
    )
  })

  it('keeps the groups the user built when a region fails, and names what is missing', async () => {
    server.use(scenarios.serverError('europe@2026.11.json'))
    const user = userEvent.setup()
    renderApp('/?groups=Mine:singapore+london;Other:johor')
    expect(await screen.findByRole('alert')).toHaveTextContent('Europe could not be loaded')
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      /^Mine: over 1,002 MW/,
    )
    const warnings = screen.getByRole('list', { name: 'Warnings about these groups' })
    expect(
      within(warnings).getByText(/Mine: london is not in the loaded data\./),
    ).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    // Singapore 1,002 (row 222) + London 1,400 (row 234) against Johor's "around 897" (row 30).
    expect(
      await screen.findByText('Mine: 2,402 MW, about 2.7x Other', { selector: 'h2' }),
    ).toBeInTheDocument()
    expect(window.location.search).toBe('?groups=Mine:singapore+london;Other:johor')
  })
})
