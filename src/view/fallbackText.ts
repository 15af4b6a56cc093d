/** What the page shows instead of an ignored value: "year=abc ignored: …; showing 2025". */
import { METRIC_INFO } from '../data/metrics'
import type { Ignored, ViewState } from './viewState'

export function withFallback(
  items: Ignored[],
  state: ViewState,
  shownYear: number | undefined,
): Ignored[] {
  return items.map((item) => {
    const showing = fallbackOf(item.key, state, shownYear)
    return showing && !item.reason.includes('showing')
      ? { ...item, reason: `${item.reason}; showing ${showing}` }
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
      return METRIC_INFO[state.metric].label.toLowerCase()
    case 'view':
      return `the ${state.view} view`
    case 'markets':
      return state.markets === null ? 'every market' : undefined
    case 'unit':
      return state.unit.toUpperCase()
    case 'scale':
    case 'theme':
    case 'lang':
      return state[key] ?? undefined
    case 'pick':
      return typeof state.pick === 'string' ? `the ${state.pick} figure` : undefined
    default:
      return undefined
  }
}
