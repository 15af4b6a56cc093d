/** What the page shows instead of an ignored value: "year=abc ignored: …; showing 2025". */
import { t } from '../i18n/locale'
import type { Ignored, ViewState } from './viewState'

export function withFallback(
  items: Ignored[],
  state: ViewState,
  shownYear: number | undefined,
): Ignored[] {
  return items.map((item) => {
    const showing = fallbackOf(item.key, state, shownYear)
    // A reason that already says what is shown (a substituted version) keeps it.
    return showing && !item.showsFallback
      ? { ...item, reason: () => t('fallback.showing', { reason: item.reason(), what: showing }) }
      : item
  })
}

function fallbackOf(
  key: string,
  state: ViewState,
  shownYear: number | undefined,
): string | undefined {
  switch (key) {
    case 'year':
      return shownYear === undefined ? undefined : String(shownYear)
    case 'metric':
      return t(`metric.${state.metric}`).toLowerCase()
    case 'view':
      return t('fallback.view', { view: t(`view.${state.view}`) })
    case 'markets':
      return state.markets === null ? t('fallback.everyMarket') : undefined
    case 'unit':
      return state.unit.toUpperCase()
    case 'scale':
    case 'theme':
    case 'lang':
      return state[key] ?? undefined
    case 'pick':
      return typeof state.pick === 'string' ? t('fallback.pick', { pick: state.pick }) : undefined
    default:
      return undefined
  }
}
