/** Says a year has no figures for the chosen markets and offers the nearest years that do. */
import type { AtlasData } from '../data/atlasData'
import type { Metric } from '../data/metrics'
import { t, tn } from '../i18n/locale'

export function EmptyYearNotice({
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
      <p>{t('emptyYear.none', { year: String(year) })}</p>
      {nearest.length > 0 ? (
        <p>
          {t('emptyYear.years')}{' '}
          {nearest.map((y) => (
            <button
              key={y.year}
              type="button"
              className="button-quiet"
              onClick={() => onYear(y.year)}
            >
              {t('emptyYear.year', {
                year: String(y.year),
                markets: tn('count.markets', y.markets),
              })}
            </button>
          ))}
        </p>
      ) : null}
    </div>
  )
}
