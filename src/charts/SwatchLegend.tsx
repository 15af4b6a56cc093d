/**
 * A legend that only says what colours mean (no toggling): coloured squares, dots or an empty
 * outline, each with its label, and a note under them (what the marks mean).
 */
import { t } from '../i18n/locale'
import type { LegendEntry } from './exportSpec'
import { scopeMarkPath } from './scopeMarks'

export function SwatchLegend({ entries, note }: { entries: LegendEntry[]; note: string }) {
  return (
    <div className="chart-legend">
      <ul className="swatch-legend" aria-label={t('legend.aria')}>
        {entries.map((entry) => (
          <li key={entry.label}>
            {typeof entry.shape === 'object' ? (
              <svg className="legend-mark" width="14" height="14" aria-hidden="true">
                <path
                  d={scopeMarkPath(entry.shape.scope, 7, 7, 5)}
                  fill="none"
                  stroke={entry.colour}
                  strokeWidth={1.8}
                />
              </svg>
            ) : (
              <span
                className={`legend-swatch legend-swatch--${entry.shape}`}
                style={entry.shape === 'empty' ? {} : { background: entry.colour }}
                aria-hidden="true"
              />
            )}
            {entry.label}
          </li>
        ))}
      </ul>
      <p className="chart-legend__note">{note}</p>
    </div>
  )
}
