/**
 * The one hook that reads the view from the URL and writes it back. Nothing else touches
 * `location` or `history`. Each settled change pushes one history entry, so back and forward
 * walk through the user's changes; a change still under way (a play, a drag) replaces it.
 * The view follows a change at once; the address bar once the change is painted.
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react'
import { flushSync } from 'react-dom'
import { browserLang, currentLang, isLoaded, loadLang, setLang } from '../i18n/locale'
import { afterPaint } from '../lib/Later'
import { type ParsedUrl, parseUrl } from './parseUrl'
import { serializeUrl } from './serializeUrl'
import type { ViewState } from './viewState'

const CHANGE = 'megawatt-atlas:urlchange'

/**
 * Changes the view already shows and history does not have yet, in order. Writing history
 * (pushState) took 1-3 ms of the task that draws the change, as long as a bar chart's commit:
 * it is done after the frame is painted instead.
 */
let unwritten: Array<{ url: string; search: string; replace: boolean }> = []

function writeHistory(): void {
  for (const { url, replace } of unwritten)
    window.history[replace ? 'replaceState' : 'pushState'](null, '', url)
  unwritten = []
}

function subscribe(onChange: () => void): () => void {
  // Back or forward goes to an entry history has: changes not written yet are left behind.
  const onHistory = () => {
    unwritten = []
    onChange()
  }
  window.addEventListener('popstate', onHistory)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onHistory)
    window.removeEventListener(CHANGE, onChange)
  }
}

const getSearch = () => unwritten.at(-1)?.search ?? window.location.search

/** Whether the change being announced is to be drawn in a transition (a new tab). */
let announcingTransition = false

/**
 * `replace`: the change takes the place of the current history entry instead of adding one
 * (a timeline playing: the address follows each year, the play is one entry).
 * `transition`: the change is drawn in slices a tap can cut into (a new tab, whose view is a
 * page's worth of drawing); any other change is drawn at once, in the task that made it.
 */
export type UpdateOptions = { replace?: boolean; transition?: boolean }
export type Update = (patch: Partial<ViewState>, options?: UpdateOptions) => void
export type ViewStateApi = ParsedUrl & { update: Update }

export function useViewState(): ViewStateApi {
  // React state, not useSyncExternalStore, whose updates always render in one task: a new tab
  // renders in slices. Every other change renders at once, as a store's did (a year, a filter,
  // a language: the control shows its new value in the task that changed it).
  const [search, setSearch] = useState(getSearch)
  useEffect(() => {
    const follow = () => {
      const next = getSearch()
      if (announcingTransition) startTransition(() => setSearch(next))
      else flushSync(() => setSearch(next))
    }
    // A change between the first render and this effect.
    setSearch(getSearch())
    return subscribe(follow)
  }, [])
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
  const update = useCallback((patch: Partial<ViewState>, options: UpdateOptions = {}) => {
    // From the newest address, not this render's: a change made while a new tab still renders
    // keeps that tab.
    const latest = parseUrl(getSearch())
    const next = serializeUrl({ ...latest.state, ...patch }, latest.passthrough)
    if (next === getSearch()) return
    if (unwritten.length === 0) afterPaint(writeHistory)
    unwritten.push({
      url: `${window.location.pathname}${next}${window.location.hash}`,
      search: next,
      replace: options.replace ?? false,
    })
    announcingTransition = options.transition ?? false
    try {
      window.dispatchEvent(new Event(CHANGE))
    } finally {
      announcingTransition = false
    }
  }, [])
  return { ...parsed, update }
}
