/**
 * Operational, under construction and planned per market for one year, each stage picked by the
 * same rule on its own. Stages from different publishers are flagged: they may count differently.
 */
import { type DeckChart, deckPoint } from '../../charts/exportSpec'
import { unitLabel } from '../../charts/format'
import { STAGE_COLOUR } from '../../charts/palette'
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import { scopeOf } from '../../data/scopes'
import { type FigureRow, figureRow } from '../../data/select/figureRow'
import type { PickRule } from '../../data/select/pickObservation'
import { t } from '../../i18n/locale'
import { collate } from '../../lib/collate'
import type { DisplayUnit } from '../../view/viewState'

export const STAGES = ['operational', 'under_construction', 'planned'] as const
export type Stage = (typeof STAGES)[number]

export type PipelineRow = {
  market: AtlasMarket
  stages: Partial<Record<Stage, FigureRow>>
  /** Where a publisher gives only under construction plus planned as one figure. */
  combined?: FigureRow
  mixedPublishers: boolean
  /** Stages that count different things (colocation only beside all data centres). */
  mixedScopes: boolean
}

export function pipelineSeries(
  data: AtlasData,
  markets: AtlasMarket[],
  year: number,
  pick: PickRule,
) {
  const rows: PipelineRow[] = []
  const missing: AtlasMarket[] = []
  for (const market of markets) {
    const stages: PipelineRow['stages'] = {}
    for (const stage of STAGES) {
      const row = figureRow(data, market, stage, year, pick)
      if (row) stages[stage] = row
    }
    const combined = figureRow(data, market, 'pipeline', year, pick)
    const present = Object.values(stages)
    if (present.length === 0 && !combined) {
      missing.push(market)
      continue
    }
    const publishers = new Set(present.map((r) => r.source.publisher))
    rows.push({
      market,
      stages,
      ...(combined ? { combined } : {}),
      mixedPublishers: publishers.size > 1,
      mixedScopes: new Set(present.map((r) => scopeOf(r.drawn))).size > 1,
    })
  }
  rows.sort(
    (a, b) =>
      (b.stages.operational?.drawn.value ?? -1) - (a.stages.operational?.drawn.value ?? -1) ||
      collate(a.market.name, b.market.name),
  )
  return { rows, missing }
}

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
