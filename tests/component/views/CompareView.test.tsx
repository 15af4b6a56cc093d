import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { scenarios } from '../../../mocks/scenarios'
import { RELEASE } from '../../../scripts/datasetRelease'
import { dataSettled, renderApp } from '../../helpers/renderApp'

/** The bundled release a link without `ds=` opens on. */
const V = RELEASE.version

describe('compare view with the bundled data served by MSW', () => {
  it('lands on the claim check with the claim, the groups and what their figures add up to', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 2 })
    await dataSettled()
    const heading = screen.getByRole('heading', { level: 2 })
    expect(heading).toHaveTextContent(
      // Record rows 220 (Singapore 1,002), 47 (Malaysia about 1,025), 226 (Thailand 157) and 445
      // (Indonesia about 500); London 1,400 (row 230) + Frankfurt 964 (row 268) = 2,364;
      // 2,684 / 2,364 = 1.135: about 1.14x.
      'Southeast Asia (4): about 2,684 MW, about 1.14x London + Frankfurt',
    )
    const card = screen.getByRole('complementary', { name: 'The claim checked' })
    expect(card).toHaveTextContent(
      'JLL (Jones Lang LaSalle), reported by The Wall Street Journal on 13 June 2025',
    )
    // Five publishers (C&W, JLL twice, STT GDC, Knight Frank, Structure Research) and three scopes.
    expect(card).toHaveTextContent(
      /Not like for like: the headline adds 6 figures from 5 publishers/,
    )
    expect(card).toHaveTextContent(
      'the closest, JLL, the claim’s own source, covers 5 (no figure for London)',
    )
    // The groups' editor is below the chart: drawn a moment after it.
    expect(
      await screen.findByRole('list', { name: 'Markets in London + Frankfurt' }),
    ).toHaveTextContent('Frankfurt')
  })

  it('keeps the groups the user built when a region fails, and names what is missing', async () => {
    server.use(scenarios.serverError(`europe@${V}.json`))
    const user = userEvent.setup()
    renderApp('/?groups=Mine:singapore+london;Other:johor')
    expect(await screen.findByRole('alert')).toHaveTextContent('Europe could not be loaded')
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      /^Mine: at least 1,002 MW \(1 of 2 with a figure\)/,
    )
    const warnings = screen.getByRole('list', { name: 'Warnings about these groups' })
    expect(
      within(warnings).getByText(/Mine: london is not in the loaded data\./),
    ).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    // Singapore 1,002 (row 220) + London 1,400 (row 230) against Johor's 580 (row 516, DC Byte,
    // mid-2025: the most recent period); 2,402 / 580 = 4.141: 4.14x.
    expect(
      await screen.findByText('Mine: 2,402 MW, 4.14x Other', { selector: 'h2' }),
    ).toBeInTheDocument()
    expect(window.location.search).toBe('?groups=Mine:singapore+london;Other:johor')
  })
})
