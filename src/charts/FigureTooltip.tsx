/** What a bar or point says on hover: the figure as the source words it, and where it comes from. */
import type { FigureRow } from '../data/select/figureRow'
import type { DisplayUnit } from '../view/viewState'
import { BASIS_LABEL, formatFigure } from './format'

export function FigureTooltipContent({
  row,
  unit = 'mw',
  note,
}: {
  row: FigureRow
  unit?: DisplayUnit
  note?: string
}) {
  const { market, drawn, source, others, parentName } = row
  return (
    <div className="figure-tooltip">
      <p className="figure-tooltip__market">
        {market.name}
        {parentName ? (
          <span className="figure-tooltip__parent"> · part of {parentName}</span>
        ) : null}
      </p>
      <p className="figure-tooltip__value">{formatFigure(drawn, unit)}</p>
      {note ? <p className="figure-tooltip__note">{note}</p> : null}
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
          : `${others.length} other source${others.length === 1 ? '' : 's'} for this market and year.`}
      </p>
    </div>
  )
}
