/**
 * Operational, under construction and planned per market for one year, each stage picked by the
 * same rule on its own. Stages from different publishers are flagged: they may count differently.
 */
import type { AtlasData, AtlasMarket } from '../../data/atlasData'
import { scopeOf } from '../../data/scopes'
import { type FigureRow, figureRow } from '../../data/select/figureRow'
import type { PickRule } from '../../data/select/pickObservation'
import { collate } from '../../lib/collate'

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
