/** The page: loads what the view needs, says what it ignored, and draws the view. */

import { useQuery } from '@tanstack/react-query'
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ChartContext, type ChartContextValue } from '../charts/chartContext'
import { ExportMenu } from '../controls/ExportMenu'
import type { MarketChoice } from '../controls/MarketPicker'
import { NarrowFold } from '../controls/NarrowFold'
import { ReportMenu } from '../controls/ReportMenu'
import { ShareMenu } from '../controls/ShareMenu'
import { UserDataPanel } from '../controls/UserDataPanel'
import { LANG_NAMES, LangSwitch, ThemeSwitch } from '../controls/ViewControls'
import { ViewTabs } from '../controls/ViewTabs'
import { LoadError } from '../data/fetchJson'
import { catalogQuery } from '../data/queries'
import type { CatalogEntry, Dataset } from '../data/schema'
import { useAtlasData } from '../data/useAtlasData'
import { USER_DATASET_PREFIX } from '../data/userDataLimits'
import { currentLang, type Lang, loadLang, t, withPanelWords } from '../i18n/locale'
import { useUrlDataset, useUserDatasets } from '../import/useUserDatasets'
import { lazyComponent, useLazy } from '../lib/lazyComponent'
import { honouredState, marketsNeeded } from '../view/resolveView'
import { serializeUrl } from '../view/serializeUrl'
import { useViewState } from '../view/useViewState'
import type { ViewState } from '../view/viewState'
import { preloadView, useViewComponent, VIEW_REGISTRY, VIEW_TABS } from '../views/index'
import { LoadFailure, Loading } from './LoadStates'
import { forgetStoredCode, registerOfflineCache } from './offlineCache'
import { usePostHeight } from './usePostHeight'
import { useTheme } from './useTheme'

const linkNotices = lazyComponent(() =>
  withPanelWords(import('./LinkNotices')).then((m) => m.LinkNotices),
)
const linkDataGate = lazyComponent(() =>
  withPanelWords(import('./LinkDataGate')).then((m) => m.LinkDataGate),
)

