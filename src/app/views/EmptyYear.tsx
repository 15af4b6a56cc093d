/** Says a year has no figures for the chosen markets and offers the nearest years that do. */
import type { AtlasData } from '../../data/atlasData'
import type { Metric } from '../../data/metrics'

export function EmptyYear({
  data,
  metric,
  year,
  onYear,
}: {
  data: AtlasData
  metric: Metric
  year: number
  onYear: (year: number) => void
}) {
  const years = data.yearsOf(metric).filter((y) => y.year !== year)
  const nearest = [...years]
    .sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year))
    .slice(0, 3)
  return (
    <div className="empty-state" role="status">
      <p>None of the chosen markets has a sourced figure for this metric in {year}.</p>
      {nearest.length > 0 ? (
        <p>
          Years with figures:{' '}
          {nearest.map((y) => (
            <button
              key={y.year}
              type="button"
              className="button-quiet"
              onClick={() => onYear(y.year)}
            >
              {y.year} ({y.markets} markets)
            </button>
          ))}
        </p>
      ) : null}
    </div>
  )
}
