import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { olderRelease } from '../../mocks/scenarios'
import { RELEASE } from '../../scripts/datasetRelease'
import { readJson } from '../helpers/bundledData'
import { renderApp } from '../helpers/renderApp'

/** The bundled release a link without `ds=` opens on. */
const V = RELEASE.version

const current = {
  catalog: readJson('public/data/catalog.json'),
  dataset: readJson(`public/data/sea@${V}.json`),
}
// The earlier release had Singapore's H1 2025 figure at 990 MW instead of 1,002.
const useOlderRelease = () =>
  server.use(
    ...olderRelease('sea', '2025.11', current, (dataset) => {
      const row = dataset.observations.find(
        (o: any) => o.market === 'singapore' && o.metric === 'operational' && o.value === 1002,
      )
      row.value = 990
      row.quote = 'capacity stands at 990 megawatts (MW)'
    }),
  )
// The table renders just after the chart: wait for the row.
const singaporeRow = async () =>
  (await screen.findByRole('rowheader', { name: 'Singapore' })).closest('tr') as HTMLElement

describe('links pinned to dataset versions', () => {
  it('show the numbers of the pinned version while it is bundled', async () => {
    useOlderRelease()
    renderApp('/?view=ranking&markets=singapore&ds=sea@2025.11')
    await screen.findByRole('heading', { level: 2 })
    expect(await singaporeRow()).toHaveTextContent('990 MW')
    expect(screen.getByText(/Southeast Asia 2025\.11/)).toBeInTheDocument()
  })

  it('show the current numbers without a pin', async () => {
    useOlderRelease()
    renderApp('/?view=ranking&markets=singapore')
    await screen.findByRole('heading', { level: 2 })
    expect(await singaporeRow()).toHaveTextContent('1,002 MW')
  })

  it('open on the current version, with a notice, when the pinned one is gone', async () => {
    renderApp('/?view=ranking&markets=singapore&ds=sea@2024.01')
    expect(
      await screen.findByText(
        `version 2024.01 of Southeast Asia is no longer bundled; showing sea@${V}`,
        { exact: false },
      ),
    ).toBeInTheDocument()
    expect(await singaporeRow()).toHaveTextContent('1,002 MW')
  })
})

describe('Copy link', () => {
  it('copies the view pinned to the versions on screen, and keeps unknown keys', async () => {
    const user = userEvent.setup()
    renderApp('/?view=ranking&markets=singapore&utm_source=mail')
    await screen.findByRole('heading', { level: 2 })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    await waitFor(() =>
      expect(screen.getByText('Link copied, pinned to these data versions.')).toBeInTheDocument(),
    )
    expect(await navigator.clipboard.readText()).toBe(
      `http://localhost:3000/?view=ranking&markets=singapore&ds=sea@${V}&utm_source=mail`,
    )
    // The address bar itself is not rewritten by copying.
    expect(window.location.search).toBe('?view=ranking&markets=singapore&utm_source=mail')
  })

  it('puts the document title on the chart title', async () => {
    renderApp('/?view=ranking&markets=singapore&year=2024')
    await screen.findByRole('heading', { level: 2 })
    // Written once the chart is painted.
    await waitFor(() =>
      expect(document.title).toBe('Operational capacity by market, 2024 · Megawatt Atlas'),
    )
    expect(
      within(screen.getByRole('tablist')).getByRole('tab', { name: 'Ranking' }),
    ).toHaveAttribute('aria-selected', 'true')
  })
})
