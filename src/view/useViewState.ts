/**
 * The one hook that reads the view from the URL and writes it back. Nothing else touches
 * `location` or `history`. Each settled change pushes one history entry, so back and forward
 * walk through the user's changes; a change still under way (a play, a drag) replaces it.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { browserLang, currentLang, isLoaded, loadLang, setLang } from '../i18n/locale'
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

/**
 * `replace`: the change takes the place of the current history entry instead of adding one
 * (a timeline playing: the address follows each year, the play is one entry).
 */
export type UpdateOptions = { replace?: boolean }
export type Update = (patch: Partial<ViewState>, options?: UpdateOptions) => void
export type ViewStateApi = ParsedUrl & { update: Update }

export function useViewState(): ViewStateApi {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch)
  const [langArrivals, langArrived] = useState(0)
  const parsed = useMemo(() => {
    void langArrivals
    const first = parseUrl(search)
    const lang = first.state.lang ?? browserLang()
    if (lang === currentLang() || !isLoaded(lang)) return first
    // The page speaks the link's language from this render on; what the parse says about the
    // link (its notices) is read again in that language.
    setLang(lang)
    return parseUrl(search)
  }, [search, langArrivals])
  const wanted = parsed.state.lang ?? browserLang()
  useEffect(() => {
    // A link in a language whose words are not in yet (back to a pt-BR view, say): fetch them.
    // If they cannot load, the page stays in the language it is in.
    if (!isLoaded(wanted))
      loadLang(wanted).then(
        () => langArrived((n) => n + 1),
        () => undefined,
      )
    // Its words arrived between the render and this effect (main.tsx asked for them first):
    // render again, in that language.
    else if (wanted !== currentLang()) langArrived((n) => n + 1)
  }, [wanted])
  const update = useCallback(
    (patch: Partial<ViewState>, options: UpdateOptions = {}) => {
      const next = serializeUrl({ ...parsed.state, ...patch }, parsed.passthrough)
      if (next === window.location.search) return
      window.history[options.replace ? 'replaceState' : 'pushState'](
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