export function App() {
  const { state, ignored, passthrough, update } = useViewState()
  const needed = useMemo(() => marketsNeeded(state), [state])
  const catalogData = useQuery(catalogQuery()).data
  const bundledMarkets = useMemo(
    () => new Set((catalogData?.datasets ?? []).flatMap((d) => d.markets.map((m) => m.id))),
    [catalogData],
  )
  const user = useUserDatasets(bundledMarkets)
  // A link's data= loads once its gate allows it: at once beside the app, after the reader's
  // Load for another site (the gate and its words load only for a link that has data=).
  const [allowedData, setAllowedData] = useState<string | null>(null)
  const dataAllowed = state.data !== null && allowedData === state.data
  // A link's markets are kept apart from the bundled ones and from the reader's own files' too:
  // its `singapore` never joins the reader's "Singapore (yours)".
  const takenMarkets = useMemo(
    () => new Set([...bundledMarkets, ...user.files.flatMap((d) => d.markets.map((m) => m.id))]),
    [bundledMarkets, user.files],
  )
  const fromUrl = useUrlDataset(dataAllowed ? state.data : null, takenMarkets)
  const { component: DataGate } = useLazy(linkDataGate, state.data !== null)
  const allowData = useCallback(() => setAllowedData(state.data), [state.data])
  // A language's words load before the page switches to it; if they cannot, it stays as it is.
  const [langFailed, setLangFailed] = useState<Lang | null>(null)
  const switchLang = (lang: Lang) =>
    loadLang(lang).then(
      () => {
        setLangFailed(null)
        update({ lang })
      },
      () => setLangFailed(lang),
    )
  const extra = useMemo(
    () => (fromUrl.dataset ? [...user.files, fromUrl.dataset] : user.files),
    [user.files, fromUrl.dataset],
  )
  const load = useAtlasData(needed, state.ds, extra, state.scope)
  useTheme(state.theme)
  const embedMain = useRef<HTMLElement>(null)
  usePostHeight(embedMain, state.embed)
  const catalog = load.status === 'ready' ? load.catalog : undefined
  const choices = useMemo(
    () => [...marketChoices(catalog ?? []), ...userChoices(extra)],
    [catalog, extra],
  )
  // Only a link that names something (values the parser ignored, markets, groups, a claim, a
  // publisher, pinned versions) can ask for what the data lacks: its checker loads then.
  const worthChecking =
    ignored.length > 0 ||
    state.markets !== null ||
    state.groups !== null ||
    state.claim !== null ||
    typeof state.pick === 'object' ||
    state.ds !== null
  const { component: LinkNoticesView } = useLazy(linkNotices, worthChecking)
  const notices = LinkNoticesView ? (
    <LinkNoticesView
      ignored={ignored}
      state={state}
      {...(load.status === 'ready'
        ? {
            loaded: {
              data: load.data,
              substitutions: load.substitutions,
              complete: load.pending.length === 0,
            },
          }
        : {})}
    />
  ) : null
  // Shared links pin the versions on screen; the address bar keeps only what the user chose.
  const datasets = load.status === 'ready' ? load.data.datasets : []
  const linkWith = (patch: Partial<ViewState>) => {
    // A user's own data cannot be pinned: a file stays in this browser, a data= URL is in the link.
    const bundled = datasets.filter((d) => !d.id.startsWith(USER_DATASET_PREFIX))
    const pins =
      bundled.length > 0 ? bundled.map((d) => ({ id: d.id, version: d.version })) : state.ds
    return `${window.location.origin}${window.location.pathname}${serializeUrl({ ...state, ds: pins, ...patch }, passthrough)}`
  }
  const chartContext: ChartContextValue = {
    datasets,
    shareLink: () => linkWith({ embed: false }),
    embedLink: () => linkWith({ embed: true }),
    embed: state.embed,
    DownloadMenu: ExportMenu,
  }
  const { component: ViewComponent, error: viewError } = useViewComponent(state.view)
  useEffect(() => {
    if (viewError) forgetStoredCode()
  }, [viewError])
  // Once every dataset is in, what the data cannot honour (an unknown claim or publisher) is
  // drawn as the default the notice names.
  const everyDataset = load.status === 'ready' && load.pending.length === 0 ? load.data : undefined
  const shownState = useMemo(
    () => (everyDataset ? honouredState(state, everyDataset) : state),
    [everyDataset, state],
  )
  const drawn = load.status === 'ready' && ViewComponent !== undefined
  useEffect(() => {
    if (drawn) registerOfflineCache()
  }, [drawn])
  const content = (
    <>
      {DataGate && state.data ? (
        <DataGate key={state.data} data={state.data} allowed={dataAllowed} onAllow={allowData} />
      ) : null}
      {langFailed ? (
        <LoadFailure
          title={t('load.langFailed', { language: LANG_NAMES[langFailed] })}
          error={new LoadError('network', '', { key: 'load.viewFailedHint' })}
          onRetry={() => void switchLang(langFailed)}
        />
      ) : null}
      {fromUrl.error ? (
        <LoadFailure
          title={t('load.urlFailed', { url: fromUrl.error.url, message: fromUrl.error.message })}
          error={new LoadError('network', fromUrl.error.url, { key: 'load.urlRest' })}
          onRetry={() => void fromUrl.retry()}
        />
      ) : null}
      {fromUrl.loading ? (
        <Loading what={t('load.urlDataset', { url: state.data ?? '' })} onCancel={fromUrl.cancel} />
      ) : null}
      {load.status === 'loading' ? <Loading what={t('load.datasets')} /> : null}
      {load.status === 'error' ? (
        <LoadFailure title={t('load.catalogFailed')} error={load.error} onRetry={load.retry} />
      ) : null}
      {load.status === 'ready' ? (
        <>
          {load.failures.map((failure) => (
            <LoadFailure
              key={failure.entry.id}
              title={t('load.regionFailed', { title: failure.entry.title })}
              error={failure.error}
              onRetry={failure.retry}
            />
          ))}
          {load.pending.length > 0 ? (
            <Loading what={load.pending.map((e) => e.title).join(', ')} />
          ) : null}
          {viewError ? (
            <LoadFailure
              title={t('load.viewFailed')}
              error={new LoadError('network', '', { key: 'load.viewFailedHint' })}
              onRetry={() => window.location.reload()}
            />
          ) : null}
          {load.data.datasets.length > 0 && ViewComponent ? (
            <ViewComponent
              data={load.data}
              choices={choices}
              state={shownState}
              update={update}
              embed={state.embed}
              reads={VIEW_REGISTRY[state.view].reads}
            />
          ) : null}
          {load.data.datasets.length > 0 && !ViewComponent && !viewError ? (
            <Loading what={t('load.view')} />
          ) : null}
        </>
      ) : null}
    </>
  )

  if (state.embed)
    return (
      <ChartContext.Provider value={chartContext}>
        <main className="app app--embed" ref={embedMain}>
          <h1 className="visually-hidden">Megawatt Atlas</h1>
          <Fragment key={currentLang()}>{content}</Fragment>
        </main>
      </ChartContext.Provider>
    )
  return (
    <ChartContext.Provider value={chartContext}>
      <div className="app">
        <header className="app-header">
          <h1>Megawatt Atlas</h1>
          <p className="app-header__tagline">{t('app.tagline')}</p>
        </header>
        <main>
          {notices}
          <div className="view-bar">
            <ViewTabs
              tabs={VIEW_TABS}
              view={state.view}
              onChange={(view) => update({ view }, { transition: true })}
              onIntent={(view) => void preloadView(view).catch(() => undefined)}
            />
            <NarrowFold label={t('app.tools')} className="view-bar__tools">
              <UserDataPanel
                files={user.files}
                broken={user.broken}
                report={user.report}
                onFile={user.addFile}
                onRemove={user.remove}
              />
              <ReportMenu />
              <ThemeSwitch value={state.theme} onChange={(theme) => update({ theme })} />
              <LangSwitch value={currentLang()} onChange={switchLang} />
              <ShareMenu link={chartContext.shareLink} embedLink={chartContext.embedLink} />
            </NarrowFold>
          </div>
          <div id="view-panel" role="tabpanel" aria-labelledby={`tab-${state.view}`}>
            <Fragment key={currentLang()}>{content}</Fragment>
          </div>
        </main>
      </div>
    </ChartContext.Provider>
  )
}

function userChoices(datasets: Dataset[]): MarketChoice[] {
  return datasets.flatMap((d) => d.markets.filter((m) => m.level !== 'aggregate'))
}

function marketChoices(entries: CatalogEntry[]): MarketChoice[] {
  return entries.flatMap((entry) => entry.markets.map((m) => ({ ...m, region: entry.region })))
}
