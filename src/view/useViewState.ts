/**
 * The one hook that reads the view from the URL and writes it back. Nothing else touches
 * `location` or `history`. Each settled change pushes one history entry, so back and forward
 * walk through the user's changes.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { type ParsedUrl, parseUrl } from './parseUrl'
import { serializeUrl } from './serializeUrl'
import type { ViewState } from './viewState'

const CHANGE = 'megawatt-atlas:urlchange'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

const getSearch = () => window.location.search

export type ViewStateApi = ParsedUrl & { update: (patch: Partial<ViewState>) => void }

export function useViewState(): ViewStateApi {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch)
  const parsed = useMemo(() => parseUrl(search), [search])
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const next = serializeUrl({ ...parsed.state, ...patch }, parsed.passthrough)
      if (next === window.location.search) return
      window.history.pushState(
        null,
        '',
        `${window.location.pathname}${next}${window.location.hash}`,
      )
      window.dispatchEvent(new Event(CHANGE))
    },
    [parsed],
  )
  return { ...parsed, update }
}
