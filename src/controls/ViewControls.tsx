/** The small controls views share: metric, year, year range, pick rule, unit, scale. */
import { useId } from 'react'
import { scopeLabel } from '../charts/format'
import type { AtlasData } from '../data/atlasData'
import { METRICS, type Metric } from '../data/metrics'
import type { Scope } from '../data/schema'
import { SCOPES } from '../data/scopes'
import { PICK_RULES, type PickRule } from '../data/select/pickObservation'
import { type Lang, t, tn } from '../i18n/locale'
import { collate } from '../lib/collate'
import {
  ANY_SCOPE,
  type DisplayUnit,
  LEVELS,
  type LevelFilter,
  type Scale,
  type Theme,
} from '../view/viewState'

export function MetricSelect({
  value,
  onChange,
}: {
  value: Metric
  onChange: (metric: Metric) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('controls.metric')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Metric)}>
        {METRICS.map((m) => (
          <option key={m} value={m}>
            {t(`metric.${m}`)}
          </option>
        ))}
      </select>
    </div>
  )
}

export function YearSelect({
  data,
  metric,
  year,
  shownYear,
  label = t('controls.year'),
  defaultLabel = t('year.latest'),
  onChange,
}: {
  data: AtlasData
  metric: Metric
  /** The year in the URL, null for the default. */
  year: number | null
  /** The year drawn. */
  shownYear: number | undefined
  label?: string
  defaultLabel?: string
  onChange: (year: number | null) => void
}) {
  const id = useId()
  const years = data.yearsOf(metric)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={year === null ? 'default' : String(year)}
        onChange={(e) => onChange(e.target.value === 'default' ? null : Number(e.target.value))}
      >
        <option value="default">
          {defaultLabel}
          {shownYear !== undefined && year === null ? ` (${shownYear})` : ''}
        </option>
        {year !== null && !years.some((y) => y.year === year) ? (
          <option value={String(year)}>{t('year.noFigures', { year: String(year) })}</option>
        ) : null}
        {[...years].reverse().map(({ year: y, markets }) => (
          <option key={y} value={String(y)}>
            {t('emptyYear.year', { year: String(y), markets: tn('count.markets', markets) })}
          </option>
        ))}
      </select>
    </div>
  )
}

export function PickSelect({
  data,
  pick,
  onChange,
}: {
  data: AtlasData
  pick: PickRule
  onChange: (pick: PickRule) => void
}) {
  const id = useId()
  const publishers = [...data.publishers.entries()].sort((a, b) => collate(a[1], b[1]))
  const value = typeof pick === 'object' ? `publisher:${pick.publisher}` : pick
  return (
    <div className="field">
      <label htmlFor={id}>{t('controls.pick')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const v = e.target.value
          onChange(
            v.startsWith('publisher:')
              ? { publisher: v.slice('publisher:'.length) }
              : (v as PickRule),
          )
        }}
      >
        <optgroup label={t('controls.pick.rule')}>
          {PICK_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`controls.pick.${rule}`)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('controls.pick.publisher')}>
          {typeof pick === 'object' && !data.publishers.has(pick.publisher) ? (
            <option value={value}>
              {t('controls.pick.unknown', { publisher: pick.publisher })}
            </option>
          ) : null}
          {publishers.map(([pid, name]) => (
            <option key={pid} value={`publisher:${pid}`}>
              {name}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  )
}

/** `scope=`: draw only figures that count one thing (colocation, …), or any figure. */
export function ScopeSelect({
  value,
  onChange,
}: {
  value: Scope | null
  onChange: (scope: Scope | null) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('controls.scope')}</label>
      <select
        id={id}
        value={value ?? ANY_SCOPE}
        onChange={(e) => onChange(e.target.value === ANY_SCOPE ? null : (e.target.value as Scope))}
      >
        <option value={ANY_SCOPE}>{t('controls.scope.any')}</option>
        {SCOPES.map((scope) => (
          <option key={scope} value={scope}>
            {scopeLabel(scope)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** `level=`: every market, only cities (and city-states), or only countries. */
export function LevelSelect({
  value,
  onChange,
}: {
  value: LevelFilter
  onChange: (level: LevelFilter) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('controls.level')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as LevelFilter)}>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`controls.level.${level}`)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** A pair of radio buttons that reads as one switch. */
export function Segmented<T extends string>({
  legend,
  options,
  value,
  onChange,
  disabled,
}: {
  legend: string
  /** `name`: the option's full name where `label` shortens it; `lang`: the language it is in. */
  options: Array<{ value: T; label: string; name?: string; lang?: string }>
  value: T
  onChange: (value: T) => void
  disabled?: string
}) {
  const name = useId()
  return (
    <fieldset className="segmented" disabled={disabled !== undefined} title={disabled}>
      <legend>{legend}</legend>
      <div className="segmented__options">
        {options.map((o) => (
          <label
            key={o.value}
            className={o.value === value ? 'is-checked' : undefined}
            title={o.name}
            lang={o.lang}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
              aria-label={o.name}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

export function UnitSwitch({
  value,
  onChange,
}: {
  value: DisplayUnit
  onChange: (unit: DisplayUnit) => void
}) {
  return (
    <Segmented
      legend={t('controls.unit')}
      value={value}
      onChange={onChange}
      options={[
        { value: 'mw', label: 'MW' },
        { value: 'gw', label: 'GW' },
      ]}
    />
  )
}

export function ScaleSwitch({
  value,
  onChange,
  disabled,
}: {
  value: Scale
  onChange: (scale: Scale) => void
  /** Why the scale cannot change here (stacked bars need a linear axis). */
  disabled?: string
}) {
  return (
    <Segmented
      legend={t('controls.scale')}
      value={value}
      onChange={onChange}
      disabled={disabled}
      options={[
        { value: 'linear', label: t('controls.scale.linear') },
        { value: 'log', label: t('controls.scale.log') },
      ]}
    />
  )
}

/** Light, dark, or whatever the system prefers (no `theme` in the link). */
export function ThemeSwitch({
  value,
  onChange,
}: {
  value: Theme | null
  onChange: (theme: Theme | null) => void
}) {
  return (
    <Segmented
      legend={t('controls.theme')}
      value={value ?? 'auto'}
      onChange={(v) => onChange(v === 'auto' ? null : v)}
      options={[
        { value: 'auto', label: t('controls.theme.auto') },
        { value: 'light', label: t('controls.theme.light') },
        { value: 'dark', label: t('controls.theme.dark') },
      ]}
    />
  )
}

/** Each language named in itself. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', 'pt-BR': 'Português' }

/**
 * English or Portuguese, each named in its own language (shown as EN / PT, to keep the bar on
 * one line). Without `lang` in the link the page follows the browser, so the switch shows the
 * language on screen.
 */
export function LangSwitch({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  return (
    <Segmented
      legend={t('controls.lang')}
      value={value}
      onChange={onChange}
      options={[
        { value: 'en', label: 'EN', name: LANG_NAMES.en, lang: 'en' },
        { value: 'pt-BR', label: 'PT', name: LANG_NAMES['pt-BR'], lang: 'pt-BR' },
      ]}
    />
  )
}
