/**
 * What a link asks for that the loaded data cannot give: market ids it does not hold, a
 * publisher with no figures, a claim it does not hold. Said in a notice, never thrown.
 */
import type { AtlasData } from '../data/atlasData'
import type { Substitution } from '../data/datasetVersions'
import { shown } from './parseUrl'
import { type Ignored, NO_CLAIM, type ViewState } from './viewState'

export function checkAgainstData(state: ViewState, data: AtlasData, complete: boolean): Ignored[] {
  const ignored: Ignored[] = []
  // Only once every dataset has arrived can an id be said not to exist.
  if (!complete) return ignored
  if (state.markets) {
    const unknown = state.markets.filter((id) => !data.markets.has(id))
    const aggregates = state.markets.filter((id) => data.markets.get(id)?.level === 'aggregate')
    if (unknown.length > 0)
      ignored.push({
        key: 'markets',
        value: unknown.join(','),
        reason: `no market with the id ${unknown.map(shown).join(', ')}`,
      })
    if (aggregates.length > 0)
      ignored.push({
        key: 'markets',
        value: aggregates.join(','),
        reason: `${aggregates.join(', ')} ${aggregates.length === 1 ? 'is a total' : 'are totals'} of several markets, not a market`,
      })
  }
  for (const group of state.groups ?? []) {
    const unknown = group.markets.filter((id) => !data.markets.has(id))
    if (unknown.length > 0)
      ignored.push({
        key: 'groups',
        value: `${group.name}:${unknown.join('+')}`,
        reason: `no market with the id ${unknown.map(shown).join(', ')} in group “${shown(group.name)}”`,
      })
  }
  if (state.claim !== null && state.claim !== NO_CLAIM && !data.claims.has(state.claim))
    ignored.push({
      key: 'claim',
      value: state.claim,
      reason: `no claim with the id ${shown(state.claim)}`,
    })
  if (typeof state.pick === 'object' && !data.publishers.has(state.pick.publisher))
    ignored.push({
      key: 'pick',
      value: state.pick.publisher,
      reason: `no publisher with the id ${shown(state.pick.publisher)}`,
    })
  return ignored
}

/** Pins (`ds=`) the bundled catalog could not honour, as notices. */
export function pinNotices(substitutions: Substitution[]): Ignored[] {
  return substitutions.map(({ pin, shown: entry }) => ({
    key: 'ds',
    value: `${pin.id}@${pin.version}`,
    reason: entry
      ? `version ${shown(pin.version)} of ${entry.title} is no longer bundled; showing ${entry.id}@${entry.version}`
      : `no dataset with the id ${shown(pin.id)}`,
  }))
}
