/** What is known, market by year, for one metric: the drawn figure per cell, shaded by publishers. */
import { useMemo, useState } from 'react'
import { ChartFrame } from '../../charts/ChartFrame'
import { pickRuleText } from '../../charts/chartText'
import { type ExportSpec, exportRow, type LegendEntry } from '../../charts/exportSpec'
import { formatFigureShort, qualifierLegend } from '../../charts/format'
import { SwatchLegend } from '../../charts/SwatchLegend'
import { SortableTable } from '../../charts/table/SortableTable'
import { marketColumn } from '../../charts/table/sourceColumns'
import { marketsInView } from '../../data/select/marketsInView'
import { t, tn, withWords } from '../../i18n/locale'
import { lazyComponent, useLazy } from '../../lib/lazyComponent'
import { ViewLayout } from '../ViewLayout'
import type { ViewProps } from '../viewProps'
import { COVERAGE_FILLS, CoverageChart } from './CoverageChart'
import { type CoverageRow, coverageGrid } from './coverageGrid'
import { coverageText } from './coverageText'

const sourceDetails = lazyComponent(() =>
  withWords(import('../../charts/SourceDetails')).then((m) => m.SourceDetails),
)

export function CoverageView(page: ViewProps) {
  const { data, state } = page
  const [selected, setSelected] = useState<{ market: string; year: number } | null>(null)
  const markets = useMemo(() => marketsInView(data, state.markets), [data, state.markets])
  const grid = useMemo(
    () => coverageGrid(data, markets, state.metric, state.pick),
    [data, markets, state.metric, state.pick],
  )
  const { rule } = pickRuleText(state.pick, data.publishers, state.scope)
  const text = coverageText(grid, state.metric, rule, data.datasets, state.unit)
  const rows = grid.regions.flatMap((r) => r.rows)
  const selectedRow = selected
    ? rows.find((r) => r.market.id === selected.market)?.cells.find((c) => c.year === selected.year)
        ?.row
    : undefined
  const { component: SourceDetails } = useLazy(sourceDetails, selectedRow !== undefined)
  const legend = coverageLegend()
  const spec: ExportSpec = {
    text,
    legend,
    note: qualifierLegend(),
    rows: rows.flatMap((r) =>
      r.cells.flatMap((c) => (c.row ? [exportRow(c.row, state.metric)] : [])),
    ),
  }
  const columns = useMemo(
    () => [
      marketColumn<CoverageRow>(),
      ...grid.years.map((year, col) => ({
        id: String(year),
        header: String(year),
        cell: (r: CoverageRow) => {
          const drawn = r.cells[col]?.row?.drawn
          return drawn ? formatFigureShort(drawn, state.unit) : '–'
        },
        sortValue: (r: CoverageRow) => r.cells[col]?.row?.drawn.value ?? -1,
        numeric: true,
      })),
    ],
    [grid.years, state.unit],
  )
  return (
    <ViewLayout
      page={page}
      chart={
        <ChartFrame spec={spec} footer={<SwatchLegend entries={legend} note={qualifierLegend()} />}>
          {rows.length > 0 ? (
            <CoverageChart
              grid={grid}
              unit={state.unit}
              onSelect={(market, year) => setSelected({ market, year })}
            />
          ) : (
            <p className="empty-state">{t('coverage.empty')}</p>
          )}
        </ChartFrame>
      }
      after={
        <>
          {selectedRow && SourceDetails ? (
            <SourceDetails
              row={selectedRow}
              rule={rule}
              ruleLine={t('coverage.details.rule', { rule })}
              unit={state.unit}
              onClose={() => setSelected(null)}
            />
          ) : null}
          {rows.length > 0 ? (
            <SortableTable
              rows={rows}
              columns={columns}
              caption={t('coverage.caption')}
              rowKey={(r) => r.market.id}
              rowMarket={(r) => r.market.id}
            />
          ) : null}
        </>
      }
    />
  )
}

function coverageLegend(): LegendEntry[] {
  return [
    ...COVERAGE_FILLS.map((colour, i): LegendEntry => {
      const count = i + 1
      return {
        label:
          count === COVERAGE_FILLS.length
            ? t('coverage.legend.many', { count })
            : tn('count.publishers', count),
        colour,
        shape: 'square',
      }
    }),
    { label: t('coverage.legend.none'), colour: 'var(--axis)', shape: 'empty' },
  ]
}
