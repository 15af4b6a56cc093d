/** Metric, year and the rule that picks one figure where sources disagree. */
import { useId } from 'react'
import type { AtlasData } from '../data/atlasData'
import { METRIC_INFO, METRICS, type Metric } from '../data/metrics'
import { PICK_RULES, type PickRule } from '../data/select/pickObservation'

const RULE_LABEL: Record<(typeof PICK_RULES)[number], string> = {
  latest: 'Most recent',
  max: 'Highest',
  min: 'Lowest',
  median: 'Median',
}

export function FigureControls({
  data,
  metric,
  year,
  shownYear,
  pick,
  onChange,
}: {
  data: AtlasData
  metric: Metric
  /** The year in the URL, null for the default. */
  year: number | null
  /** The year actually drawn. */
  shownYear: number | undefined
  pick: PickRule
  onChange: (patch: { metric?: Metric; year?: number | null; pick?: PickRule }) => void
}) {
  const metricId = useId()
  const yearId = useId()
  const pickId = useId()
  const years = data.yearsOf(metric)
  const publishers = [...data.publishers.entries()].sort((a, b) => a[1].localeCompare(b[1]))
  const pickValue = typeof pick === 'object' ? `publisher:${pick.publisher}` : pick
  return (
    <div className="figure-controls">
      <div className="field">
        <label htmlFor={metricId}>Metric</label>
        <select
          id={metricId}
          value={metric}
          onChange={(e) => onChange({ metric: e.target.value as Metric })}
        >
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {METRIC_INFO[m].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={yearId}>Year</label>
        <select
          id={yearId}
          value={year === null ? 'default' : String(year)}
          onChange={(e) =>
            onChange({ year: e.target.value === 'default' ? null : Number(e.target.value) })
          }
        >
          <option value="default">
            Latest well-covered{shownYear && year === null ? ` (${shownYear})` : ''}
          </option>
          {year !== null && !years.some((y) => y.year === year) ? (
            <option value={String(year)}>{year} (no figures)</option>
          ) : null}
          {[...years].reverse().map(({ year: y, markets }) => (
            <option key={y} value={String(y)}>
              {y} ({markets} market{markets === 1 ? '' : 's'})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={pickId}>Where sources disagree, draw</label>
        <select
          id={pickId}
          value={pickValue}
          onChange={(e) => {
            const v = e.target.value
            onChange({
              pick: v.startsWith('publisher:')
                ? { publisher: v.slice('publisher:'.length) }
                : (v as PickRule),
            })
          }}
        >
          <optgroup label="Rule">
            {PICK_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {RULE_LABEL[rule]}
              </option>
            ))}
          </optgroup>
          <optgroup label="Only one publisher">
            {typeof pick === 'object' && !data.publishers.has(pick.publisher) ? (
              <option value={pickValue}>{pick.publisher} (not in these data)</option>
            ) : null}
            {publishers.map(([id, name]) => (
              <option key={id} value={`publisher:${id}`}>
                {name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
    </div>
  )
}
