/** What a bar or point says on hover: the figure as the source words it, and where it comes from. */
import { BASIS_LABEL, formatFigure } from './format'
import type { FigureRow } from './ranking/rankingSeries'

export function FigureTooltipContent({ row }: { row: FigureRow }) {
  const { market, drawn, source, others, parentName } = row
  return (
    <div className="figure-tooltip">
      <p className="figure-tooltip__market">
        {market.name}
        {parentName ? (
          <span className="figure-tooltip__parent"> · part of {parentName}</span>
        ) : null}
      </p>
      <p className="figure-tooltip__value">{formatFigure(drawn)}</p>
      <dl>
        <dt>Period</dt>
        <dd>{drawn.period}</dd>
        <dt>Publisher</dt>
        <dd>{source.publisher}</dd>
        <dt>Report</dt>
        <dd>{source.title}</dd>
        <dt>Basis</dt>
        <dd>{BASIS_LABEL[drawn.basis]}</dd>
      </dl>
      <p className="figure-tooltip__others">
        {others.length === 0
          ? 'No other source for this market and year.'
          : `${others.length} other source${others.length === 1 ? '' : 's'} for this market and year.`}{' '}
        Click the bar for all figures and links.
      </p>
    </div>
  )
}
