/** What a bar or point says on hover: the figure as the source words it, and where it comes from. */
import { scopeOf } from '../data/scopes'
import type { FigureRow } from '../data/select/figureRow'
import { t, tn } from '../i18n/locale'
import type { DisplayUnit } from '../view/viewState'
import { CaveatEntry } from './FigureCaveat'
import { basisLabel, formatFigure, scopeLabel } from './format'

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
          <span className="figure-tooltip__parent">
            {' '}
            · {t('tooltip.partOf', { parent: parentName })}
          </span>
        ) : null}
      </p>
      <p className="figure-tooltip__value">{formatFigure(drawn, unit)}</p>
      {note ? <p className="figure-tooltip__note">{note}</p> : null}
      <dl>
        <dt>{t('tooltip.period')}</dt>
        <dd>{drawn.period}</dd>
        <dt>{t('tooltip.publisher')}</dt>
        <dd>{source.publisher}</dd>
        <dt>{t('tooltip.report')}</dt>
        <dd>{source.title}</dd>
        <dt>{t('tooltip.basis')}</dt>
        <dd>{basisLabel(drawn.basis)}</dd>
        <dt>{t('tooltip.scope')}</dt>
        <dd>{scopeLabel(scopeOf(drawn))}</dd>
        <CaveatEntry observation={drawn} />
      </dl>
      <p className="figure-tooltip__others">
        {others.length === 0 ? t('tooltip.noOthers') : tn('tooltip.others', others.length)}
      </p>
    </div>
  )
}
