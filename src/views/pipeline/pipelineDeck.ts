import { type DeckChart, deckPoint } from '../../charts/exportSpec'
import { unitLabel } from '../../charts/format'
import { STAGE_COLOUR } from '../../charts/palette'
import { t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import { type PipelineRow, STAGES } from './pipelineSeries'

/** The pipeline as a slide's stacked bars: a bar per market, a segment per stage with a figure. */
export function pipelineDeck(
  rows: PipelineRow[],
  hidden: ReadonlySet<string>,
  display: DisplayUnit,
): DeckChart {
  return {
    type: 'bar',
    across: true,
    stacked: true,
    categories: rows.map((r) => r.market.name),
    series: STAGES.filter((stage) => !hidden.has(stage)).map((stage) => ({
      name: t(`stage.${stage}`),
      colour: STAGE_COLOUR[stage],
      points: rows.map((r) => {
        const figure = r.stages[stage]
        return figure ? deckPoint(figure.drawn, display) : null
      }),
    })),
    unit: unitLabel('MW', display),
  }
}
