/**
 * Query string -> view state, key by key. A bad value never breaks the page: that key falls
 * back to its default and the result says what was ignored and why. Keys this build does not
 * know stay as they were, to be written back unchanged.
 */

import { decode, readGroupsParam } from '../data/groups'
import { isMetric, METRICS } from '../data/metrics'
import type { Scope } from '../data/schema'
import { SCOPES } from '../data/scopes'
import { PICK_RULES, type PickRule } from '../data/select/pickObservation'
import { LANGS, type Lang } from '../i18n/langs'
import { orList, say, t } from '../i18n/locale'
import { clipText } from '../lib/wholeText'
import {
  ANY_SCOPE,
  CHANGES,
  type Change,
  type DatasetPin,
  DEFAULT_VIEW_STATE,
  type DisplayUnit,
  type Ignored,
  LEVELS,
  type LevelFilter,
  SCALES,
  type Scale,
  SERIES_MODES,
  type SeriesMode,
  THEMES,
  type Theme,
  UNITS,
  URL_KEYS,
  VIEWS,
  type View,
  type ViewState,
} from './viewState'

export type ParsedUrl = {
  state: ViewState
  ignored: Ignored[]
  /** Keys outside the URL contract, in their original order, kept for the next URL written. */
  passthrough: Array<[string, string]>
}

/** More market ids than any dataset holds is a broken or hostile link. */
export const MAX_MARKETS = 200

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SHOWN = 60

/** A value quoted for a notice: short enough to read, never markup (it is rendered as text). */
export const shown = (value: string): string => clipText(value, MAX_SHOWN)

export function parseUrl(search: string): ParsedUrl {
  const state: ViewState = { ...DEFAULT_VIEW_STATE }
  const ignored: Ignored[] = []
  const passthrough: Array<[string, string]> = []
  // How often each key is given, and the first value of a repeated one that is not read.
  const seen = new Map<string, number>()
  const repeated = new Map<string, string>()
  // Read by hand rather than with URLSearchParams: `groups` needs its raw, undecoded value.
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = decode(eq < 0 ? pair : pair.slice(0, eq))
    const raw = eq < 0 ? '' : pair.slice(eq + 1)
    const value = decode(raw)
    if (key === '') continue
    if (!(URL_KEYS as readonly string[]).includes(key)) {
      passthrough.push([key, value])
      continue
    }
    const times = seen.get(key)
    if (times !== undefined) {
      seen.set(key, times + 1)
      if (!repeated.has(key)) repeated.set(key, value)
      continue
    }
    seen.set(key, 1)
    const reason = readKey(state, key, value, raw)
    if (reason) ignored.push({ key, value, reason })
  }
  // One notice per repeated key, however often it repeats (3,000 of them once pushed the chart
  // off the page).
  for (const [key, count] of seen)
    if (count > 1)
      ignored.push({
        key,
        value: repeated.get(key) ?? '',
        reason: () => t('url.repeated', { key, count }),
      })
  return { state, ignored, passthrough }
}

/** Up to five values as shown in a notice, then how many more. */
function shortList(values: string[]): string {
  const list = values.slice(0, 5).map(shown).join(', ')
  return values.length > 5 ? t('list.andMore', { list, count: values.length - 5 }) : list
}

function readYear(value: string): number | undefined {
  const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN
  return year >= 1990 && year <= 2100 ? year : undefined
}

