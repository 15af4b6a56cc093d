import { useId } from 'react'
import { t } from '../../i18n/locale'

/** From and to years of the trend, each limited to the data's years. */
export function YearRange({
  years,
  from,
  to,
  onChange,
}: {
  years: number[]
  from: number | null
  to: number | null
  onChange: (range: { from: number | null; to: number | null }) => void
}) {
  const fromId = useId()
  const toId = useId()
  const first = years[0]
  const last = years.at(-1)
  return (
    <>
      <div className="field">
        <label htmlFor={fromId}>{t('controls.from')}</label>
        <select
          id={fromId}
          value={from === null ? 'default' : String(from)}
          onChange={(e) =>
            onChange({ from: e.target.value === 'default' ? null : Number(e.target.value), to })
          }
        >
          <option value="default">
            {t('year.first')}
            {first !== undefined ? ` (${first})` : ''}
          </option>
          {years
            .filter((y) => to === null || y <= to)
            .map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={toId}>{t('controls.to')}</label>
        <select
          id={toId}
          value={to === null ? 'default' : String(to)}
          onChange={(e) =>
            onChange({ from, to: e.target.value === 'default' ? null : Number(e.target.value) })
          }
        >
          <option value="default">
            {t('year.last')}
            {last !== undefined ? ` (${last})` : ''}
          </option>
          {years
            .filter((y) => from === null || y >= from)
            .map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
        </select>
      </div>
    </>
  )
}
