/**
 * What a link asks for that the loaded data cannot give: market ids it does not hold, a
 * publisher with no figures, a claim it does not hold. Said in a notice, never thrown.
 */
import type { AtlasData } from '../data/atlasData'
import type { Substitution } from '../data/datasetVersions'
import { t, tn } from '../i18n/locale'
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
        reason: () => t('check.unknownMarkets', { ids: unknown.map(shown).join(', ') }),
      })
    if (aggregates.length > 0)
      ignored.push({
        key: 'markets',
        value: aggregates.join(','),
        reason: () => tn('check.aggregate', aggregates.length, { ids: aggregates.join(', ') }),
      })
  }
  for (const group of state.groups ?? []) {
    const unknown = group.markets.filter((id) => !data.markets.has(id))
    if (unknown.length > 0)
      ignored.push({
        key: 'groups',
        value: `${group.name}:${unknown.join('+')}`,
        reason: () =>
          t('check.unknownInGroup', {
            ids: unknown.map(shown).join(', '),
            group: shown(group.name),
          }),
      })
  }
  const { claim, pick } = state
  if (claim !== null && claim !== NO_CLAIM && !data.claims.has(claim))
    ignored.push({
      key: 'claim',
      value: claim,
      reason: () => t('check.unknownClaim', { id: shown(claim) }),
    })
  if (typeof pick === 'object' && !data.publishers.has(pick.publisher))
    ignored.push({
      key: 'pick',
      value: pick.publisher,
      reason: () => t('check.unknownPublisher', { id: shown(pick.publisher) }),
    })
  return ignored
}

/** Pins (`ds=`) the bundled catalog could not honour, as notices. */
export function pinNotices(substitutions: Substitution[]): Ignored[] {
  return substitutions.map(({ pin, shown: entry }) => ({
    key: 'ds',
    value: `${pin.id}@${pin.version}`,
    showsFallback: entry !== undefined,
    reason: () =>
      entry
        ? t('check.versionGone', {
            version: shown(pin.version),
            title: entry.title,
            shown: `${entry.id}@${entry.version}`,
          })
        : t('check.unknownDataset', { id: shown(pin.id) }),
  }))
}
