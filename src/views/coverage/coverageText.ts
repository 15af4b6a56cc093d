/** Title, subtitle, source line and summary of the coverage grid, written from its state. Pure. */

import { type ChartText, metricLine, metricTitle, sourceLine } from '../../charts/chartText'
import { listNames } from '../../charts/format'
import type { Metric } from '../../data/metrics'
import type { Dataset } from '../../data/schema'
import { t, tn } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import type { CoverageGrid } from './coverageGrid'

export function coverageText(
  grid: CoverageGrid,
  metric: Metric,
  rule: string,
  datasets: Dataset[],
  unit: DisplayUnit,
): ChartText {
  const rows = grid.regions.flatMap((r) => r.rows)
  const filled = rows.flatMap((r) => r.cells.filter((c) => c.row !== undefined))
  const text: ChartText = {
    title: t('coverage.title', { metric: metricTitle(metric) }),
    subtitle: `${metricLine(metric, unit)} ${t('coverage.subtitle', { rule })}`,
    sourceLine: sourceLine(
      filled.flatMap((c) => (c.row ? [c.row.source] : [])),
      datasets,
    ),
    summary: summarise(grid, filled.length, t(`metric.${metric}`).toLowerCase()),
  }
  if (grid.empty.length > 0)
    text.missingLine = t('coverage.missing', { names: listNames(grid.empty.map((m) => m.name)) })
  return text
}

function summarise(grid: CoverageGrid, filled: number, what: string): string {
  const rows = grid.regions.flatMap((r) => r.rows)
  const first = grid.years[0]
  const last = grid.years.at(-1)
  if (rows.length === 0 || first === undefined || last === undefined)
    return t('coverage.summary.none', { what })
  const lengths = rows.map((r) => ({
    name: r.market.name,
    years: r.cells.filter((c) => c.row !== undefined).length,
  }))
  const longest = Math.max(...lengths.map((l) => l.years))
  const most = rows
    .flatMap((r) => r.cells.map((c) => ({ market: r.market.name, cell: c })))
    .sort((a, b) => b.cell.publishers - a.cell.publishers || b.cell.year - a.cell.year)[0]
  const sentences = [
    t('coverage.summary.filled', {
      filled,
      cells: rows.length * grid.years.length,
      first: String(first),
      last: String(last),
    }),
    t('coverage.summary.longest', {
      names: listNames(lengths.filter((l) => l.years === longest).map((l) => l.name)),
      years: tn('count.years', longest),
    }),
  ]
  if (most && most.cell.publishers > 1)
    sentences.push(
      t('coverage.summary.most', {
        market: most.market,
        year: String(most.cell.year),
        publishers: tn('count.publishers', most.cell.publishers),
      }),
    )
  return sentences.join(' ')
}