/** Reads one key into state; returns why the value was ignored, if it was. */
function readKey(
  state: ViewState,
  key: string,
  value: string,
  raw: string,
): Ignored['reason'] | undefined {
  switch (key) {
    case 'view':
      if ((VIEWS as readonly string[]).includes(value)) state.view = value as View
      else return () => t('url.oneOf', { key, options: VIEWS.join(', ') })
      return
    case 'markets': {
      const all = [
        ...new Set(
          value
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        ),
      ]
      const ids = all.slice(0, MAX_MARKETS)
      const bad = ids.filter((id) => !SLUG.test(id))
      const good = ids.filter((id) => SLUG.test(id))
      if (good.length > 0) state.markets = good
      if (bad.length > 0) return () => t('url.markets.notIds', { ids: shortList(bad) })
      if (all.length > MAX_MARKETS) return () => t('url.markets.tooMany', { max: MAX_MARKETS })
      if (good.length === 0) return () => t('url.markets.none')
      return
    }
    case 'metric':
      if (isMetric(value)) state.metric = value
      else return () => t('url.oneOf', { key, options: METRICS.join(', ') })
      return
    case 'year':
    case 'from':
    case 'to': {
      const year = readYear(value)
      if (year === undefined) return () => t('url.year', { key })
      state[key === 'year' ? 'year' : key] = year
      if (state.from !== null && state.to !== null && state.from > state.to) {
        ;[state.from, state.to] = [state.to, state.from]
        return () => t('url.swapped')
      }
      return
    }
    case 'groups': {
      const { groups, problems } = readGroupsParam(raw, (number) =>
        t('group.defaultName', { number }),
      )
      state.groups = groups
      return problems.length > 0 ? () => problems.map(say).join('; ') : undefined
    }
    case 'unit':
      if ((UNITS as readonly string[]).includes(value)) state.unit = value as DisplayUnit
      else return () => t('url.either', { key, options: orList(UNITS) })
      return
    case 'scale':
      if ((SCALES as readonly string[]).includes(value)) state.scale = value as Scale
      else return () => t('url.either', { key, options: orList(SCALES) })
      return
    case 'change':
      if ((CHANGES as readonly string[]).includes(value)) state.change = value as Change
      else return () => t('url.oneOf', { key, options: CHANGES.join(', ') })
      return
    case 'scope':
      if (value === ANY_SCOPE) state.scope = null
      else if ((SCOPES as readonly string[]).includes(value)) state.scope = value as Scope
      else return () => t('url.oneOf', { key, options: [ANY_SCOPE, ...SCOPES].join(', ') })
      return
    case 'series':
      if ((SERIES_MODES as readonly string[]).includes(value)) state.series = value as SeriesMode
      else return () => t('url.either', { key, options: orList(SERIES_MODES) })
      return
    case 'events':
      if (value === '0' || value === '1') state.events = value === '1'
      else return () => t('url.either', { key, options: orList(['0', '1']) })
      return
    case 'level':
      if ((LEVELS as readonly string[]).includes(value)) state.level = value as LevelFilter
      else return () => t('url.oneOf', { key, options: LEVELS.join(', ') })
      return
    case 'ds': {
      const pins: DatasetPin[] = []
      const bad: string[] = []
      for (const part of value.split(',').filter(Boolean).slice(0, 20)) {
        const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)@([0-9A-Za-z.-]+)$/.exec(part.trim())
        if (match && !pins.some((p) => p.id === match[1]))
          pins.push({ id: match[1] as string, version: match[2] as string })
        else bad.push(part)
      }
      if (pins.length > 0) state.ds = pins
      return bad.length > 0 ? () => t('url.ds', { versions: shortList(bad) }) : undefined
    }
    case 'data':
      if (value.length <= 2000 && /^(https?:\/\/[^\s]+|[\w./-]+\.(?:json|csv))$/i.test(value))
        state.data = value
      else return () => t('url.data')
      return
    case 'embed':
      if (value === '1' || value === 'true') state.embed = true
      else if (value !== '0' && value !== 'false')
        return () => t('url.either', { key, options: orList(['1', '0']) })
      return
    case 'theme':
      if ((THEMES as readonly string[]).includes(value)) state.theme = value as Theme
      else return () => t('url.either', { key, options: orList(THEMES) })
      return
    case 'lang':
      if ((LANGS as readonly string[]).includes(value)) state.lang = value as Lang
      else return () => t('url.either', { key, options: orList(LANGS) })
      return
    case 'claim':
      if (SLUG.test(value)) state.claim = value
      else return () => t('url.claim')
      return
    case 'pick':
      if ((PICK_RULES as readonly string[]).includes(value)) state.pick = value as PickRule
      else if (SLUG.test(value)) state.pick = { publisher: value }
      else return () => t('url.pick', { options: PICK_RULES.join(', ') })
      return
  }
}
