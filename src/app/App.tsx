/** The page: loads what the view needs, says what it ignored, and draws the view. */
import { useMemo } from 'react'
import type { MarketChoice } from '../controls/MarketPicker'
import { ShareMenu } from '../controls/ShareMenu'
import { ViewTabs } from '../controls/ViewTabs'
import type { CatalogEntry } from '../data/schema'
import { useAtlasData } from '../data/useAtlasData'
import { ExportContext, type ExportContextValue } from '../export/exportContext'
import { checkAgainstData, pinNotices } from '../view/checkAgainstData'
import { withFallback } from '../view/fallbackText'
import { marketsNeeded, shownYear } from '../view/resolveView'
import { serializeUrl } from '../view/serializeUrl'
import { useViewState } from '../view/useViewState'
import type { View, ViewState } from '../view/viewState'
import { LoadFailure, Loading } from './LoadStates'
import { Notices } from './Notices'
import { useTheme } from './useTheme'
import { CompareView } from './views/CompareView'
import { PipelineView } from './views/PipelineView'
import { RankingView } from './views/RankingView'
import { SourcesView } from './views/SourcesView'
import { TableView } from './views/TableView'
import { TrendView } from './views/TrendView'
import type { ViewProps } from './views/viewProps'

const VIEW_COMPONENT: Record<View, (props: ViewProps) => React.ReactNode> = {
  compare: CompareView,
  ranking: RankingView,
  trend: TrendView,
  pipeline: PipelineView,
  sources: SourcesView,
  table: TableView,
}

export function App() {
  const { state, ignored, passthrough, update } = useViewState()
  const needed = useMemo(() => marketsNeeded(state), [state])
  const load = useAtlasData(needed, state.ds)
  useTheme(state.theme)
  const catalog = load.status === 'ready' ? load.catalog : undefined
  const choices = useMemo(() => marketChoices(catalog ?? []), [catalog])
  const notices =
    load.status === 'ready'
      ? [
          ...withFallback(ignored, state, shownYear(state, load.data)),
          ...pinNotices(load.substitutions),
          ...checkAgainstData(state, load.data, load.pending.length === 0),
        ]
      : ignored
  // Shared links pin the versions on screen; the address bar keeps only what the user chose.
  const datasets = load.status === 'ready' ? load.data.datasets : []
  const linkWith = (patch: Partial<ViewState>) => {
    const pins =
      datasets.length > 0 ? datasets.map((d) => ({ id: d.id, version: d.version })) : state.ds
    return `${window.location.origin}${window.location.pathname}${serializeUrl({ ...state, ds: pins, ...patch }, passthrough)}`
  }
  const exportContext: ExportContextValue = {
    datasets,
    shareLink: () => linkWith({ embed: false }),
    embedLink: () => linkWith({ embed: true }),
    embed: state.embed,
  }
  const ViewComponent = VIEW_COMPONENT[state.view]
  const content = (
    <>
      {load.status === 'loading' ? <Loading what="datasets" /> : null}
      {load.status === 'error' ? (
        <LoadFailure
          title="The list of datasets could not be loaded."
          error={load.error}
          onRetry={load.retry}
        />
      ) : null}
      {load.status === 'ready' ? (
        <>
          {load.failures.map((failure) => (
            <LoadFailure
              key={failure.entry.id}
              title={`${failure.entry.title} could not be loaded; its markets are missing from the chart.`}
              error={failure.error}
              onRetry={failure.retry}
            />
          ))}
          {load.pending.length > 0 ? (
            <Loading what={load.pending.map((e) => e.title).join(', ')} />
          ) : null}
          {load.data.datasets.length > 0 ? (
            <ViewComponent
              data={load.data}
              choices={choices}
              state={state}
              update={update}
              embed={state.embed}
            />
          ) : null}
        </>
      ) : null}
    </>
  )

  if (state.embed)
    return (
      <ExportContext.Provider value={exportContext}>
        <main className="app app--embed">{content}</main>
      </ExportContext.Provider>
    )
  return (
    <ExportContext.Provider value={exportContext}>
      <div className="app">
        <header className="app-header">
          <h1>Megawatt Atlas</h1>
          <p className="app-header__tagline">
            Data-center capacity across Southeast Asian and European markets, every figure with its
            source.
          </p>
        </header>
        <Notices items={notices} />
        <div className="view-bar">
          <ViewTabs view={state.view} onChange={(view) => update({ view })} />
          <ShareMenu link={exportContext.shareLink} embedLink={exportContext.embedLink} />
        </div>
        <main id="view-panel" role="tabpanel" aria-labelledby={`tab-${state.view}`}>
          {content}
        </main>
      </div>
    </ExportContext.Provider>
  )
}

function marketChoices(entries: CatalogEntry[]): MarketChoice[] {
  return entries.flatMap((entry) => entry.markets.map((m) => ({ ...m, region: entry.region })))
}
