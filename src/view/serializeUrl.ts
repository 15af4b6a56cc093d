/**
 * View state -> query string: only what differs from the defaults, keys in the SPEC's order,
 * values readable (commas and colons stay as they are).
 */
import type { ParsedUrl } from './parseUrl'
import { DEFAULT_VIEW_STATE, URL_KEYS, type UrlKey, type ViewState } from './viewState'

function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%40/g, '@')
}

function stateEntries(state: ViewState): Partial<Record<UrlKey, string>> {
  const d = DEFAULT_VIEW_STATE
  const entries: Partial<Record<UrlKey, string>> = {}
  if (state.view !== d.view) entries.view = state.view
  if (state.markets !== null) entries.markets = state.markets.join(',')
  if (state.metric !== d.metric) entries.metric = state.metric
  if (state.year !== null) entries.year = String(state.year)
  const pick = typeof state.pick === 'object' ? state.pick.publisher : state.pick
  if (pick !== d.pick) entries.pick = pick
  return entries
}

/**
 * `passthrough` holds the keys this build does not read (from parseUrl): they are written back
 * untouched, contract keys in their place in the order, unknown keys at the end.
 */
export function serializeUrl(state: ViewState, passthrough: ParsedUrl['passthrough'] = []): string {
  const entries = stateEntries(state)
  const parts: string[] = []
  for (const key of URL_KEYS) {
    const value = entries[key] ?? passthrough.find(([k]) => k === key)?.[1]
    if (value !== undefined) parts.push(`${key}=${encodeValue(value)}`)
  }
  for (const [key, value] of passthrough)
    if (!(URL_KEYS as readonly string[]).includes(key))
      parts.push(`${encodeValue(key)}=${encodeValue(value)}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}
