/**
 * The view state with its data-dependent defaults filled in: which claim the compare view
 * checks, which groups it draws, which year is shown. Pure.
 */
import { type AtlasData, defaultYear } from '../data/atlasData'
import type { Group } from '../data/groups'
import type { Claim } from '../data/schema'
import { collate } from '../lib/collate'
import { DEFAULT_VIEW_STATE, NO_CLAIM, type SeriesMode, type ViewState } from './viewState'

/**
 * The state as the loaded data can honour it: a claim or a publisher (`pick=`) it does not hold
 * falls back to the default, as the link's notice says ("ignored"), rather than draw nothing.
 */
export function honouredState(state: ViewState, data: AtlasData): ViewState {
  const claimGone =
    state.claim !== null && state.claim !== NO_CLAIM && !data.claims.has(state.claim)
  const pickGone = typeof state.pick === 'object' && !data.publishers.has(state.pick.publisher)
  if (!claimGone && !pickGone) return state
  return {
    ...state,
    claim: claimGone ? DEFAULT_VIEW_STATE.claim : state.claim,
    pick: pickGone ? DEFAULT_VIEW_STATE.pick : state.pick,
  }
}

export function activeClaim(state: ViewState, data: AtlasData): Claim | undefined {
  if (state.claim === NO_CLAIM) return undefined
  if (state.claim === null) return data.claims.values().next().value
  return data.claims.get(state.claim)
}

/** The groups drawn: those in the link, else the claim's. */
export function groupsInView(
  state: ViewState,
  claim: Claim | undefined,
  /** The claim's groups are the record's, named in English: the caller's words for them. */
  claimName: (name: string) => string = (name) => name,
): Group[] {
  return (
    state.groups ??
    claim?.groups.map((g) => ({ name: claimName(g.name), markets: [...g.markets] })) ??
    []
  )
}

/** The year of a comparison: the link's, else the claim's year, else the latest well-covered one. */
export function compareYear(
  state: ViewState,
  data: AtlasData,
  claim: Claim | undefined,
): number | undefined {
  return state.year ?? (claim ? Number(claim.date.slice(0, 4)) : defaultYear(data, state.metric))
}

/** The market ids whose datasets the view needs; null: every dataset (the claim may name any). */
export function marketsNeeded(state: ViewState): string[] | null {
  if (state.view === 'compare') return state.groups ? state.groups.flatMap((g) => g.markets) : null
  if (state.markets === null) return null
  if (state.view === 'trend' && state.groups)
    return [...state.markets, ...state.groups.flatMap((g) => g.markets)]
  return state.markets
}

/** The year the current view draws (the trend draws a range, and has none). */
export function shownYear(state: ViewState, data: AtlasData): number | undefined {
  if (state.view === 'compare') return compareYear(state, data, activeClaim(state, data))
  if (state.view === 'pipeline') return state.year ?? defaultYear(data, 'under_construction')
  if (state.view === 'trend' || state.view === 'coverage') return undefined
  return state.year ?? defaultYear(data, state.metric)
}

/** The first release whose trend follows one publisher per market by default. */
export const PUBLISHER_SERIES_SINCE = '2027.01'

/**
 * How the trend draws its lines: the link's `series=`, else one publisher per market; a link
 * pinned (`ds=`) to a release before 2027.01 keeps drawing as it did then (`latest`), so a
 * shared link never changes its picture.
 */
export function seriesMode(state: ViewState): SeriesMode {
  if (state.series !== null) return state.series
  const older = state.ds?.some((pin) => compareVersions(pin.version, PUBLISHER_SERIES_SINCE) < 0)
  return older ? 'latest' : 'publisher'
}

/** "2026.12.1" < "2027.01": numeric part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return Number.isNaN(d) ? collate(a, b) : d
  }
  return 0
}
