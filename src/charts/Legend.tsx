/** A legend whose items toggle their series on and off; a pressed item is shown. */
import { t } from '../i18n/locale'
export type LegendItem = {
  key: string
  label: string
  colour: string
  hidden: boolean
  dashed?: boolean
}

export function Legend({
  items,
  onToggle,
  note,
}: {
  items: LegendItem[]
  onToggle: (key: string) => void
  note?: string
}) {
  return (
    <div className="chart-legend">
      <ul aria-label={t('legend.aria')}>
        {items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className={`legend-button${item.hidden ? ' is-hidden' : ''}`}
              aria-pressed={!item.hidden}
              onClick={() => onToggle(item.key)}
            >
              <span
                className={`legend-swatch${item.dashed ? ' legend-swatch--dashed' : ''}`}
                style={{
                  background: item.hidden ? 'transparent' : item.colour,
                  borderColor: item.colour,
                }}
                aria-hidden="true"
              />
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      {note ? <p className="chart-legend__note">{note}</p> : null}
    </div>
  )
}

/** Hidden series as local state: a set of keys, toggled. */
export function toggled(hidden: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(hidden)
  if (next.has(key)) next.delete(key)
  else next.add(key)
  return next
}
