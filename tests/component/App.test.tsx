import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'
import { RELEASE } from '../../scripts/datasetRelease'
import { readJson } from '../helpers/bundledData'
import { dataSettled, renderApp } from '../helpers/renderApp'

/** The bundled release a link without `ds=` opens on. */
const V = RELEASE.version

const bars = (container: HTMLElement) => container.querySelectorAll('.recharts-bar-rectangle')
/** A market's row in the table, waiting for it: the table renders just after the chart. */
const tableRow = async (market: string, timeout = 3000) => {
  const header = await within(await screen.findByRole('table')).findByRole(
    'rowheader',
    { name: market },
    { timeout },
  )
  return header.closest('tr') as HTMLElement
}
const requested = () => {
  const files: string[] = []
  server.events.on('request:start', ({ request }) => {
    files.push(decodeURIComponent(new URL(request.url).pathname.split('/').pop() ?? ''))
  })
  return files
}

describe('App with the bundled data served by MSW', () => {
  it('says it is loading, then draws one bar per market with a figure and lists them with sources', async () => {
    const { container } = renderApp('/?view=ranking')
    expect(screen.getByText('Loading datasets…')).toHaveAttribute('role', 'status')
    await screen.findByRole('heading', { name: 'Operational capacity by market, 2025' })
    await dataSettled()
    // Record row 222: Cushman & Wakefield, H1 2025, 1,002 MW, the most recent Singapore figure of 2025.
    const singapore = await tableRow('Singapore')
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(bars(container)).toHaveLength(rows.length)
    expect(singapore).toHaveTextContent('1,002 MW')
    expect(singapore).toHaveTextContent('Cushman & Wakefield')
    expect(singapore).toHaveTextContent('H1 2025')
    expect(within(singapore).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\//),
    )
  })

  it('loads only the regional files that hold the markets in the link', async () => {
    const files = requested()
    const { container } = renderApp('/?view=ranking&markets=singapore,johor')
    await screen.findByRole('heading', { name: /by market, 2025/ })
    await dataSettled()
    // The bars are drawn a task after the axis (useStages).
    await waitFor(() => expect(bars(container)).toHaveLength(2))
    expect(files.sort()).toEqual(['catalog.json', `sea@${V}.json`])
  })

  it('shows a failed catalog request with its cause and draws the chart after a retry', async () => {
    server.use(scenarios.serverError('catalog.json'))
    const user = userEvent.setup()
    renderApp('/?view=ranking')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The list of datasets could not be loaded.')
    expect(alert).toHaveTextContent(
      'catalog.json could not be loaded: the server answered 503 Service Unavailable.',
    )
    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await screen.findByRole('heading', { name: /Operational capacity by market/ })
    await dataSettled()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it.each([
    [
      'network',
      scenarios.networkError,
      `Could not reach apac@${V}.json: the network request failed.`,
    ],
    [
      '404',
      scenarios.notFound,
      `apac@${V}.json could not be loaded: the server answered 404 Not Found.`,
    ],
  ])('says why a regional file failed (%s)', async (_, scenario, message) => {
    server.use(scenario(`apac@${V}.json`))
    renderApp('/?view=ranking')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Asia Pacific (other) could not be loaded')
    expect(alert).toHaveTextContent(message)
  })

  it('reports a malformed regional file and still draws the other regions', async () => {
    server.use(scenarios.malformedJson(`europe@${V}.json`))
    const { container } = renderApp('/?view=ranking')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Europe could not be loaded; its markets are missing from the chart.',
    )
    expect(alert).toHaveTextContent(`europe@${V}.json is not valid JSON.`)
    await screen.findByRole('heading', { name: /Operational capacity by market/ })
    await dataSettled()
    expect(await tableRow('Singapore')).toBeTruthy()
    expect(
      within(screen.getByRole('table')).queryByRole('rowheader', { name: 'London' }),
    ).toBeNull()
    expect(bars(container).length).toBeGreaterThan(0)
  })

  it('rejects a schema-invalid file naming the record and the field', async () => {
    const real = readJson(`public/data/sea@${V}.json`) as any
    let row = 0
    server.use(
      scenarios.schemaInvalid(`sea@${V}.json`, real, (json) => {
        const singapore = json.observations.find(
          (o: any) => o.market === 'singapore' && o.metric === 'operational' && o.year === 2025,
        )
        row = singapore.row
        singapore.value = 'lots'
      }),
    )
    renderApp('/?view=ranking')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`sea@${V}.json is not a valid Megawatt Atlas file.`)
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      new RegExp(`^observation \\d+ \\(singapore, operational 2025, record row ${row}\\): value: `),
    )
  })

  it('draws the regions that arrived while a slow one is still loading, then adds it', async () => {
    server.use(scenarios.slow(`europe@${V}.json`, 1500))
    renderApp('/?view=ranking')
    await screen.findByRole('heading', { name: /Operational capacity by market/ })
    // The other regions arrive first; only Europe is still on its way.
    await waitFor(() =>
      expect(screen.getByText('Loading Europe…')).toHaveAttribute('role', 'status'),
    )
    expect(screen.queryByText(/Loading .*Asia Pacific/)).toBeNull()
    expect(await tableRow('Singapore')).toBeTruthy()
    expect(
      within(screen.getByRole('table')).queryByRole('rowheader', { name: 'London' }),
    ).toBeNull()
    expect(await tableRow('London', 4000)).toBeTruthy()
    expect(screen.queryByText('Loading Europe…')).toBeNull()
  })

  it('says which link values it ignored, and lets the notice be dismissed', async () => {
    const user = userEvent.setup()
    renderApp('/?view=ranking&year=abc&markets=singapore,atlantis')
    const notice = await screen.findByText(/no market with the id atlantis/)
    expect(screen.getByText(/year must be a four-digit year/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Dismiss notice about markets' }))
    expect(notice).not.toBeInTheDocument()
  })

  it('writes a changed filter to the URL and redraws title and table', async () => {
    const user = userEvent.setup()
    renderApp('/?view=ranking')
    await screen.findByRole('heading', { name: /Operational capacity/ })
    await dataSettled()
    await user.selectOptions(screen.getByLabelText('Metric'), 'take_up')
    await user.selectOptions(screen.getByLabelText('Year'), '2024')
    // The address follows once the change is painted.
    await waitFor(() =>
      expect(window.location.search).toBe('?view=ranking&metric=take_up&year=2024'),
    )
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Take-up by market, 2024')
    // Record row 39: Knight Frank, Malaysia's annual take-up of 429 MW in 2024.
    // The table takes the new rows once the chart is painted.
    await waitFor(async () =>
      expect(await tableRow('Malaysia (country)')).toHaveTextContent('429 MW'),
    )
  })

  it('shows every figure behind a clicked bar, the drawn one marked, with links', async () => {
    const user = userEvent.setup()
    const { container } = renderApp('/?view=ranking&markets=singapore')
    await screen.findByRole('heading', { name: /by market, 2025/ })
    await dataSettled()
    // The pointer reaches the bar first (Recharts redraws the bar it is over), then clicks it.
    await user.hover(bars(container)[0] as Element)
    await user.click(bars(container)[0] as Element)
    // The panel's code loads on the first click.
    const figures = (readJson(`public/data/sea@${V}.json`) as any).observations.filter(
      (o: any) => o.market === 'singapore' && o.metric === 'operational' && o.year === 2025,
    )
    const details = await screen.findByRole(
      'region',
      { name: new RegExp(`Singapore: ${figures.length} figures for 2025`) },
      { timeout: 3000 },
    )
    expect(within(details).getAllByRole('listitem')).toHaveLength(figures.length)
    expect(within(details).getByText('drawn').closest('li')).toHaveTextContent('1,002 MW')
    expect(within(details).getAllByRole('link')).toHaveLength(figures.length)
  })
})
