/** Title, subtitle, source line and text summary of the map, written from its state. Pure. */
import { type ChartText, metricLine, metricTitle, sourceLine } from '../../charts/chartText'
import { formatFigure, listNames, regionLabel } from '../../charts/format'
import type { Metric } from '../../data/metrics'
import type { Dataset } from '../../data/schema'
import type { FigureRow } from '../../data/select/figureRow'
import { nameInSentence, t } from '../../i18n/locale'
import type { DisplayUnit } from '../../view/viewState'
import type { MapSeries } from './mapSeries'

export function mapText(
  series: MapSeries,
  metric: Metric,
  year: number,
  rule: string,
  datasets: Dataset[],
  unit: DisplayUnit,
): ChartText {
  const figure = (row: FigureRow) =>
    t('map.figure', {
      market: nameInSentence(row.market.name),
      figure: formatFigure(row.drawn, unit),
    })
  // Per panel, its largest circle: "Singapore's 1,002 MW is the largest circle in Southeast Asia".
  const largest = series.panels.flatMap((panel) => {
    const circle = series.circles.find((c) => c.panel === panel)
    return circle ? [{ row: circle.row, region: regionLabel(panel) }] : []
  })
  const [first, ...rest] = largest
  const parts: string[] = []
  if (first)
    parts.push(
      t(rest.length > 0 ? 'map.summary.largestAndNext' : 'map.summary.largest', {
        first: figure(first.row),
        region: first.region,
        next: rest
          .map((c) => t('map.summary.in', { figure: figure(c.row), region: c.region }))
          .join('; '),
      }),
    )
  const [country] = series.countries
  if (country) parts.push(t('map.summary.country', { figure: figure(country.row) }))
  if (parts.length === 0) parts.push(t('map.summary.none', { year: String(year) }))
  const text: ChartText = {
    title: t('map.title', { metric: metricTitle(metric), year: String(year) }),
    subtitle: `${metricLine(metric, unit)} ${t('map.subtitle', { rule })}`,
    sourceLine: sourceLine(
      series.drawn.map((r) => r.source),
      datasets,
    ),
    summary: parts.join(' '),
  }
  const lines: string[] = []
  if (series.missing.length > 0)
    lines.push(
      t('chart.missingInYear', {
        year: String(year),
        names: listNames(series.missing.map((m) => m.name)),
      }),
    )
  if (series.unplaced.length > 0)
    lines.push(t('map.unplaced', { names: listNames(series.unplaced.map((r) => r.market.name)) }))
  if (lines.length > 0) text.missingLine = lines.join(' ')
  return text
}
