/**
 * Every figure for one market, metric and year, the drawn one marked, each with its quote,
 * definition and link: where the spread between sources becomes visible.
 */
import type { Observation, Source } from '../data/schema'
import type { FigureRow } from '../data/select/figureRow'
import type { DisplayUnit } from '../view/viewState'
import { BASIS_LABEL, formatFigure } from './format'

export function SourceDetails({
  row,
  rule,
  unit = 'mw',
  onClose,
}: {
  row: FigureRow
  rule: string
  unit?: DisplayUnit
  onClose: () => void
}) {
  const figures: Array<{ observation: Observation; source: Source; drawn: boolean }> = [
    { observation: row.drawn, source: row.source, drawn: true },
    ...row.others.map((o) => ({ ...o, drawn: false })),
  ]
  return (
    <section className="source-details" aria-labelledby="source-details-title">
      <div className="source-details__head">
        <h3 id="source-details-title">
          {row.market.name}: {figures.length} figure{figures.length === 1 ? '' : 's'} for{' '}
          {row.drawn.year}
        </h3>
        <button type="button" className="button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="source-details__rule">The bar shows {rule}.</p>
      <ul className="source-details__list">
        {figures.map(({ observation, source, drawn }) => (
          <li
            key={`${observation.source}-${observation.row ?? observation.asOf}-${observation.value}`}
            className={drawn ? 'is-drawn' : undefined}
          >
            <p className="source-details__figure">
              <strong>{formatFigure(observation, unit)}</strong> · {observation.period} ·{' '}
              {BASIS_LABEL[observation.basis]}
              {drawn ? <span className="badge">drawn</span> : null}
            </p>
            <p>
              {source.publisher}:{' '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            </p>
            <blockquote>“{observation.quote}”</blockquote>
            {observation.definition ? (
              <p className="source-details__definition">{observation.definition}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
