/**
 * View state -> query string: only what differs from the defaults, keys in the SPEC's order,
 * values readable (commas and colons stay as they are).
 */
import { writeGroups } from '../data/groups'
import { encodeText } from '../lib/wholeText'
import type { ParsedUrl } from './parseUrl'
import { DEFAULT_VIEW_STATE, URL_KEYS, type UrlKey, type ViewState } from './viewState'

function encodeValue(value: string): string {
  return encodeText(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%40/g, '@')
}

function stateEntries(state: ViewState): Partial<Record<UrlKey, string>> {
  const d = DEFAULT_VIEW_STATE
  const entries: Partial<Record<UrlKey, string>> = {}
  if (state.view !== d.view) entries.view = state.view
  if (state.markets !== null) entries.markets = state.markets.join(',')
  if (state.metric !== d.metric) entries.metric = state.metric
  if (state.year !== null) entries.year = String(state.year)
  if (state.from !== null) entries.from = String(state.from)
  if (state.to !== null) entries.to = String(state.to)
  const pick = typeof state.pick === 'object' ? state.pick.publisher : state.pick
  if (pick !== d.pick) entries.pick = pick
  if (state.unit !== d.unit) entries.unit = state.unit
  if (state.scale !== d.scale) entries.scale = state.scale
  if (state.claim !== null) entries.claim = state.claim
  if (state.ds !== null) entries.ds = state.ds.map((p) => `${p.id}@${p.version}`).join(',')
  if (state.theme !== null) entries.theme = state.theme
  if (state.lang !== null) entries.lang = state.lang
  if (state.data !== null) entries.data = state.data
  if (state.change !== null) entries.change = state.change
  if (state.scope !== null) entries.scope = state.scope
  if (state.series !== null) entries.series = state.series
  if (state.level !== d.level) entries.level = state.level
  if (!state.events) entries.events = '0'
  if (state.embed) entries.embed = '1'
  return entries
}

/** `passthrough` holds the keys outside the contract (from parseUrl): written back last, untouched. */
export function serializeUrl(state: ViewState, passthrough: ParsedUrl['passthrough'] = []): string {
  const entries = stateEntries(state)
  const parts: string[] = []
  for (const key of URL_KEYS) {
    // Groups are written by their own encoder, which keeps the `+` between members raw.
    if (key === 'groups' && state.groups !== null) {
      parts.push(`groups=${writeGroups(state.groups)}`)
      continue
    }
    const value = entries[key]
    if (value !== undefined) parts.push(`${key}=${encodeValue(value)}`)
  }
  for (const [key, value] of passthrough) parts.push(`${encodeValue(key)}=${encodeValue(value)}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}
