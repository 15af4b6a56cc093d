/**
 * The view state with its data-dependent defaults filled in: which claim the compare view
 * checks, which groups it draws, which year is shown. Pure.
 */
import { type AtlasData, defaultYear } from '../data/atlasData'
import type { Group } from '../data/groups'
import type { Claim } from '../data/schema'
import { NO_CLAIM, type ViewState } from './viewState'

export function activeClaim(state: ViewState, data: AtlasData): Claim | undefined {
  if (state.claim === NO_CLAIM) return undefined
  if (state.claim === null) return data.claims.values().next().value
  return data.claims.get(state.claim)
}

/** The groups drawn: those in the link, else the claim's. */
export function groupsInView(state: ViewState, claim: Claim | undefined): Group[] {
  return state.groups ?? claim?.groups.map((g) => ({ name: g.name, markets: [...g.markets] })) ?? []
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
